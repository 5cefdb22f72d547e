import Foundation
import Testing

/// The whole chronology with PySpark in local mode (`scripts/spark_chronology.py`): `frise
/// events -` piped over the partitions, `frise timeline --events` over the shards; the same
/// chronology as a single run. Skipped when python3 cannot import pyspark.
@Suite(.serialized) struct SparkTests {
    static let hasPySpark: Bool = {
        guard let python3 = ExternalTool.python3,
              let result = try? CLIRunner.run(["-c", "import pyspark"], executable: python3) else { return false }
        return result.status == 0
    }()

    @Test(.enabled(if: hasPySpark), .timeLimit(.minutes(5)))
    func sparkBuildsTheChronologyOfASingleRun() throws {
        let folder = try CLIRunner.temporaryDirectory()
        let corpus = try TestCorpus.write(
            TestCorpus.lines(count: 30, prefix: "spark", withoutID: 4), named: "corpus.jsonl", in: folder)
        let output = folder.appendingPathComponent("chronology.json").path
        let shards = folder.appendingPathComponent("shards").path
        let script = CLIRunner.packageRoot.appendingPathComponent("scripts/spark_chronology.py").path
        let spark = try CLIRunner.run(
            [script, corpus, output, "--frise", CLIRunner.binary.path, "--master", "local[2]", "--partitions", "3",
             "--shards", shards],
            executable: try #require(ExternalTool.python3))
        #expect(spark.status == 0, "\(spark.stderr.suffix(2000))")

        let single = try ChildProcess.run(["timeline", corpus, "--format", "json"])
        #expect(single.status == 0, "\(single.stderr)")
        #expect(try String(contentsOfFile: output, encoding: .utf8) == single.stdout)
        #expect(single.stdout.contains("\"spark-2\"") && single.stdout.contains("\"corpus-1\""),
                "ids given and ids made from line numbers")

        let csvFromShards = try ChildProcess.run(["timeline", "--events", shards, "--format", "csv"])
        let csvSingle = try ChildProcess.run(["timeline", corpus, "--format", "csv"])
        #expect(csvFromShards.stdout == csvSingle.stdout)
    }
}
