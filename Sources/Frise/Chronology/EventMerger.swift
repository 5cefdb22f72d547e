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
        var events = events
        merge(&events)
        return events
    }

    /// Merges in place: the events that stay move to the front, in their order, and the array
    /// is cut after them.
    public func merge(_ events: inout [Event]) {
        var kept = 0
        var facts: [MergeFacts] = []
        var names = NameTable()
        // The kept events of each type and week, as linked lists in one array: `latest[key]` is
        // the last link of the key, `links[link]` an event and the link before it (-1 ends).
        // Weeks, not days: an event of a month registers in five keys, not thirty-one.
        var latest: [Key: Int32] = [:]
        var absorbedInto: [String: String] = [:]  // merged-away id → the id of the event that kept it
        var links: [(event: Int32, previous: Int32)] = []
        for index in events.indices {
            let eventFacts = MergeFacts(events[index], names: &names)
            guard let days = eventFacts.days else {  // `EventMerger.days`, read once by the facts
                events.swapAt(kept, index)
                kept += 1
                facts.append(eventFacts)
                continue
            }
            var match = Int.max  // the earliest event that reports the same happening
            for week in Self.weeks(of: days) {
                var link = latest[Key(type: events[index].type, day: week)] ?? -1
                while link >= 0 {
                    let candidate = Int(links[Int(link)].event)
                    if candidate < match, facts[candidate].days?.overlaps(days) == true,
                       facts[candidate].sameHappening(as: eventFacts) {
                        match = candidate
                    }
                    link = links[Int(link)].previous
                }
            }
            if match != Int.max {
                let event = events[index]
                Self.absorb(event, eventFacts, into: &events[match], facts: &facts[match])
                absorbedInto[event.id] = events[match].id
                continue
            }
            for week in Self.weeks(of: days) {
                let key = Key(type: events[index].type, day: week)
                links.append((Int32(kept), latest[key] ?? -1))
                latest[key] = Int32(links.count - 1)
            }
            events.swapAt(kept, index)
            kept += 1
            facts.append(eventFacts)
        }
        events.removeLast(events.count - kept)
        // An event that inherited its date from a merged-away report now inherits it from the
        // event that absorbed that report (found by fuzzing: the id it named no longer existed).
        guard !absorbedInto.isEmpty else { return }
        for index in events.indices {
            guard let inherited = events[index].inheritedFrom, let target = absorbedInto[inherited] else { continue }
            events[index].inheritedFrom = target == events[index].id ? nil : target
        }
    }

    struct Key: Hashable {
        var type: EventType
        var day: Int
    }

    /// The day numbers an event covers, the first 31 of a long span; nil when undated.
    static func days(of event: Event) -> ClosedRange<Int>? {
        guard let start = event.when?.start, let end = event.when?.end else { return nil }
        return start.dayNumber...min(end.dayNumber, start.dayNumber + 30)
    }

    /// The numbers of the seven-day blocks that days fall in.
    static func weeks(of days: ClosedRange<Int>) -> ClosedRange<Int> {
        func week(_ day: Int) -> Int { day >= 0 ? day / 7 : (day - 6) / 7 }
        return week(days.lowerBound)...week(days.upperBound)
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
