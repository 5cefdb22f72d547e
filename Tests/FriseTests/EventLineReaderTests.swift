import Foundation
import Testing
@testable import Frise

/// The reduce side reads event lines on several threads, batch by batch, and hands them on in
/// input order: the same records and failures, line for line, whatever the number of jobs.
@Suite struct EventLineReaderTests {
    /// What reading `lines` from a file hands on, in order: `document event` for a record (`-`
    /// for an article alone), `line: reason` for a failure.
    static func read(_ lines: [String], jobs: Int) throws -> [String] {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("events-\(UUID().uuidString).jsonl")
        try (lines.joined(separator: "\n") + "\n").write(to: file, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: file) }
        var seen: [String] = []
        EventLineReader().read(paths: [file.path], jobs: jobs) { result in
            switch result {
            case .success(let record): seen.append("\(record.document.id) \(record.event?.id ?? "-")")
            case .failure(let failure): seen.append("\(failure.line ?? 0): \(failure.reason)")
            }
        }
        return seen
    }

    @Test func linesReadOnTwoThreadsComeInInputOrder() throws {
        let tagged = try SeedArticle.tagged()
        let events = EventExtractor().events(in: tagged)
        var lines: [String] = []
        // More lines than a batch holds, with bad and blank lines among them.
        for copy in 0..<600 {
            var document = ChronologyBuilder.document(of: tagged)
            document.id = "doc-\(copy)"
            for var event in events {
                event.document = document.id
                lines.append(EventLine(event: event, document: document).json)
            }
            if copy % 97 == 0 { lines.append("{pas du JSON") }
            if copy % 131 == 0 { lines.append("   ") }
        }
        #expect(lines.count > 2 * 1024)
        let one = try Self.read(lines, jobs: 1)
        #expect(one.count == lines.count - 5)  // the blank lines are skipped
        #expect(one.filter { $0.hasSuffix(": invalid JSON") }.count == 7)
        #expect(try Self.read(lines, jobs: 2) == one)
    }

    /// Every event type, granularity and role reads back as itself; a name outside the
    /// vocabulary is refused with the key that holds it, never read as another.
    @Test func namesOfTheVocabularyReadBackAndOthersAreRefused() throws {
        let tagged = try SeedArticle.tagged()
        var event = try #require(EventExtractor().events(in: tagged).first { $0.when != nil && !$0.actors.isEmpty })
        let document = ChronologyBuilder.document(of: tagged)
        func read(_ line: String) -> Result<EventLineReader.Record, EventLineReader.Problem> {
            Result { () throws(EventLineReader.Problem) in
                try EventLineReader.record(from: Data(line.utf8), source: "test")
            }
        }
        for type in EventType.allCases {
            event.type = type
            #expect(try read(EventLine(event: event, document: document).json).get().event?.type == type)
        }
        for granularity in Granularity.allCases {
            event.when?.granularity = granularity
            #expect(try read(EventLine(event: event, document: document).json).get().event?.when?.granularity == granularity)
        }
        for role in ParticipantRole.allCases {
            event.setRole(role, of: event.actors[0])
            #expect(try read(EventLine(event: event, document: document).json).get().event?.role(of: event.actors[0]) == role)
        }
        let line = EventLine(event: event, document: document).json
        for (good, bad, message) in [
            (#""type":"\#(event.type.rawValue)""#, #""type":"meetings""#, "type is not a known value"),
            (#""granularity":"\#(event.when!.granularity.rawValue)""#, #""granularity":"Day""#, "granularity is not a known value"),
            (#""\#(event.actors[0])":"\#(event.role(of: event.actors[0])!.rawValue)""#, #""\#(event.actors[0])":"boss""#,
             "is not a role"),
        ] {
            #expect(line.contains(good))
            guard case .failure(let problem) = read(line.replacingOccurrences(of: good, with: bad)) else {
                Issue.record("\(bad) was read")
                continue
            }
            #expect(problem.message.contains(message), "\(problem.message)")
        }
    }

    /// An offset that 32 bits cannot hold is refused, with the key that holds it: kept, it would
    /// be clamped to another place in the text.
    @Test func anOffsetBeyond32BitsIsRefused() throws {
        let tagged = try SeedArticle.tagged()
        let event = try #require(EventExtractor().events(in: tagged).first)
        let line = EventLine(event: event, document: ChronologyBuilder.document(of: tagged)).json
        let good = #""trigger":{"start":\#(event.trigger.start),"#
        #expect(line.contains(good))
        for start in [Int(Int32.max), 1 << 31, -(1 << 33)] {
            let edited = line.replacingOccurrences(of: good, with: #""trigger":{"start":\#(start),"#)
            let read = Result { () throws(EventLineReader.Problem) in
                try EventLineReader.record(from: Data(edited.utf8), source: "test")
            }
            switch read {
            case .success(let record):
                #expect(start == Int(Int32.max) && record.event?.trigger.start == start)
            case .failure(let problem):
                #expect(start != Int(Int32.max))
                #expect(problem.message == "trigger.start is not an offset of 32 bits", "\(problem.message)")
            }
        }
    }

    /// A line is written into room made for its longest form: strings whose every byte is
    /// escaped (six bytes for a control character) fit, names written twice (among the actors
    /// and as keys of their roles) too, and the line reads back as the event it was made from.
    @Test func linesOfStringsThatAllNeedEscapesReadBack() throws {
        // Control characters only: each byte written as six, the most any byte takes.
        let odd = String(repeating: "\u{01}\u{1F}", count: 600)
        var event = ExportFixtures.event(
            id: odd + "-e1", headline: odd, actors: [odd + "a", odd + "b", odd + "c"], places: [odd + "p"],
            trigger: odd, sentence: odd, timexes: [odd, odd + "t"], inheritedFrom: odd + "-e0")
        event.document = odd
        for (name, role) in [("a", ParticipantRole.agent), ("b", .recipient), ("c", .partner), ("z", .other)] {
            event.setRole(role, of: odd + name)  // "z": a name not among the actors
        }
        let document = DocumentInfo(
            id: odd, source: odd, date: DocumentDate(year: 2024, month: 2, day: 29, hour: 23, minute: 59)!,
            referenceDay: ExportFixtures.day, title: odd)
        let line = EventLine(event: event, document: document).json
        let record = try EventLineReader.record(from: Data(line.utf8), source: "test")
        #expect(record.event == event)
        #expect(record.document == document)
    }

    /// Long lines fill a batch by their bytes before their count: still read in order.
    @Test func longLinesAreReadInOrder() throws {
        let tagged = try SeedArticle.tagged()
        var document = ChronologyBuilder.document(of: tagged)
        document.title = String(repeating: "un titre très long ", count: 150_000)  // about 3 MB
        let events = EventExtractor().events(in: tagged)
        let lines = events.map { EventLine(event: $0, document: document).json }
        let expected = events.map { "\(document.id) \($0.id)" }
        #expect(lines.count >= 4)
        #expect(try Self.read(lines, jobs: 2) == expected)
        #expect(try Self.read(lines, jobs: 1) == expected)
    }
}
