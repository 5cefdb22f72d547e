import Foundation
import Testing

/// `frise events` on parts of a corpus, then `frise timeline --events` on what they wrote: the
/// chronology of a single run, byte for byte (the map and reduce sides of a cluster job).
@Suite struct EventShardTests {
    /// Three JSON Lines parts of distinct articles, one of them with no event at all.
    static func parts() throws -> (folder: URL, paths: [String]) {
        let folder = try CLIRunner.temporaryDirectory()
        var lines = TestCorpus.lines(count: TestCorpus.texts.count, prefix: "p")
        lines.append(#"{"id": "calme", "date": "2024-03-01", "title": "Rien", "text": "Rien à signaler."}"#)
        let third = (lines.count + 2) / 3
        let paths = try (0..<3).map { part in
            try TestCorpus.write(Array(lines[(part * third)..<min(lines.count, (part + 1) * third)]),
                                 named: "part-\(part).jsonl", in: folder)
        }
        return (folder, paths)
    }

    @Test func shardsMergeIntoTheChronologyOfASingleRun() throws {
        let (folder, parts) = try Self.parts()
        let shardFolder = folder.appendingPathComponent("shards")
        try FileManager.default.createDirectory(at: shardFolder, withIntermediateDirectories: true)
        var shards: [String] = []
        for (index, part) in parts.enumerated() {
            let shard = shardFolder.appendingPathComponent("events-\(index).jsonl").path
            let run = try ChildProcess.run(["events", part, "--documents", "-o", shard])
            #expect(run.status == 0, "\(run.stderr)")
            shards.append(shard)
        }
        try "".write(to: shardFolder.appendingPathComponent("_SUCCESS"), atomically: true, encoding: .utf8)
        for format in ["csv", "json", "xml", "html", "timelinejs"] {
            let single = try ChildProcess.run(["timeline"] + parts + ["--format", format])
            let merged = try ChildProcess.run(["timeline", "--events"] + shards + ["--format", format])
            let fromFolder = try ChildProcess.run(["timeline", "--events", shardFolder.path, "--format", format])
            #expect(single.status == 0, "\(single.stderr)")
            #expect(merged.status == 0, "\(merged.stderr)")
            #expect(!single.stdout.isEmpty)
            #expect(merged.stdout == single.stdout, "\(format) differs")
            #expect(fromFolder.stdout == single.stdout, "\(format) from the folder differs")
        }
        let json = try ChildProcess.run(["timeline", "--events"] + shards + ["--format", "json"]).stdout
        #expect(json.contains("\"id\": \"calme\"") || json.contains("\"id\":\"calme\""), "the article without events is listed")
    }

    @Test func eventLinesCarryWhatTheChronologyNeeds() throws {
        let run = try CLIRunner.run(["events", "seeds"])
        let first = try #require(run.stdout.split(separator: "\n").first)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(first.utf8)) as? [String: Any])
        #expect(object["doc_date"] as? String == "2023-02")
        #expect(object["doc_reference_day"] as? String == "2023-02-01")
        #expect((object["doc_source"] as? String)?.hasPrefix("seeds/") == true)
        #expect(object["doc_title"] is NSNull)
        let when = try #require(object["when"] as? [String: Any])
        #expect(when["type"] as? String == "DATE")
        #expect(object["roles"] is [String: Any])
    }

    @Test func badLinesAreReportedAndTheOthersStillMerged() throws {
        let folder = try CLIRunner.temporaryDirectory()
        let good = try CLIRunner.run(["events", "seeds"]).stdout.split(separator: "\n").map(String.init)
        var lines = good
        lines.insert("{\"doc\": \"x\", \"id\": \"x-e1\"}", at: 1)
        lines.insert("pas du JSON", at: 3)
        let shard = try TestCorpus.write(lines, named: "shard.jsonl", in: folder)
        let merged = try CLIRunner.run(["timeline", "--events", shard, "--format", "csv"])
        let clean = try CLIRunner.run(["timeline", "seeds", "--format", "csv"])
        #expect(merged.status == 1)
        #expect(merged.stderr.contains("shard.jsonl:2: doc_date is missing"), "\(merged.stderr)")
        #expect(merged.stderr.contains("shard.jsonl:4: invalid JSON"), "\(merged.stderr)")
        #expect(merged.stderr.contains("2 of \(good.count + 2) lines failed"), "\(merged.stderr)")
        #expect(merged.stdout == clean.stdout)
    }

    @Test func documentDateCannotBeGivenWithEvents() throws {
        let run = try CLIRunner.run(["timeline", "--events", "x.jsonl", "--dct", "2023-01-01"])
        #expect(run.status != 0)
        #expect(run.stderr.contains("--dct"))
    }

    @Test func duplicateIDsAreToldApartAsInTheTimeline() throws {
        let folder = try CLIRunner.temporaryDirectory()
        for sub in ["a", "b"] {
            let dir = folder.appendingPathComponent(sub)
            try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
            try "date 2023-02-01 Le ministre a reçu hier son homologue à Rabat.".write(
                to: dir.appendingPathComponent("note.txt"), atomically: true, encoding: .utf8)
        }
        let paths = ["a", "b"].map { folder.appendingPathComponent($0).path }
        let events = try CLIRunner.run(["events"] + paths)
        #expect(events.stdout.contains("\"doc\":\"note\""))
        #expect(events.stdout.contains("\"doc\":\"note-2\""))
        let shard = try TestCorpus.write([events.stdout], named: "events.jsonl", in: folder)
        let single = try CLIRunner.run(["timeline"] + paths + ["--format", "json"])
        #expect(try CLIRunner.run(["timeline", "--events", shard, "--format", "json"]).stdout == single.stdout)
    }
}
