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
    /// Candidates are looked up by type and day, and compared on compact facts (day numbers,
    /// interned names), so the work grows with the number of events times the events of one
    /// type on one day, and each comparison costs a few integer tests.
    public func merge(_ events: [Event]) -> [Event] {
        var result: [Event] = []
        var facts: [MergeFacts] = []
        var names = NameTable()
        var byTypeAndDay: [Key: [Int]] = [:]
        var absorbedInto: [String: String] = [:]  // merged-away id → the id of the event that kept it
        for event in events {
            let eventFacts = MergeFacts(event, names: &names)
            guard let days = Self.days(of: event) else {
                result.append(event)
                facts.append(eventFacts)
                continue
            }
            var match = Int.max  // the earliest event that reports the same happening
            for day in days {
                for candidate in byTypeAndDay[Key(type: event.type, day: day)] ?? [] where candidate < match {
                    if facts[candidate].sameHappening(as: eventFacts) { match = candidate }
                }
            }
            if match != Int.max {
                Self.absorb(event, eventFacts, into: &result[match], facts: &facts[match])
                absorbedInto[event.id] = result[match].id
                continue
            }
            for day in days { byTypeAndDay[Key(type: event.type, day: day), default: []].append(result.count) }
            result.append(event)
            facts.append(eventFacts)
        }
        // An event that inherited its date from a merged-away report now inherits it from the
        // event that absorbed that report (found by fuzzing: the id it named no longer existed).
        guard !absorbedInto.isEmpty else { return result }
        for index in result.indices {
            guard let inherited = result[index].inheritedFrom, let target = absorbedInto[inherited] else { continue }
            result[index].inheritedFrom = target == result[index].id ? nil : target
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
        var names = NameTable()
        return MergeFacts(a, names: &names).sameHappening(as: MergeFacts(b, names: &names))
    }

    static func combine(_ first: Event, _ second: Event) -> Event {
        var names = NameTable()
        var merged = first, facts = MergeFacts(first, names: &names)
        absorb(second, MergeFacts(second, names: &names), into: &merged, facts: &facts)
        return merged
    }

    /// Adds `second`'s report to `merged`: its new participants (one per name, titles and
    /// accents aside), its sources, and its date when that is more certain.
    static func absorb(_ second: Event, _ secondFacts: MergeFacts, into merged: inout Event, facts: inout MergeFacts) {
        for (actor, name) in zip(second.actors, secondFacts.actors) where !facts.actors.contains(name) {
            merged.actors.append(actor)
            merged.roles[actor] = second.roles[actor]
            facts.actors.append(name)
        }
        for (place, name) in zip(second.places, secondFacts.places) where !facts.places.contains(name) {
            merged.places.append(place)
            facts.places.append(name)
        }
        merged.sources += second.sources
        facts.documents += secondFacts.documents
        if let value = merged.when, let other = second.when, other.certainty < value.certainty {
            merged.when = other
            (facts.start, facts.end) = (secondFacts.start, secondFacts.end)
        }
    }

    /// A name without its title in parentheses, folded: "Emmanuel Dorval (Premier ministre)" → "emmanuel dorval".
    static func key(_ name: String) -> String {
        let bare = name.split(separator: "(").first.map(String.init) ?? name
        return Folding.fold(bare).split(whereSeparator: { $0 == " " || $0 == "'" }).joined(separator: " ")
    }
}
