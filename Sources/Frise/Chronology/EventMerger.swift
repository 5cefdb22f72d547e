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
        facts.reserveCapacity(events.count)
        var names = NameTable()
        // The kept events of each type, week and participant, as linked lists in one array:
        // `latest[key]` is the last link of the key, `links[link]` an event and the link before it
        // (-1 ends). Weeks, not days: an event of a month registers in five weeks, not thirty-one.
        // Participants too: reports of one happening share an actor or a place, so a report is
        // compared only with those, not with every report of its type and week (quadratic on a
        // large corpus).
        var latest: [Key: Int32] = [:]
        var links: [(event: Int32, previous: Int32)] = []
        func register(_ event: Int, under keys: [Key]) {
            for key in keys {
                links.append((Int32(event), latest[key] ?? -1))
                latest[key] = Int32(links.count - 1)
            }
        }
        // The merged-away reports that an event inherits its date from → the event that kept each.
        let inheritedFrom = Set(events.compactMap(\.inheritedFrom))
        var absorbedInto: [String: Int32] = [:]
        // Which documents report each kept event: a set of pairs, not a list per event that
        // each merge would copy longer.
        var reports: Set<Report> = []
        func record(_ reported: MergeFacts, by event: Int) {
            for document in names[reported.documents] { reports.insert(Report(event: Int32(event), document: document)) }
        }
        for index in events.indices {
            let eventFacts = MergeFacts(events[index], names: &names)
            guard let days = eventFacts.days else {  // `EventMerger.days`, read once by the facts
                events.swapAt(kept, index)
                kept += 1
                facts.append(eventFacts)
                continue
            }
            var match = Int.max  // the earliest event that reports the same happening
            let keys = Self.keys(of: eventFacts, days: days, in: names)
            for key in keys {
                var link = latest[key] ?? -1
                while link >= 0 {
                    let candidate = Int(links[Int(link)].event)
                    if candidate < match, facts[candidate].days?.overlaps(days) == true,
                       !reports.contains(Report(event: Int32(candidate), document: eventFacts.document)),
                       facts[candidate].sameHappening(as: eventFacts, in: names) {
                        match = candidate
                    }
                    link = links[Int(link)].previous
                }
            }
            if match != Int.max {
                // Taken out of the array, the merged-away report frees now what the kept event
                // does not share (headline, names), for the merge's own allocations to reuse.
                let event = events[index]
                events[index] = Self.vacated
                Self.absorb(event, eventFacts, into: &events[match], facts: &facts[match], names: &names)
                // The kept event is now also found by the participants the report adds.
                if let keptDays = facts[match].days {
                    register(match, under: Self.keys(of: eventFacts, days: keptDays, in: names))
                }
                record(eventFacts, by: match)
                let id = event.id
                if inheritedFrom.contains(id) { absorbedInto[id] = Int32(match) }
                continue
            }
            facts.append(eventFacts)
            register(kept, under: keys)
            record(eventFacts, by: kept)
            events.swapAt(kept, index)
            kept += 1
        }
        events.removeLast(events.count - kept)
        // An event that inherited its date from a merged-away report now inherits it from the
        // event that absorbed that report (found by fuzzing: the id it named no longer existed).
        guard !absorbedInto.isEmpty else { return }
        for index in events.indices {
            guard let inherited = events[index].inheritedFrom, let target = absorbedInto[inherited] else { continue }
            let id = events[Int(target)].id
            events[index].inheritedFrom = id == events[index].id ? nil : id
        }
    }

    /// What is left in the place of a merged-away report until the array is cut: nothing allocated.
    static let vacated = Event(
        id: "", document: "", trigger: TextSpan(start: 0, end: 0, text: ""), eventClass: .occurrence, type: .other,
        when: nil, timexes: [], actors: [], places: [], headline: "", sentence: TextSpan(start: 0, end: 0, text: ""))

    /// A type, a week and a participant in one integer (the index's dictionary holds millions):
    /// the type's number in the top byte, the week's low 24 bits, then the participant's name
    /// number doubled, plus one for a place.
    typealias Key = Int64

    static let typeNumbers = Dictionary(uniqueKeysWithValues: EventType.allCases.enumerated().map { ($1, Int64($0)) })

    /// The keys a report is filed and looked up under: its type, each week of `days`, and each
    /// of its actors and places.
    static func keys(of reported: MergeFacts, days: ClosedRange<Int>, in names: NameTable) -> [Key] {
        let participants = names[reported.actors].map { Int64($0) * 2 } + names[reported.places].map { Int64($0) * 2 + 1 }
        let type = typeNumbers[reported.type]! << 56
        return weeks(of: days).flatMap { week in
            participants.map { type | (Int64(week) & 0xFF_FFFF) << 32 | $0 }
        }
    }

    /// A kept event (its index) and a document that reports it.
    struct Report: Hashable {
        var event: Int32
        var document: Int32
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

    /// Adds `second`'s report to `merged`: its new participants (one per name, titles and
    /// accents aside), its sources, and its date when that is more certain. (Its documents are
    /// the merge's to record.)
    static func absorb(
        _ second: Event, _ secondFacts: MergeFacts, into merged: inout Event, facts: inout MergeFacts,
        names: inout NameTable
    ) {
        var actors = Array(names[facts.actors]), places = Array(names[facts.places])
        for (actor, name) in zip(second.actors, names[secondFacts.actors]) where !actors.contains(name) {
            merged.actors.append(actor)
            merged.setRole(second.role(of: actor), of: actor)
            actors.append(name)
        }
        for (place, name) in zip(second.places, names[secondFacts.places]) where !places.contains(name) {
            merged.places.append(place)
            places.append(name)
        }
        merged.sources += second.sources
        // A longer list goes to the end of the table: lists are only ever added.
        if actors.count > facts.actors.count { facts.actors = names.list(actors) }
        if places.count > facts.places.count { facts.places = names.list(places) }
        if let value = merged.when, let other = second.when, other.certainty < value.certainty {
            merged.when = other
            (facts.start, facts.end) = (secondFacts.start, secondFacts.end)
        }
    }

    /// A name without its title in parentheses, folded: "Emmanuel Dorval (Premier ministre)" → "emmanuel dorval".
    static func key(_ name: String) -> String {
        var folded: [UInt8] = []
        for scalar in bare(name).unicodeScalars { Folding.appendUTF8(scalar, to: &folded) }
        guard folded.allSatisfy({ $0 < 0x80 }) else {
            let text = String(decoding: folded, as: UTF8.self)
            return text.split(whereSeparator: { $0 == " " || $0 == "'" }).joined(separator: " ")
        }
        // ASCII, as most folded names are: its words split byte by byte, as they would be character by character.
        var key: [UInt8] = [], gap = false
        for byte in folded {
            if byte == UInt8(ascii: " ") || byte == UInt8(ascii: "'") {
                gap = !key.isEmpty
            } else {
                if gap { key.append(UInt8(ascii: " ")) }
                gap = false
                key.append(byte)
            }
        }
        return String(decoding: key, as: UTF8.self)
    }

    /// A name before its title in parentheses: the first piece between "(" that is not empty, as
    /// `name.split(separator: "(")` finds it, or the whole name when there is none.
    static func bare(_ name: String) -> Substring {
        let bytes = Array(name.utf8), opening = UInt8(ascii: "(")
        guard let first = bytes.firstIndex(of: opening) else { return name[...] }
        // A "(" between ASCII bytes is a character of its own: the bytes then split as the characters do.
        let alone = bytes[first...].indices.allSatisfy { index in
            bytes[index] != opening
                || (index == 0 || bytes[index - 1] < 0x80) && (index + 1 == bytes.count || bytes[index + 1] < 0x80)
        }
        guard alone else { return name.split(separator: "(").first ?? name[...] }
        guard let piece = bytes.split(separator: opening).first else { return name[...] }
        let utf8 = name.utf8
        return Substring(utf8[utf8.index(utf8.startIndex, offsetBy: piece.startIndex)..<utf8.index(utf8.startIndex, offsetBy: piece.endIndex)])
    }
}
