import ArgumentParser
import Foundation
import Frise

/// `frise eval`: TempEval-3-style scores of the tagger against a TimeML corpus.
struct Eval: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "eval",
        abstract: "Score the temporal tagger against a folder of TimeML (.tml) files.",
        discussion: """
            Reads every .tml file under <gold-dir>, tags its TEXT with the file's CREATION_TIME \
            as document date, and compares the expressions found with the gold TIMEX3s, as \
            TempEval-3 does: strict match = identical span, relaxed match = overlapping spans \
            (one-to-one, largest overlap first); type and value scores count the relaxed \
            matches whose attribute equals gold (P over system expressions, R over gold). \
            Scores are micro-averaged over the corpus. Then lists the errors by kind: missed, \
            spurious, wrong span, wrong type, wrong value.

            Examples:
              frise eval corpora/ftib-dev
              frise eval corpora/ftib-dev --errors 30
              frise eval corpora/ftib-dev --format json -o scores.json
            """)

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json
    }

    @Argument(help: ArgumentHelp("A folder of TimeML files (read recursively).", valueName: "gold-dir"))
    var goldDirectory: String

    @Option(help: "How many examples of each kind of error to show.")
    var errors = 10

    @Option(help: "Output format: text or json.")
    var format: Format = .text

    @Option(name: .shortAndLong, help: "Write to this file instead of standard output.")
    var output: String?

    func validate() throws {
        if errors < 0 { throw ValidationError("--errors must be 0 or more.") }
    }

    func run() throws {
        guard let files = Self.timeMLFiles(in: goldDirectory) else { throw ExitCode(1) }
        var corpus = TimexEvaluation()
        var dating = EventDatingEvaluation()
        var failures = 0
        let tagger = Tagger(), evaluator = TimexEvaluator(), datingEvaluator = EventDatingEvaluator()
        for file in files {
            do throws(TimeMLError) {
                let gold = try TimeMLDocument(contentsOf: URL(fileURLWithPath: file))
                let tagged = tagger.tag(try gold.article())
                corpus.add(evaluator.evaluate(tagged.expressions, against: gold))
                dating.add(datingEvaluator.evaluate(tagged, against: gold))
            } catch {
                failures += 1
                switch error {
                case .unreadable: Diagnostics.report(error.description)
                case .notWellFormed(let diagnostics) where !diagnostics.isEmpty:
                    Diagnostics.report(diagnostics[0].description)
                case .invalidCreationTime(_, let line?): Diagnostics.report("\(file):\(line): \(error)")
                default: Diagnostics.report("\(file): \(error)")
                }
            }
        }
        let report = EvalReport(corpus: corpus, dating: dating, documents: files.count - failures, examples: errors)
        try OutputWriter.write(format == .json ? report.json : report.text, to: output)
        if failures > 0 {
            Diagnostics.report("\(failures) file\(failures == 1 ? "" : "s") could not be evaluated")
            throw ExitCode(1)
        }
    }

    /// The `.tml` files under `folder`, sorted by path (byte-wise); nil, reported, when there are none.
    static func timeMLFiles(in folder: String) -> [String]? {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isFolder), isFolder.boolValue else {
            Diagnostics.report("\(folder): no such folder")
            return nil
        }
        guard let relatives = FileManager.default.subpaths(atPath: folder) else {
            Diagnostics.report("\(folder): cannot be read")
            return nil
        }
        let prefix = folder.hasSuffix("/") ? folder : folder + "/"
        let files = relatives
            .filter { path in
                path.lowercased().hasSuffix(".tml") && !path.split(separator: "/").contains { $0.hasPrefix(".") }
            }
            .sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
            .map { prefix + $0 }
        if files.isEmpty { Diagnostics.report("\(folder): no .tml file in this folder") }
        return files.isEmpty ? nil : files
    }
}

/// What `frise eval` prints: the scores table, the counts and examples of each kind of error.
struct EvalReport: Encodable {
    var documents: Int
    var counts: TimexEvaluation.Counts
    /// Percentages with two decimals, by measure then by P/R/F1.
    var scores: [String: [String: Double]]
    var errorCounts: [String: Int]
    var errorExamples: [String: [TimexEvaluation.Mismatch]]
    /// Event dating: linked gold events, how many Frise dates, how many rightly, and P/R in percent.
    var eventDating: [String: Double]
    var eventDatingMisses: [EventDatingEvaluation.Miss]

