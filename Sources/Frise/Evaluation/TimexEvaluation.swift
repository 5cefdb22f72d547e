/// The outcome of scoring temporal expressions: counts, TempEval-3 scores and the errors.
///
/// Evaluations of single documents add up into a corpus evaluation whose scores
/// are micro-averages (computed from the summed counts).
public struct TimexEvaluation: Hashable, Sendable, Codable {
    public var counts = Counts()
    /// Every error, document by document, in the order found.
    public var errors: [Mismatch] = []

    public init() {}

    /// Adds another document's (or corpus') counts and errors.
    public mutating func add(_ other: TimexEvaluation) {
        counts.gold += other.counts.gold
        counts.system += other.counts.system
        counts.strictMatches += other.counts.strictMatches
        counts.relaxedMatches += other.counts.relaxedMatches
        counts.correctType += other.counts.correctType
        counts.correctValue += other.counts.correctValue
        errors += other.errors
    }

    /// Strict, relaxed, type and value precision, recall and F1.
    public var scores: Scores {
        func measure(_ correct: Int) -> Measure {
            Measure(correct: correct, system: counts.system, gold: counts.gold)
        }
        return Scores(
            strict: measure(counts.strictMatches), relaxed: measure(counts.relaxedMatches),
            type: measure(counts.correctType), value: measure(counts.correctValue))
    }

    /// The errors of one kind, in order.
    public func errors(_ kind: ErrorKind) -> [Mismatch] { errors.filter { $0.kind == kind } }

    /// What was counted.
    public struct Counts: Hashable, Sendable, Codable {
        /// Gold TIMEX3s with a non-empty span.
        public var gold = 0
        /// Expressions the system found.
        public var system = 0
        /// Pairs with identical spans.
        public var strictMatches = 0
        /// Pairs with overlapping spans (the strict ones included).
        public var relaxedMatches = 0
        /// Relaxed matches whose type equals gold.
        public var correctType = 0
        /// Relaxed matches whose value equals gold.
        public var correctValue = 0

        public init() {}
    }

    /// The four TempEval-3 measures.
    public struct Scores: Hashable, Sendable, Codable {
        public var strict: Measure
        public var relaxed: Measure
        public var type: Measure
        public var value: Measure
    }

    /// Precision, recall and F1 as fractions in 0…1 (0 when undefined).
    public struct Measure: Hashable, Sendable, Codable {
        public var precision: Double
        public var recall: Double
        public var f1: Double

        /// P = correct / system, R = correct / gold, F1 their harmonic mean.
        public init(correct: Int, system: Int, gold: Int) {
            precision = system == 0 ? 0 : Double(correct) / Double(system)
            recall = gold == 0 ? 0 : Double(correct) / Double(gold)
            f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall)
        }
    }

    /// A temporal expression as scored: its span, its text, its type and its value.
    public struct Annotation: Hashable, Sendable, Codable {
        /// Unicode-scalar offsets into the body, end exclusive.
        public var range: Range<Int>
        public var text: String
        /// `DATE`, `TIME`, `DURATION` or `SET`.
        public var type: String
        public var value: String

        public init(range: Range<Int>, text: String, type: String, value: String) {
            self.range = range
            self.text = text
            self.type = type
            self.value = value
        }
    }

    /// The kinds of error, in the order reports list them.
    public enum ErrorKind: String, Hashable, Sendable, Codable, CaseIterable {
        /// A gold expression no system expression overlaps.
        case missed
        /// A system expression no gold expression overlaps.
        case spurious
        /// A relaxed match whose spans differ.
        case wrongSpan
        /// A relaxed match whose types differ.
        case wrongType
        /// A relaxed match whose values differ.
        case wrongValue
    }

    /// One error: the gold expression, the system's, or both for a match that differs.
    public struct Mismatch: Hashable, Sendable, Codable {
        public var kind: ErrorKind
        /// The document id.
        public var document: String
        public var gold: Annotation?
        public var system: Annotation?

        public init(kind: ErrorKind, document: String, gold: Annotation?, system: Annotation?) {
            self.kind = kind
            self.document = document
            self.gold = gold
            self.system = system
        }
    }
}
