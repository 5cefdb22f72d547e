import ArgumentParser
import Foundation

/// `frise-bench`: how fast the release-built `frise` is, on a corpus of its own making.
@main
struct FriseBench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "frise-bench",
        abstract: "Measure frise's throughput and memory on a generated French news corpus.",
        discussion: """
            Writes a deterministic corpus of French news-like articles (JSON Lines: id, date, \
            title, text) of the given size to a temporary file, with about as many temporal \
            expressions as news holds (--density dense: two and a half times as many), then \
            runs the release-built frise on it: `frise tag FILE` and `frise timeline FILE --format \
            csv`, each with --jobs 1 and --jobs N. It first gives the machine: its cores, memory, \
            the clock at which one core runs a chain of one-cycle operations, and how long it waits \
            for a read from the cache the cores share (a chain through 4 MiB; shared hosts differ \
            and vary: figures of different sittings compare through these). For each run it prints the wall time, MB/s, articles/s, expressions/s (tag) \
            or events/s (timeline), and the peak resident memory of the frise process; then the \
            speedup of N jobs over one beside that of N one-job runs side by side (separate \
            processes at once: the same work sharing nothing but the machine; left out when N \
            copies would take more than half the memory), the machine's own \
            speedup in the same rounds (the same work on one thread and on each of N threads at \
            once: arithmetic alone, memory touched for the first time, and reads from the cache the \
            cores share), and the expressions \
            and events the corpus held a KB. \
            MB are 10^6 bytes.

            Examples:
              scripts/bench --size 10MB   (builds with whole-program LTO, then runs frise-bench)
              frise-bench --size 200MB --jobs 1,2,4 --commands tag,events,timeline
              frise-bench --corpus my-articles.jsonl
            """)

    @Option(help: "Corpus size (suffixes KB, MB, GB; powers of 10).")
    var size = "10MB"

    @Option(help: "Seed of the corpus generator: the same seed and size give the same bytes.")
    var seed: UInt64 = 42

    @Option(help: """
        Temporal expressions in the generated corpus: news (about 4 a KB, as in the French \
        TimeBank's articles) or dense (about 10 a KB, a date in nearly every sentence).
        """)
    var density = CorpusGenerator.Density.news

    @Option(help: "An existing corpus to measure instead of a generated one (anything frise reads).")
    var corpus: String?

    @Option(help: "The frise binary to measure.")
    var frise = ".build/release/frise"

    @Option(help: "Comma-separated --jobs values to run (default: 1 and every core).")
    var jobs: String?

    @Option(help: "Comma-separated commands to run: tag, events, timeline.")
    var commands = "tag,timeline"

    @Option(name: .customLong("repeat"), help: ArgumentHelp(
        "Runs of each measure, taken round by round (each number of jobs in turn); the fastest is reported.",
        discussion: "A shared machine's noise only ever slows a run down: the fastest of five is steadier than one run."))
    var runs = 5

    @Option(help: ArgumentHelp(
        "Work of each of the machine's own runs (one thread, then N at once), in units of about 0.1 s; 0 leaves them out, the side-by-side runs, the clock and the shared cache's wait too.",
        valueName: "units"))
    var machineWork = 1.0

    @Flag(help: "Keep the generated corpus and print its path.")
    var keep = false

    @Flag(help: "Write the generated corpus, print its path and measure nothing (scripts/pgo-profile trains on such a corpus).")
    var generateOnly = false

    static func parseSize(_ text: String) -> Int? {
        let upper = text.uppercased().replacingOccurrences(of: " ", with: "")
        for (suffix, factor) in [("GB", 1e9), ("MB", 1e6), ("KB", 1e3), ("G", 1e9), ("M", 1e6), ("K", 1e3), ("B", 1)] {
            if upper.hasSuffix(suffix), let value = Double(upper.dropLast(suffix.count)) { return Int(value * factor) }
        }
        return Int(upper)
    }

    func run() throws {
        guard generateOnly || FileManager.default.isExecutableFile(atPath: frise) else {
            throw BenchError("no frise binary at \(frise): run `scripts/bench` (or `swift build -c release`) first, or give --frise PATH")
        }
        let jobList = try (jobs ?? "1,\(ProcessInfo.processInfo.activeProcessorCount)").split(separator: ",").map {
            guard let value = Int($0), value > 0 else { throw BenchError("--jobs: '\($0)' is not a positive number") }
            return value
        }
        let commandList = commands.split(separator: ",").map(String.init)
        for command in commandList where !["tag", "events", "timeline"].contains(command) {
            throw BenchError("--commands: unknown command '\(command)'")
        }

        let path: String, articles: Int, bytes: Int
        if let corpus {
            path = corpus
            let data = try Data(contentsOf: URL(fileURLWithPath: corpus), options: .alwaysMapped)
            var counter = LineCounter()
            data.withUnsafeBytes { counter.count($0) }
            (articles, bytes) = (counter.lines, data.count)  // JSON Lines: one article a line
        } else {
            guard let target = Self.parseSize(size), target > 0 else { throw BenchError("--size: '\(size)' is not a size") }
            // A corpus removed at the end is this process's own: two benches at once (the tests run
            // several) each removed the other's while it was read.
            let own = keep || generateOnly ? "" : "-\(getpid())"
            path = FileManager.default.temporaryDirectory
                .appendingPathComponent("frise-bench-\(target)-\(seed)-\(density)\(own).jsonl").path
            let started = ContinuousClock.now
            (articles, bytes) = try CorpusGenerator(seed: seed, density: density).write(bytes: target, to: path)
            say("corpus: \(path) · \(articles) articles · \(Self.megabytes(bytes)) MB · seed \(seed) · \(density) density · "
                + "written in " + String(format: "%.1f s", ChildRun.seconds(ContinuousClock.now - started)))
        }
        if generateOnly {
            guard corpus == nil else { throw BenchError("--generate-only writes a generated corpus: leave out --corpus") }
            return print(path)
        }
        defer { if corpus == nil && !keep { try? FileManager.default.removeItem(atPath: path) } }
        // How fast a core of this host runs, and how long it waits for its shared cache, beside
        // frise's figures: hosts differ, and shared ones vary. (Only in an optimised build: a
        // debug build's loops are no chain of single operations, nor of reads alone.)
        #if DEBUG
        let (clock, readLatency): (Double?, Double?) = (nil, nil)
        #else
        let clock = machineWork > 0 ? MachineCeiling.clock(units: machineWork) : nil
        let readLatency = machineWork > 0 ? MachineCeiling.readLatency(units: machineWork) : nil
        #endif
        say(BenchReport.machine(clock: clock, readLatency: readLatency))

        func arguments(_ command: String, jobs: Int) -> [String] {
            [command, path, "--jobs", String(jobs), "--quiet"] + (command == "timeline" ? ["--format", "csv"] : [])
        }
        var report = BenchReport(inputBytes: bytes, articles: articles)
        var machineWarmed = false
        for command in commandList {
            // Round by round, each number of jobs in turn: a machine that slows down or speeds up
            // during the runs (shared machines do) weighs on every number of jobs alike, not on the
            // ones measured last, and the speed-up compares runs of the same moments.
            var best = [ChildRun?](repeating: nil, count: jobList.count)
            var times = [[Double]](repeating: [], count: jobList.count)
            for _ in 0..<max(1, runs) {
                for (position, jobCount) in jobList.enumerated() {
                    let run = try ChildRun.run(frise, arguments(command, jobs: jobCount)).succeeded()
                    times[position].append(run.seconds)
                    if let fastest = best[position], fastest.elapsed <= run.elapsed { continue }
                    best[position] = run
                }
                // The same work as N one-job runs at once, in the same rounds, when N copies of the
                // one-job run fit in half the machine's memory (those of a large chronology may not).
                if machineWork > 0, let one = jobList.firstIndex(of: 1).flatMap({ best[$0] }) {
                    let room = Int(ProcessInfo.processInfo.physicalMemory / 2)
                    for jobCount in jobList where jobCount > 1 && one.peakMemory * jobCount <= room {
                        let seconds = try ChildRun.sideBySide(frise, arguments(command, jobs: 1), count: jobCount)
                        report.addSideBySide(command: command, runs: jobCount, seconds: seconds)
                    }
                }
                // The machine's own ceiling, in the same rounds as frise's runs; first once
                // unmeasured, as a host backs memory a process has freed faster than memory it
                // has not backed for a while (measured first, one thread once took 1.64 times as
                // long as two threads each doing as much).
                if jobList.count > 1, machineWork > 0 {
                    if !machineWarmed {
                        for work in MachineCeiling.Work.allCases {
                            _ = MachineCeiling.seconds(work, threads: jobList.max()!, units: machineWork)
                        }
                        machineWarmed = true
                    }
                    for work in MachineCeiling.Work.allCases {
                        for jobCount in jobList {
                            let seconds = MachineCeiling.seconds(work, threads: jobCount, units: machineWork)
                            report.addCeiling(work, threads: jobCount, seconds: seconds)
                        }
                    }
                }
            }
            for (position, jobCount) in jobList.enumerated() {
                report.add(command: command, jobs: jobCount, run: best[position]!, times: times[position])
                say(report.lastLine)
            }
        }
        say(report.speedups)
        if !report.ceiling.isEmpty { say(report.ceiling) }
        say(report.density)
    }

    static func megabytes(_ bytes: Int) -> String { String(format: "%.1f", Double(bytes) / 1e6) }
}

extension CorpusGenerator.Density: ExpressibleByArgument {}

/// Prints a line at once, even when standard output is a file (`print` would hold it back).
func say(_ line: String) {
    FileHandle.standardOutput.write(Data((line + "\n").utf8))
}
