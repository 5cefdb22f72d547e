/// Scores temporal expressions against gold TIMEX3s, TempEval-3 style.
///
/// Matching is one-to-one. Identical spans pair first (strict matches); the
/// remaining overlapping pairs are then taken greedily, largest overlap first
/// (ties: earlier gold, then earlier system), and together with the strict ones
/// form the relaxed matches. Gold TIMEX3s with an empty span (non-markable
/// times) are not scored.
///
/// Measures, as TempEval-3 computes them:
/// - strict and relaxed: P = matches / system, R = matches / gold;
/// - type and value: P = relaxed matches whose attribute equals gold / system,
///   R = the same count / gold (values compare as strings).
///
/// ```swift
/// var corpus = TimexEvaluation()
/// for gold in documents {
///     let system = Tagger().tag(try gold.article()).expressions
///     corpus.add(TimexEvaluator().evaluate(system, against: gold))
/// }
/// print(corpus.scores.relaxed.f1)
/// ```
public struct TimexEvaluator: Sendable {
    public init() {}

    /// Compares the system's expressions for one document with its gold TIMEX3s.
    public func evaluate(_ system: [TemporalExpression], against gold: TimeMLDocument) -> TimexEvaluation {
        let goldItems = gold.timexes.filter { !$0.range.isEmpty }.map {
            TimexEvaluation.Annotation(range: $0.range, text: $0.text, type: $0.type, value: $0.value)
        }
        let systemItems = system.map {
            TimexEvaluation.Annotation(
                range: $0.mention.range, text: $0.mention.text, type: $0.value.type.rawValue, value: $0.value.value)
        }
        return evaluate(systemItems, against: goldItems, document: gold.id)
    }

    /// Compares annotations of one document (the core, also used by tests).
    public func evaluate(
        _ system: [TimexEvaluation.Annotation], against gold: [TimexEvaluation.Annotation], document: String
    ) -> TimexEvaluation {
        let pairs = Self.match(system: system, gold: gold)
        var result = TimexEvaluation()
        result.counts.gold = gold.count
        result.counts.system = system.count
        result.counts.relaxedMatches = pairs.count
        var goldMatched = Set<Int>(), systemMatched = Set<Int>()
        for (goldIndex, systemIndex) in pairs.sorted(by: { $0.gold < $1.gold }) {
            goldMatched.insert(goldIndex)
            systemMatched.insert(systemIndex)
            let expected = gold[goldIndex], found = system[systemIndex]
            let error = { (kind: TimexEvaluation.ErrorKind) in
                TimexEvaluation.Mismatch(kind: kind, document: document, gold: expected, system: found)
            }
            if expected.range == found.range {
                result.counts.strictMatches += 1
            } else {
                result.errors.append(error(.wrongSpan))
            }
            if expected.type == found.type {
                result.counts.correctType += 1
            } else {
                result.errors.append(error(.wrongType))
            }
            if expected.value == found.value {
                result.counts.correctValue += 1
            } else {
                result.errors.append(error(.wrongValue))
            }
        }
        for (index, item) in gold.enumerated() where !goldMatched.contains(index) {
            result.errors.append(TimexEvaluation.Mismatch(kind: .missed, document: document, gold: item, system: nil))
        }
        for (index, item) in system.enumerated() where !systemMatched.contains(index) {
            result.errors.append(TimexEvaluation.Mismatch(kind: .spurious, document: document, gold: nil, system: item))
        }
        return result
    }

    /// One-to-one pairs (gold index, system index): identical spans first, then largest overlap.
    static func match(
        system: [TimexEvaluation.Annotation], gold: [TimexEvaluation.Annotation]
    ) -> [(gold: Int, system: Int)] {
        var candidates: [(gold: Int, system: Int, exact: Bool, overlap: Int)] = []
        for (goldIndex, expected) in gold.enumerated() {
            for (systemIndex, found) in system.enumerated() {
                let overlap = min(expected.range.upperBound, found.range.upperBound)
                    - max(expected.range.lowerBound, found.range.lowerBound)
                guard overlap > 0 else { continue }
                candidates.append((goldIndex, systemIndex, expected.range == found.range, overlap))
            }
        }
        candidates.sort { a, b in
            if a.exact != b.exact { return a.exact }
            if a.overlap != b.overlap { return a.overlap > b.overlap }
            return (a.gold, a.system) < (b.gold, b.system)
        }
        var goldTaken = Set<Int>(), systemTaken = Set<Int>()
        var pairs: [(gold: Int, system: Int)] = []
        for candidate in candidates where !goldTaken.contains(candidate.gold) && !systemTaken.contains(candidate.system) {
            goldTaken.insert(candidate.gold)
            systemTaken.insert(candidate.system)
            pairs.append((candidate.gold, candidate.system))
        }
        return pairs
    }
}
