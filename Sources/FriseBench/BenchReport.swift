import Foundation

/// The table `frise-bench` prints: one line per run, then the speedups.
struct BenchReport {
    var inputBytes: Int
    var articles: Int
    private(set) var runs: [(command: String, jobs: Int, run: ChildRun)] = []

    init(inputBytes: Int, articles: Int) {
        self.inputBytes = inputBytes
        self.articles = articles
    }

    /// The fastest time of each kind of `MachineCeiling` work, by threads.
    private var ceilings: [MachineCeiling.Work: [Int: Double]] = [:]

    mutating func add(command: String, jobs: Int, run: ChildRun) {
        runs.append((command, jobs, run))
    }

    mutating func addCeiling(_ work: MachineCeiling.Work, threads: Int, seconds: Double) {
        ceilings[work, default: [:]][threads] = min(seconds, ceilings[work]?[threads] ?? .infinity)
    }

    /// `machine: 1.93× with 2 threads (compute), 1.80× (fresh memory)`, for each number of
    /// threads above one.
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

    /// `tag: 1.93× with 2 jobs`, for each command run with one job and with more.
    var speedups: String {
        var lines: [String] = []
        for command in runs.map(\.command).uniqued() {
            let ofCommand = runs.filter { $0.command == command }
            guard let one = ofCommand.first(where: { $0.jobs == 1 }) else { continue }
            for other in ofCommand where other.jobs > 1 {
                lines.append("speedup \(command): \(String(format: "%.2f", one.run.seconds / other.run.seconds))× "
                    + "with \(other.jobs) jobs")
            }
        }
        return lines.joined(separator: "\n")
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

    /// `2 cores (AMD EPYC), 23.4 GB`.
    static func machine() -> String {
        let info = ProcessInfo.processInfo
        let cpuinfo = (try? String(contentsOfFile: "/proc/cpuinfo", encoding: .utf8)) ?? ""
        let line = cpuinfo.split(separator: "\n").first { $0.hasPrefix("model name") }
        let model = line?.split(separator: ":", maxSplits: 1).last?.trimmingCharacters(in: .whitespaces) ?? "?"
        return "machine: \(info.activeProcessorCount) cores (\(model)), "
            + String(format: "%.1f GB", Double(info.physicalMemory) / 1e9)
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
