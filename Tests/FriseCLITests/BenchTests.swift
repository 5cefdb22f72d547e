import Foundation
import Frise
import Testing

/// `frise-bench` reports what the runs it measures wrote: its line counts (read from the pipe a
/// buffer at a time, CRLF rows told apart) match frise's own output.
@Suite struct BenchTests {
    @Test func benchCountsTheRecordsFriseWrites() throws {
        let bench = CLIRunner.binary.deletingLastPathComponent().appendingPathComponent("frise-bench")
        let result = try CLIRunner.run(
            ["--size", "80KB", "--seed", "7", "--keep", "--commands", "tag,timeline", "--jobs", "1",
             "--frise", CLIRunner.binary.path], executable: bench)
        #expect(result.status == 0, "\(result.stderr)")
        let lines = result.stdout.split(separator: "\n")
        let corpus = try #require(lines.first { $0.hasPrefix("corpus: ") }.map {
            String($0.dropFirst("corpus: ".count).prefix { $0 != " " })
        })
        defer { try? FileManager.default.removeItem(atPath: corpus) }
        /// The count in brackets on the line of `command`.
        func reported(_ command: String) -> Int? {
            lines.first { $0.hasPrefix(command + " ") }.flatMap { line in
                line.split(separator: "(").dropFirst().first.flatMap { Int($0.prefix { $0 != ")" }) }
            }
        }
        let tag = try CLIRunner.run(["tag", corpus, "--jobs", "1"])
        let timeline = try CLIRunner.run(["timeline", corpus, "--format", "csv", "--jobs", "1"])
        let expressions = tag.stdout.split(separator: "\n").count
        let events = timeline.stdout.components(separatedBy: "\r\n").count - 2  // the header, the empty end
        #expect(expressions > 100 && events > 10)
        #expect(reported("tag") == expressions)
        #expect(reported("timeline") == events)
    }

    /// The release measurements assume mimalloc serves every allocation: linked in but loaded
    /// after glibc, it would leave glibc's malloc in charge without a word. (Not when the package
    /// is built with `FRISE_MALLOC=system`: see Package.swift.)
    @Test(.enabled(if: ProcessInfo.processInfo.environment["FRISE_MALLOC"] != "system"))
    func friseAllocatesWithMimalloc() throws {
        let result = try CLIRunner.run(["--version"], environment: ["MIMALLOC_VERBOSE": "1"])
        #expect(result.status == 0)
        #expect(result.stdout == FriseVersion.string + "\n")
        #expect(result.stderr.contains("mimalloc: process init"), "\(result.stderr)")
    }
}
