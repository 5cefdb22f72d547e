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
    ///
    /// Candidates are looked up by type and day, so the work grows with the number of
    /// events, not its square.
    public func merge(_ events: [Event]) -> [Event] {
        var result: [Event] = []
        var byTypeAndDay: [Key: [Int]] = [:]
        for event in events {
            guard let days = Self.days(of: event) else {
                result.append(event)
                continue
            }
            let candidates = days.flatMap { byTypeAndDay[Key(type: event.type, day: $0)] ?? [] }
            if let match = candidates.sorted().first(where: { Self.sameHappening(result[$0], event) }) {
                result[match] = Self.combine(result[match], event)
                continue
            }
            for day in days { byTypeAndDay[Key(type: event.type, day: day), default: []].append(result.count) }
            result.append(event)
        }
        return result
    }

    struct Key: Hashable {
        var type: EventType
        var day: Int
    }

    /// The day numbers an event covers, the first 31 of a long span; nil when undated.
    static func days(of event: Event) -> [Int]? {
        guard let start = event.when?.start, let end = event.when?.end else { return nil }
        return Array(start.dayNumber...min(end.dayNumber, start.dayNumber + 30))
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
        for actor in second.actors where !merged.actors.map(key).contains(key(actor)) {
            merged.actors.append(actor)
            merged.roles[actor] = second.roles[actor]
        }
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
