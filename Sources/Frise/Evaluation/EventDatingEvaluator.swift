/// Scores event dating against a TimeML corpus.
///
/// A gold event counts when a TLINK ties it to a DATE or TIME TIMEX3 by
/// inclusion or identity (IS_INCLUDED, DURING, IDENTITY, SIMULTANEOUS, BEGINS,
/// ENDS); links to durations and sets say how long or how often, not when. Frise
/// dates a gold event with the date of the clause holding its first word (see
/// `ClauseDater`); it is right when that date's value, or the value of one of
/// the expressions that dated the clause, equals the gold TIMEX3's value.
/// Precision is over the linked gold events Frise dates, recall over all of them.
public struct EventDatingEvaluator: Sendable {
    public static let relations: Set<String> = ["IS_INCLUDED", "DURING", "IDENTITY", "SIMULTANEOUS", "BEGINS", "ENDS"]

    public init() {}

    public func evaluate(_ tagged: TaggedArticle, against gold: TimeMLDocument) -> EventDatingEvaluation {
        let values = goldValues(gold)
        let dating = ClauseDater().datedClauses(in: tagged)
        let clauses = dating.clauses
        let tokens = tagged.text.tokens
        var result = EventDatingEvaluation()
        for event in gold.events {
            guard let expected = values[event.eiid ?? event.eid] ?? values[event.eid], !expected.isEmpty else { continue }
            result.linked += 1
            guard let token = tokens.firstIndex(where: { $0.end > event.range.lowerBound }),
                  tokens[token].start < event.range.upperBound,
                  let clause = clauses.last(where: { $0.clause.tokens.contains(token) }),
                  let when = clause.when else {
                result.misses.append(.init(document: gold.id, event: event.text, gold: expected.sorted(), system: nil))
                continue
            }
            result.dated += 1
            let found = Set([when.value] + dating.timexIndices(of: clause).map { tagged.expressions[$0].value.value })
            if !found.isDisjoint(with: expected) {
                result.correct += 1
            } else {
                result.misses.append(.init(document: gold.id, event: event.text, gold: expected.sorted(), system: when.value))
            }
        }
        return result
    }

    /// For each event instance (and event id), the values of the TIMEX3s it is linked to.
    func goldValues(_ gold: TimeMLDocument) -> [String: Set<String>] {
        var timexValues: [String: String] = [:]
        for timex in gold.timexes where timex.type == "DATE" || timex.type == "TIME" { timexValues[timex.tid] = timex.value }
        var result: [String: Set<String>] = [:]
        for link in gold.timeLinks where Self.relations.contains(link.relType) {
            guard let instance = link.eventInstanceID, let time = link.relatedToTime else { continue }
            guard let value = timexValues[time] ?? (time == gold.creationTimeID ? gold.creationTime : nil) else { continue }
            // The DCT may carry a time ("1999-05-17T10:00"); events are dated to the day.
            result[instance, default: []].insert(time == gold.creationTimeID ? String(value.prefix(10)) : value)
        }
        // Links name event instances; map them back to event ids too when instances are the events' own.
        for event in gold.events {
            if let instance = event.eiid, let values = result[instance] { result[event.eid, default: []].formUnion(values) }
        }
        return result
    }
}

/// Event-dating counts and the misses, addable over a corpus.
public struct EventDatingEvaluation: Hashable, Sendable, Codable {
    /// Gold events linked to a TIMEX3 by inclusion or identity.
    public var linked = 0
    /// Of those, the ones Frise dates.
    public var dated = 0
    /// Of those, the ones Frise dates with the gold value.
    public var correct = 0
    public var misses: [Miss] = []

    public init() {}

    public var precision: Double { dated == 0 ? 0 : Double(correct) / Double(dated) }
    public var recall: Double { linked == 0 ? 0 : Double(correct) / Double(linked) }

    public mutating func add(_ other: EventDatingEvaluation) {
        linked += other.linked
        dated += other.dated
        correct += other.correct
        misses += other.misses
    }

    /// A linked gold event Frise left undated (`system` nil) or dated otherwise.
    public struct Miss: Hashable, Sendable, Codable {
        public var document: String
        public var event: String
        public var gold: [String]
        public var system: String?
    }
}
