/// Joins the reports of one happening by several articles into one event.
///
/// Two events from different articles are the same happening when they have
/// the same type, their day spans overlap, and they share a participant (an
/// actor or, failing actors on one side, a place). Names are compared without
/// titles and accents ("le Premier ministre Emmanuel Dorval" and "Emmanuel
/// Dorval (Premier ministre)" are one person). The merged event keeps the first
/// report's text and date, the union of participants, and every source.
public struct EventMerger: Sendable {
    public init() {}

    /// The events with the reports of one happening merged, in their original order.
    public func merge(_ events: [Event]) -> [Event] {
        var result: [Event] = []
        // Candidates by type, so only like events are compared.
        var byType: [EventType: [Int]] = [:]
        for event in events {
            if event.when != nil, let index = byType[event.type]?.first(where: { Self.sameHappening(result[$0], event) }) {
                result[index] = Self.combine(result[index], event)
                continue
            }
            byType[event.type, default: []].append(result.count)
            result.append(event)
        }
        return result
    }

    static func sameHappening(_ a: Event, _ b: Event) -> Bool {
        guard a.type == b.type, !a.sources.contains(where: { $0.document == b.document }),
              let aStart = a.when?.start, let aEnd = a.when?.end, let bStart = b.when?.start, let bEnd = b.when?.end,
              aStart <= bEnd, bStart <= aEnd else { return false }
        let actors = Set(a.actors.map(key)), otherActors = Set(b.actors.map(key))
        if !actors.isDisjoint(with: otherActors) { return true }
        if actors.isEmpty || otherActors.isEmpty {
            return !Set(a.places.map(key)).isDisjoint(with: Set(b.places.map(key)))
        }
        return false
    }

    static func combine(_ first: Event, _ second: Event) -> Event {
        var merged = first
        for actor in second.actors where !merged.actors.map(key).contains(key(actor)) { merged.actors.append(actor) }
        for place in second.places where !merged.places.map(key).contains(key(place)) { merged.places.append(place) }
        merged.sources += second.sources
        if let value = first.when, let other = second.when, other.certainty < value.certainty {
            merged.when = other
        }
        return merged
    }

    /// A name without its title in parentheses, folded: "Emmanuel Dorval (Premier ministre)" → "emmanuel dorval".
    static func key(_ name: String) -> String {
        let bare = name.split(separator: "(").first.map(String.init) ?? name
        return Folding.fold(bare).split(whereSeparator: { $0 == " " || $0 == "'" }).joined(separator: " ")
    }
}
