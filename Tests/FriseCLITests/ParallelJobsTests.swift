import Foundation
import Testing

/// `--jobs N` changes how fast, never what: the output is the same bytes whatever N is.
@Suite struct ParallelJobsTests {
    /// 210 articles (the fixtures' texts, with ids and dates of their own) in one JSON Lines file.
    static let corpus: Result<String, Error> = Result {
        let folder = try CLIRunner.temporaryDirectory()
        return try TestCorpus.write(TestCorpus.lines(count: 210), named: "corpus.jsonl", in: folder)
    }

    @Test(arguments: [
        ["tag"], ["events"], ["timeline", "--format", "csv"], ["timeline", "--format", "json"],
        ["timeline", "--format", "jsonl"],
    ])
    func outputIsTheSameWhateverTheNumberOfJobs(command: [String]) throws {
        let corpus = try Self.corpus.get()
        var outputs: [Int: String] = [:]
        for jobs in [1, 2, 3] {
            let run = try ChildProcess.run([command[0], corpus, "--jobs", String(jobs)] + command.dropFirst())
            #expect(run.status == 0, "\(run.stderr)")
            #expect(run.stderr.isEmpty, "\(run.stderr)")
            outputs[jobs] = run.stdout
        }
        let one = try #require(outputs[1])
        // Timelines of more than 1,024 events are formatted in several pieces, one per job.
        #expect(one.utf8.filter { $0 == 0x0A }.count > (command[0] == "timeline" ? 1100 : 200))
        #expect(outputs[2] == one, "--jobs 2 differs from --jobs 1")
        #expect(outputs[3] == one, "--jobs 3 differs from --jobs 1")
    }

    @Test func standardInputGivesTheSameLinesAsTheFile() throws {
        let corpus = try Self.corpus.get()
        let fromFile = try ChildProcess.run(["tag", corpus, "--jobs", "1"])
        let fromPipe = try PipedRun.run(["tag", "-", "--jobs", "2"], input: try String(contentsOfFile: corpus, encoding: .utf8))
        #expect(fromPipe.status == 0, "\(fromPipe.stderr)")
        #expect(fromPipe.stdout == fromFile.stdout)
    }

    @Test func failuresAreReportedInInputOrderAndTheOthersStillProcessed() throws {
        let folder = try CLIRunner.temporaryDirectory()
        var lines = TestCorpus.lines(count: 12)
        lines[3] = "{not json"
        lines[8] = #"{"id": "late", "text": "Sans date."}"#
        let corpus = try TestCorpus.write(lines, named: "mixed.jsonl", in: folder)
        let one = try ChildProcess.run(["events", corpus, "--jobs", "1"])
        let three = try ChildProcess.run(["events", corpus, "--jobs", "3"])
        #expect(one.status == 1 && three.status == 1)
        #expect(three.stdout == one.stdout)
        #expect(three.stderr == one.stderr)
        let messages = three.stderr.split(separator: "\n")
        #expect(messages.count == 3, "\(three.stderr)")
        #expect(messages.first?.contains("mixed.jsonl:4:") == true, "\(three.stderr)")
        #expect(messages.dropFirst().first?.contains("mixed.jsonl:9:") == true, "\(three.stderr)")
        #expect(messages.last == "frise: 2 of 12 inputs failed")
    }

    /// `frise` hands articles to the library a group at a time (`ArticlePipeline.articlesPerGroup`,
    /// with one job as with several): what it writes for each is what it writes for that article
    /// alone, with an unreadable line among them.
    @Test func articlesProcessedInGroupsGiveWhatEachGivesAlone() throws {
        let folder = try CLIRunner.temporaryDirectory()
        var lines = TestCorpus.lines(count: 19)
        lines[10] = "{not json"
        let corpus = try TestCorpus.write(lines, named: "groups.jsonl", in: folder)
        var alone = ""
        for (index, line) in lines.enumerated() where index != 10 {
            let single = try TestCorpus.write([line], named: "one-\(index).jsonl", in: folder)
            // (Each event names its file: the corpus's, as in the run over all of them.)
            alone += try ChildProcess.run(["events", single, "--jobs", "1"]).stdout
                .replacingOccurrences(of: "\"doc_source\":\"\(single)\"", with: "\"doc_source\":\"\(corpus)\"")
        }
        #expect(alone.utf8.filter { $0 == 0x0A }.count > 18)
        for jobs in ["1", "2"] {
            let run = try ChildProcess.run(["events", corpus, "--jobs", jobs])
            #expect(run.status == 1 && run.stderr.contains("groups.jsonl:11:"), "\(run.stderr)")
            #expect(run.stdout == alone, "--jobs \(jobs)")
        }
    }

    /// Groups hold at most 64 KB of text (`ArticlePipeline.groupBytes`): large articles are taken
    /// one at a time, and `tag` over 24 of half a megabyte stays within the memory of one a job
    /// (53 MB with one job, 158 MB with two, where the reader holds the lines ahead; grouped by
    /// count alone, 332 and 354 MB).
    @Test(arguments: [("1", 100), ("2", 250)])
    func largeArticlesAreNotGroupedTogether(jobs: String, megabytes: Int) throws {
        let folder = try CLIRunner.temporaryDirectory()
        let texts = TestCorpus.texts.map(\.body).joined(separator: "\n\n")
        let body = String(repeating: texts + "\n\n", count: (512 << 10) / texts.utf8.count + 1)
        let lines = (1...24).map { index in
            let object: [String: Any] = ["id": "grand-\(index)", "date": "2023-02-15", "text": body]
            return String(decoding: try! JSONSerialization.data(withJSONObject: object), as: UTF8.self)
        }
        let corpus = try TestCorpus.write(lines, named: "large.jsonl", in: folder)
        let run = try ChildProcess.run(["tag", corpus, "--jobs", jobs, "-o", "/dev/null"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.peakMemory < megabytes << 20, "\(run.peakMemory >> 20) MB")
    }

    /// Articles are parsed and processed on the workers, then given their ids in input order:
    /// one that takes another's id (or loses a control character) is renamed as with one job.
    @Test(arguments: ["events", "timeline"])
    func sharedIDsAreToldApartAsWithOneJob(command: String) throws {
        let folder = try CLIRunner.temporaryDirectory()
        let lines = TestCorpus.lines(count: 150).enumerated().map { index, line in
            index % 4 == 1 ? line.replacingOccurrences(of: #""id":"a-\#(index + 1)""#, with: #""id":"même""#)
                : index % 9 == 0 ? line.replacingOccurrences(of: #""id":"a-\#(index + 1)""#, with: #""id":"x\u0007y""#)
                : line
        }
        let corpus = try TestCorpus.write(lines, named: "shared.jsonl", in: folder)
        let one = try ChildProcess.run([command, corpus, "--jobs", "1"])
        #expect(one.status == 0, "\(one.stderr)")
        #expect(one.stdout.contains("même-37"), "renamed: \(one.stdout.prefix(300))")
        #expect(one.stdout.contains("xy-13"), "renamed: \(one.stdout.prefix(300))")
        for jobs in [2, 3] {
            let run = try ChildProcess.run([command, corpus, "--jobs", String(jobs)])
            #expect(run.stdout == one.stdout, "--jobs \(jobs) differs from --jobs 1")
        }
    }

    @Test func jobsMustBePositive() throws {
        let run = try CLIRunner.run(["tag", "seeds", "--jobs", "0"])
        #expect(run.status != 0)
        #expect(run.stderr.contains("--jobs"))
    }
}
