import Foundation

/// The table `frise-bench` prints: one line per run, then the speedups.
struct BenchReport {
    var inputBytes: Int
    var articles: Int
    private(set) var runs: [(command: String, jobs: Int, run: ChildRun)] = []
    /// The seconds of every run of each measure, by its place in `runs`.
    private var times: [[Double]] = []
    /// The fastest time of each kind of `MachineCeiling` work, by threads.
    private var ceilings: [MachineCeiling.Work: [Int: Double]] = [:]
    /// The fastest time of N one-job runs of a command side by side, by command and N.
    private var sideBySide: [String: [Int: Double]] = [:]

    init(inputBytes: Int, articles: Int) {
        self.inputBytes = inputBytes
        self.articles = articles
    }

    /// Adds a measure: its fastest run, and the seconds of all its runs.
    mutating func add(command: String, jobs: Int, run: ChildRun, times: [Double] = []) {
        runs.append((command, jobs, run))
        self.times.append(times)
    }

    mutating func addCeiling(_ work: MachineCeiling.Work, threads: Int, seconds: Double) {
        ceilings[work, default: [:]][threads] = min(seconds, ceilings[work]?[threads] ?? .infinity)
    }

    mutating func addSideBySide(command: String, runs: Int, seconds: Double) {
        sideBySide[command, default: [:]][runs] = min(seconds, sideBySide[command]?[runs] ?? .infinity)
    }

    /// `machine: 2 threads, 1.99× (compute), 1.83× (fresh memory)`, for each number of threads
    /// above one.
    var ceiling: String {
        let threadCounts = Set(ceilings.values.flatMap(\.keys)).filter { $0 > 1 }.sorted()
        return threadCounts.map { threads in
            let parts = MachineCeiling.Work.allCases.compactMap { work -> String? in
                guard let one = ceilings[work]?[1], let many = ceilings[work]?[threads] else { return nil }
                return String(format: "%.2f× (%@)", MachineCeiling.speedup(one: one, many: many, threads: threads), work.rawValue)
            }
            return "machine: \(threads) threads, " + parts.joined(separator: ", ")
        }.joined(separator: "\n")
    }

    /// The header and the line of the last run.
    var lastLine: String {
        guard let (command, jobs, run) = runs.last else { return "" }
        let seconds = max(run.seconds, 1e-9)
        let count = Self.records(of: command, run)
        let records = "\(Self.rate(Double(count) / seconds)) \(command == "tag" ? "expressions" : "events")/s (\(count))"
        let header = runs.count == 1 ? "command    jobs   wall s    MB/s   articles/s   records                         peak RSS\n" : ""
        return header + Self.pad(command, 10) + Self.pad(String(jobs), 5, right: true)
            + Self.pad(String(format: "%.2f", seconds), 9, right: true)
            + Self.pad(String(format: "%.2f", Double(inputBytes) / 1e6 / seconds), 8, right: true)
            + Self.pad(articles > 0 ? Self.rate(Double(articles) / seconds) : "—", 13, right: true) + "   "
            + Self.pad(records, 32) + String(format: "%.0f MB", Double(run.peakMemory) / 1e6)
    }

    /// `speedup tag: 1.63× with 2 jobs (fastest runs; 1.70× between the medians); 2 one-job runs
    /// side by side: 1.90×`, for each command run with one job and with more: the ratio of the
    /// fastest runs, and with three runs or more that of the medians too (on a shared machine,
    /// either can be the higher); then, when measured, what the machine gives the same work run
    /// as N separate processes at once (N times the one-job run's time over theirs: the speed-up
    /// of work that shares nothing but the machine).
    var speedups: String {
        var lines: [String] = []
        for command in runs.map(\.command).uniqued() {
            let ofCommand = runs.indices.filter { runs[$0].command == command }
            guard let one = ofCommand.first(where: { runs[$0].jobs == 1 }) else { continue }
            for other in ofCommand where runs[other].jobs > 1 {
                var line = "speedup \(command): \(String(format: "%.2f", runs[one].run.seconds / runs[other].run.seconds))× "
                    + "with \(runs[other].jobs) jobs"
                if times[one].count >= 3, times[other].count >= 3 {
                    let ratio = Self.median(times[one]) / Self.median(times[other])
                    line += String(format: " (fastest runs; %.2f× between the medians)", ratio)
                }
                let jobs = runs[other].jobs
                if let apart = sideBySide[command]?[jobs] {
                    let speedup = MachineCeiling.speedup(one: runs[one].run.seconds, many: apart, threads: jobs)
                    line += String(format: "; \(jobs) one-job runs side by side: %.2f×", speedup)
                }
                lines.append(line)
            }
        }
        return lines.joined(separator: "\n")
    }

    static func median(_ values: [Double]) -> Double {
        let sorted = values.sorted()
        let middle = sorted.count / 2
        return sorted.count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
    }

    /// `density: 4.3 expressions, 3.9 events a KB`: what the corpus holds, from the first run of
    /// each command that counts them.
    var density: String {
        let kilobytes = Double(max(inputBytes, 1)) / 1e3
        var counts: [String] = []
        for (counted, name) in [(["tag"], "expressions"), (["events", "timeline"], "events")] {
            guard let (command, _, run) = runs.first(where: { counted.contains($0.command) }) else { continue }
            counts.append(String(format: "%.1f \(name)", Double(Self.records(of: command, run)) / kilobytes))
        }
        return counts.isEmpty ? "" : "density: " + counts.joined(separator: ", ") + " a KB"
    }

    /// What a run wrote: expressions (`tag`, a line each), events (`events`, a line each;
    /// `timeline`, a CSV row each after the header).
    static func records(of command: String, _ run: ChildRun) -> Int {
        command == "timeline" ? max(run.crlfLines - 1, 0) : run.lines
    }

    /// `2 cores (AMD EPYC), 23.4 GB`, and with `clock` (`MachineCeiling.clock`) `, a core at
    /// 2.79 GHz (a chain of one-cycle operations)`, with `readLatency`
    /// (`MachineCeiling.readLatency`) `, a read from the shared cache in 12 ns (a chain through 4 MiB)`.
    static func machine(clock: Double? = nil, readLatency: Double? = nil) -> String {
        let info = ProcessInfo.processInfo
        let cpuinfo = (try? String(contentsOfFile: "/proc/cpuinfo", encoding: .utf8)) ?? ""
        let line = cpuinfo.split(separator: "\n").first { $0.hasPrefix("model name") }
        let model = line?.split(separator: ":", maxSplits: 1).last?.trimmingCharacters(in: .whitespaces) ?? "?"
        return "machine: \(info.activeProcessorCount) cores (\(model)), "
            + String(format: "%.1f GB", Double(info.physicalMemory) / 1e9)
            + (clock.map { String(format: ", a core at %.2f GHz (a chain of one-cycle operations)", $0) } ?? "")
            + (readLatency.map { ", a read from the shared cache in \(rate($0)) ns (a chain through 4 MiB)" } ?? "")
    }

    static func rate(_ value: Double) -> String {
        value >= 100 ? String(Int(value.rounded())) : String(format: "%.1f", value)
    }

    static func pad(_ text: String, _ width: Int, right: Bool = false) -> String {
        let padding = String(repeating: " ", count: max(0, width - text.count))
        return right ? padding + text : text + padding
    }
}

extension Array where Element: Hashable {
    func uniqued() -> [Element] {
        var seen = Set<Element>()
        return filter { seen.insert($0).inserted }
    }
}