    init(corpus: TimexEvaluation, dating: EventDatingEvaluation, documents: Int, examples: Int) {
        self.documents = documents
        eventDating = [
            "linked": Double(dating.linked), "dated": Double(dating.dated), "correct": Double(dating.correct),
            "precision": Self.round(dating.precision), "recall": Self.round(dating.recall),
        ]
        eventDatingMisses = Array(dating.misses.prefix(examples))
        counts = corpus.counts
        let scores = corpus.scores
        func percent(_ measure: TimexEvaluation.Measure) -> [String: Double] {
            ["precision": Self.round(measure.precision), "recall": Self.round(measure.recall), "f1": Self.round(measure.f1)]
        }
        self.scores = [
            "strict": percent(scores.strict), "relaxed": percent(scores.relaxed),
            "type": percent(scores.type), "value": percent(scores.value),
        ]
        var errorCounts: [String: Int] = [:], errorExamples: [String: [TimexEvaluation.Mismatch]] = [:]
        for kind in TimexEvaluation.ErrorKind.allCases {
            let found = corpus.errors(kind)
            errorCounts[kind.rawValue] = found.count
            errorExamples[kind.rawValue] = Array(found.prefix(examples))
        }
        self.errorCounts = errorCounts
        self.errorExamples = errorExamples
    }

    private static func round(_ fraction: Double) -> Double { (fraction * 10000).rounded() / 100 }

    var json: String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return (try? encoder.encode(self)).map { String(decoding: $0, as: UTF8.self) + "\n" } ?? "{}\n"
    }

    var text: String {
        func cell(_ value: Double) -> String { String(format: "%8.2f", value) }
        var lines = ["\(documents) documents", "", "             P        R       F1"]
        for name in ["strict", "relaxed", "type", "value"] {
            let row = scores[name] ?? [:]
            let label = name.padding(toLength: 9, withPad: " ", startingAt: 0)
            lines.append(label + cell(row["precision"] ?? 0) + " " + cell(row["recall"] ?? 0) + " " + cell(row["f1"] ?? 0))
        }
        lines += [
            "",
            "gold \(counts.gold), system \(counts.system), strict matches \(counts.strictMatches), "
                + "relaxed matches \(counts.relaxedMatches), correct type \(counts.correctType), "
                + "correct value \(counts.correctValue)",
            "",
            "event dating: precision " + String(format: "%.2f", eventDating["precision"] ?? 0)
                + ", recall " + String(format: "%.2f", eventDating["recall"] ?? 0)
                + " (\(Int(eventDating["correct"] ?? 0)) right of \(Int(eventDating["dated"] ?? 0)) dated, "
                + "\(Int(eventDating["linked"] ?? 0)) gold events linked to a TIMEX3)",
            "",
            "errors: " + TimexEvaluation.ErrorKind.allCases.map { "\(Self.label($0)) \(errorCounts[$0.rawValue] ?? 0)" }
                .joined(separator: ", "),
        ]
        for kind in TimexEvaluation.ErrorKind.allCases {
            let examples = errorExamples[kind.rawValue] ?? []
            guard !examples.isEmpty else { continue }
            lines += ["", "\(Self.label(kind)) (\(examples.count) of \(errorCounts[kind.rawValue] ?? 0)):"]
            lines += examples.map { "  " + Self.describe($0) }
        }
        if !eventDatingMisses.isEmpty {
            lines += ["", "event dating misses (\(eventDatingMisses.count) shown):"]
            lines += eventDatingMisses.map {
                "  \($0.document): \($0.event) → gold \($0.gold.joined(separator: "|")), frise \($0.system ?? "undated")"
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private static func label(_ kind: TimexEvaluation.ErrorKind) -> String {
        switch kind {
        case .missed: "missed"
        case .spurious: "spurious"
        case .wrongSpan: "wrong span"
        case .wrongType: "wrong type"
        case .wrongValue: "wrong value"
        }
    }

    /// `doc  gold "le 3 mai" 10-18 DATE 1999-05-03  |  system "3 mai" 13-18 DATE 1999-05-03`.
    private static func describe(_ error: TimexEvaluation.Mismatch) -> String {
        func side(_ name: String, _ item: TimexEvaluation.Annotation?) -> String? {
            guard let item else { return nil }
            let text = item.text.replacingOccurrences(of: "\n", with: " ")
            return "\(name) \"\(text)\" \(item.range.lowerBound)-\(item.range.upperBound) \(item.type) \(item.value)"
        }
        let sides = [side("gold", error.gold), side("system", error.system)].compactMap { $0 }
        return error.document + "  " + sides.joined(separator: "  |  ")
    }
}
