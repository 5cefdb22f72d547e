import Foundation
import Frise
import Testing

/// Long runs show their progress on standard error when it is a terminal, and only then.
@Suite struct ProgressTests {
    static let script = ExternalTool.find("script")

    /// Runs `frise ARGUMENTS` under `script`, which gives it a terminal; returns what the terminal showed.
    static func onATerminal(_ arguments: [String]) throws -> (shown: String, elapsed: Swift.Duration) {
        let command = ([CLIRunner.binary.path] + arguments).map { "'\($0)'" }.joined(separator: " ")
        let started = ContinuousClock.now
        let run = try CLIRunner.run(["-qec", command, "/dev/null"], executable: try #require(script))
        return (run.stdout, ContinuousClock.now - started)
    }

    @Test(.enabled(if: script != nil)) func aLongRunShowsArticlesPerSecondOnATerminal() throws {
        let corpus = try ParallelJobsTests.corpus.get()
        let (shown, elapsed) = try Self.onATerminal(["timeline", corpus, "--jobs", "2", "-o", "/dev/null"])
        if elapsed > .seconds(2) {  // the meter waits a second before its first line
            #expect(shown.contains("articles/s"), "\(shown)")
            #expect(shown.contains(" left"), "a file's size gives the time left: \(shown)")
        }
        #expect(shown.contains("events written to /dev/null"), "\(shown)")
    }

    /// `frise validate` on a terminal, its file coming through a pipe that pauses after the first
    /// piece: the bytes read and their pace show while it waits (no time left: a pipe has no size).
    @Test(.enabled(if: script != nil)) func aLongValidationShowsItsPaceOnATerminal() throws {
        let day = try #require(CalendarDay(year: 2023, month: 2, day: 1))
        let events = (1...8000).map { number in
            Event(
                id: "a-e\(number)", document: "a", trigger: TextSpan(start: 0, end: 4, text: "vote"), eventClass: .occurrence,
                type: .visit, when: nil, timexes: [], actors: [], places: [], headline: "Titre \(number)",
                sentence: TextSpan(start: 0, end: 4, text: "vote"))
        }
        let document = DocumentInfo(
            id: "a", source: "a.txt", date: try #require(DocumentDate(year: 2023, month: 2)), referenceDay: day, title: nil)
        let xml = try XMLExporter().render(Chronology(events: events, documents: [document]))
        let piece = 1 << 20
        #expect(xml.utf8.count > 2 * piece)
        let file = try CLIRunner.temporaryDirectory().appendingPathComponent("c.xml")
        try Data(xml.utf8).write(to: file)
        let pipeline = "(head -c \(piece) '\(file.path)'; sleep 1.5; tail -c +\(piece + 1) '\(file.path)') | "
            + "'\(CLIRunner.binary.path)' validate /dev/stdin"
        let run = try CLIRunner.run(["-qec", pipeline, "/dev/null"], executable: try #require(Self.script))
        #expect(run.stdout.contains("MB/s"), "\(run.stdout)")
        #expect(!run.stdout.contains(" left"), "\(run.stdout)")
        #expect(run.stdout.contains("/dev/stdin: valid"), "\(run.stdout)")
    }

    @Test(.enabled(if: script != nil)) func quietAndPipesShowNoProgress() throws {
        let corpus = try ParallelJobsTests.corpus.get()
        let (shown, _) = try Self.onATerminal(["tag", corpus, "--jobs", "2", "--quiet", "-o", "/dev/null"])
        #expect(!shown.contains("articles/s"), "\(shown)")
        let piped = try ChildProcess.run(["tag", corpus, "--jobs", "2"])
        #expect(piped.stderr.isEmpty, "\(piped.stderr)")
    }
}
