import Foundation
import Frise
import Synchronization
import Testing

/// `frise-bench` reports what the runs it measures wrote: its line counts (read from the pipe a
/// buffer at a time, CRLF rows told apart) match frise's own output.
@Suite struct BenchTests {
    static let bench = CLIRunner.binary.deletingLastPathComponent().appendingPathComponent("frise-bench")

    @Test func benchCountsTheRecordsFriseWrites() throws {
        let result = try CLIRunner.run(
            ["--size", "80KB", "--seed", "7", "--keep", "--commands", "tag,timeline", "--jobs", "1", "--repeat", "1",
             "--frise", CLIRunner.binary.path], executable: Self.bench)
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

    /// `--generate-only` writes the corpus and runs nothing: its last line is the corpus's path,
    /// the same bytes for the same seed and size, and no frise binary is needed.
    @Test func generateOnlyWritesTheCorpusAndMeasuresNothing() throws {
        func generate(seed: String) throws -> (path: String, bytes: Data) {
            let result = try CLIRunner.run(
                ["--size", "30KB", "--seed", seed, "--generate-only", "--frise", "/nonexistent/frise"], executable: Self.bench)
            #expect(result.status == 0, "\(result.stderr)")
            let lines = result.stdout.split(separator: "\n")
            #expect(!lines.contains { $0.hasPrefix("tag ") || $0.hasPrefix("machine:") })
            let path = try #require(lines.last.map(String.init))
            defer { try? FileManager.default.removeItem(atPath: path) }
            return (path, try Data(contentsOf: URL(fileURLWithPath: path)))
        }
        let first = try generate(seed: "11"), again = try generate(seed: "11"), other = try generate(seed: "12")
        #expect(first.bytes.count >= 30_000 && first.bytes.count < 40_000)
        #expect(first.bytes == again.bytes)
        #expect(first.bytes != other.bytes)
        let lines = String(decoding: first.bytes, as: UTF8.self).split(separator: "\n")
        #expect(lines.count > 10 && lines.allSatisfy { $0.hasPrefix("{") && $0.contains("\"text\"") })
    }

    /// The generated corpus holds temporal expressions as news does (the French TimeBank's
    /// articles 4.2 a KB) unless asked for the dense one, with more than twice as many.
    @Test func generatedCorpusHasNewsDensity() throws {
        /// The expressions a KB the bench reports for a corpus of its making.
        func expressionsPerKB(_ arguments: [String]) throws -> Double? {
            let result = try CLIRunner.run(
                ["--size", "300KB", "--commands", "tag", "--jobs", "1", "--repeat", "1", "--frise", CLIRunner.binary.path]
                    + arguments,
                executable: Self.bench)
            #expect(result.status == 0, "\(result.stderr)")
            let line = result.stdout.split(separator: "\n").first { $0.hasPrefix("density: ") }
            return line.flatMap { Double($0.dropFirst("density: ".count).prefix { $0 != " " }) }
        }
        let news = try #require(try expressionsPerKB([]))
        let dense = try #require(try expressionsPerKB(["--density", "dense"]))
        #expect(news > 3.5 && news < 5.5)
        #expect(dense > 2 * news)
    }

    /// With more than one job count, the bench measures the machine's own speed-up in the same
    /// rounds: the same work on one thread and on each of two, a ratio near two on two free
    /// cores (not bounded tighter here: a shared machine's noise can put it anywhere around),
    /// and frise's one-job run twice at once.
    @Test func benchReportsTheMachinesOwnSpeedup() throws {
        let result = try CLIRunner.run(
            ["--size", "20KB", "--commands", "tag", "--jobs", "1,2", "--repeat", "1", "--machine-work", "0.1",
             "--frise", CLIRunner.binary.path],
            executable: Self.bench)
        #expect(result.status == 0, "\(result.stderr)")
        let line = try #require(result.stdout.split(separator: "\n").first { $0.hasPrefix("machine: 2 threads, ") })
        let speedups = line.split(separator: " ").compactMap { $0.hasSuffix("×") ? Double($0.dropLast()) : nil }
        #expect(speedups.count == 3, "\(line)")
        for speedup in speedups { #expect(speedup > 0.2 && speedup < 10, "\(line)") }
        #expect(line.contains("(compute)") && line.contains("(fresh memory)") && line.contains("(shared cache)"), "\(line)")
        // A debug build (the tests') gives no clock, nor the shared cache's wait: its loops are no
        // chain of single operations, nor of reads alone.
        #expect(!result.stdout.contains("GHz") && !result.stdout.contains("a read from the shared cache"))
        // And the same work as two one-job runs at once, beside the two-job run's speed-up.
        let speedup = try #require(result.stdout.split(separator: "\n").first { $0.hasPrefix("speedup tag: ") })
        let sideBySide = try #require(speedup.split(separator: "; ").last { $0.hasPrefix("2 one-job runs side by side: ") })
        let value = try #require(Double(sideBySide.dropFirst("2 one-job runs side by side: ".count).dropLast()))
        #expect(value > 0.2 && value < 10, "\(speedup)")
    }

    /// A release build of the bench (CI builds one beside `FRISE_RELEASE_BINARY`) gives the clock
    /// at which a core ran a chain of one-cycle operations, on the machine's line: a figure a
    /// core of these years runs at (0.5 to 6 GHz); and how long a read from the shared cache took,
    /// between a core's own cache and a slow memory's (1 to 2,000 ns); neither with no machine
    /// work asked for.
    @Test(.enabled(if: releaseBench != nil, "a release frise-bench beside FRISE_RELEASE_BINARY"))
    func releaseBenchGivesTheClockOfACoreAndTheWaitForItsCache() throws {
        let bench = try #require(Self.releaseBench)
        func machineLine(work: String) throws -> Substring {
            let result = try CLIRunner.run(
                ["--size", "10KB", "--commands", "tag", "--jobs", "1", "--repeat", "1", "--machine-work", work,
                 "--frise", CLIRunner.binary.path],
                executable: bench)
            #expect(result.status == 0, "\(result.stderr)")
            return try #require(result.stdout.split(separator: "\n").first { $0.hasPrefix("machine: ") && $0.contains(" cores (") })
        }
        let line = try machineLine(work: "0.5")
        let words = line.split(separator: " ")
        let clock = try #require(words.firstIndex(of: "GHz").flatMap { Double(words[$0 - 1]) }, "\(line)")
        #expect(clock > 0.5 && clock < 6, "\(line)")
        let wait = try #require(words.firstIndex(of: "ns").flatMap { Double(words[$0 - 1]) }, "\(line)")
        #expect(wait > 1 && wait < 2000, "\(line)")
        #expect(line.hasSuffix(" GHz (a chain of one-cycle operations), a read from the shared cache in \(words[words.count - 7]) ns (a chain through 4 MiB)"), "\(line)")
        let none = try machineLine(work: "0")
        #expect(!none.contains("GHz") && !none.contains("shared cache"), "\(none)")
    }

    static let releaseBench = GoldenFileTests.releaseBinary.map {
        $0.deletingLastPathComponent().appendingPathComponent("frise-bench")
    }.flatMap { FileManager.default.isExecutableFile(atPath: $0.path) ? $0 : nil }

    /// Benches of the same corpus at once (the tests run several) each measure their own copy:
    /// one removed the other's at its end while the other, started a little later, still read it.
    @Test func benchesAtOnceDoNotShareTheirCorpus() throws {
        let statuses = Mutex([String](repeating: "did not run", count: 3))
        let done = DispatchGroup()
        for index in 0..<3 {
            DispatchQueue.global().async(group: done) {
                Thread.sleep(forTimeInterval: 0.05 * Double(index))
                let result = try? CLIRunner.run(
                    ["--size", "1MB", "--commands", "tag", "--jobs", "1", "--repeat", "5", "--machine-work", "0",
                     "--frise", CLIRunner.binary.path],
                    executable: Self.bench)
                statuses.withLock { $0[index] = result.map { "\($0.status) \($0.stderr)" } ?? "did not run" }
            }
        }
        done.wait()
        for status in statuses.withLock({ $0 }) { #expect(status.hasPrefix("0 "), "\(status)") }
    }

    /// With three runs or more of each measure, the speed-up is given between the fastest runs
    /// and between the medians; with one run, only once.
    @Test func speedupsAreGivenBetweenFastestAndMedianRuns() throws {
        func speedupLine(repeat runs: String) throws -> Substring? {
            let result = try CLIRunner.run(
                ["--size", "10KB", "--commands", "tag", "--jobs", "1,2", "--repeat", runs, "--machine-work", "0",
                 "--frise", CLIRunner.binary.path],
                executable: Self.bench)
            #expect(result.status == 0, "\(result.stderr)")
            #expect(!result.stdout.contains("machine: 2 threads") && !result.stdout.contains("side by side"))
            #expect(!result.stdout.contains("GHz"))  // the clock is machine work too
            return result.stdout.split(separator: "\n").first { $0.hasPrefix("speedup tag: ") }
        }
        let three = try #require(try speedupLine(repeat: "3"))
        let ratios = three.split(separator: " ").compactMap { $0.hasSuffix("×") ? Double($0.dropLast()) : nil }
        #expect(ratios.count == 2 && ratios.allSatisfy { $0 > 0 }, "\(three)")
        #expect(three.contains("between the medians"))
        let one = try #require(try speedupLine(repeat: "1"))
        #expect(!one.contains("medians"), "\(one)")
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

    /// `scripts/alternate` runs each command once a round, in the order given, and reports each
    /// by its label; a command that fails stops it with a non-zero status, and so does a label
    /// given twice.
    @Test(.enabled(if: ExternalTool.python3 != nil)) func alternateTimesEachCommandInTurn() throws {
        let folder = try CLIRunner.temporaryDirectory()
        let log = folder.appendingPathComponent("order").path
        let script = CLIRunner.packageRoot.appendingPathComponent("scripts/alternate").path
        let python3 = try #require(ExternalTool.python3)
        let result = try CLIRunner.run(
            [script, "3", "fast=echo a >> \(log)", "slow=sleep 0.05; echo b >> \(log)"], executable: python3)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(try String(contentsOfFile: log, encoding: .utf8) == "a\nb\na\nb\na\nb\n")
        let rows = result.stdout.split(separator: "\n")
        let slow = try #require(rows.first { $0.hasPrefix("slow ") }).split(separator: " ").compactMap { Int($0) }
        let fast = try #require(rows.first { $0.hasPrefix("fast ") }).split(separator: " ").compactMap { Int($0) }
        // user, system, wall medians and the fastest wall time: the sleep shows in the wall times.
        #expect(slow.count == 4 && fast.count == 4)
        #expect(slow[2] >= 50 && slow[3] >= 50 && fast[3] < slow[3])
        let failed = try CLIRunner.run([script, "2", "ok=true", "bad=exit 3"], executable: python3)
        #expect(failed.status == 1 && failed.stderr.contains("bad exited with 3"))
        let twice = try CLIRunner.run([script, "2", "same=true", "same=true"], executable: python3)
        #expect(twice.status == 2 && twice.stderr.contains("given twice"))
    }
}
