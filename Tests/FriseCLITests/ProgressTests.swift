import Foundation
import Testing

/// Long runs show their progress on standard error when it is a terminal, and only then.
@Suite struct ProgressTests {
    static let script = ExternalTool.find("script")

    /// Runs `frise ARGUMENTS` under `script`, which gives it a terminal; returns what the terminal showed.
    static func onATerminal(_ arguments: [String]) throws -> (shown: String, elapsed: Duration) {
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

    @Test(.enabled(if: script != nil)) func quietAndPipesShowNoProgress() throws {
        let corpus = try ParallelJobsTests.corpus.get()
        let (shown, _) = try Self.onATerminal(["tag", corpus, "--jobs", "2", "--quiet", "-o", "/dev/null"])
        #expect(!shown.contains("articles/s"), "\(shown)")
        let piped = try ChildProcess.run(["tag", corpus, "--jobs", "2"])
        #expect(piped.stderr.isEmpty, "\(piped.stderr)")
    }
}
