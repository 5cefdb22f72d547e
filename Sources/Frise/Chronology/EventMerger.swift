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
    /// Candidates are looked up by type, week and participant, and compared on compact facts
    /// (day numbers, interned names), so each report is compared with the few reports that
    /// could be the same happening, each comparison costing a few integer tests.
    public func merge(_ events: [Event], jobs: Int = 1) -> [Event] {
        var events = events
        merge(&events, jobs: jobs)
        return events
    }

    /// Merges in place: the events that stay move to the front, in their order, and the array
    /// is cut after them.
    ///
    /// Reports of one happening have one type, so each type's dated events merge on their own,
    /// on up to `jobs` threads; the result does not depend on `jobs`.
    public func merge(_ events: inout [Event], jobs: Int = 1) {
        var numbers: DocumentNumbers?
        merge(&events, jobs: jobs, documents: &numbers)
    }

    /// The numbers a chronology gives its documents (equal ids, equal numbers): each event's,
    /// by its place in the events, and the table of them for the documents a merged report's
    /// sources name. The merge then need not number the events' documents itself (one table
    /// insertion a report: a tenth of the merge).
    struct DocumentNumbers {
        /// The number of each event's document, in the events' order.
        var ofEvents: [Int32]
        /// The number of each document id of the events.
        var table: WordMap<Int32>
    }

    /// `merge`, the events' documents numbered by `documents` when given: its numbers are then
    /// cut along with the events, and stay each event's.
    func merge(_ events: inout [Event], jobs: Int, documents: inout DocumentNumbers?) {
        let types = EventType.allCases  // not made again for each event
        var groups = [[Int32]](repeating: [], count: types.count)
        // The merged-away reports that an event inherits its date from (compared by their bytes:
        // ids of one chronology differ by more than normalisation).
        var inheritedFrom = WordSet()
        events.withUnsafeBufferPointer { buffer in
            for index in buffer.indices {
                if let id = buffer[index].inheritedFrom { inheritedFrom.insert(id) }
                guard Self.days(of: buffer[index]) != nil else { continue }  // undated: never merged
                groups[types.firstIndex(of: buffer[index].type)!].append(Int32(index))
            }
        }
        let work = groups.filter { !$0.isEmpty }.sorted { $0.count > $1.count }  // the largest first
        let outcomes = events.withUnsafeMutableBufferPointer { buffer in
            let shared = SharedBuffer(buffer)
            return Parallel.map(work, jobs: jobs) { [inheritedFrom, documents] in
                Self.merge(group: $0, of: shared, inheritedFrom: inheritedFrom, documents: documents)
            }
        }
        // The events left, moved to the front in their order.
        var absorbed = [Bool](repeating: false, count: events.count)
        for outcome in outcomes { for index in outcome.absorbed { absorbed[Int(index)] = true } }
        var newIndex = [Int32](repeating: -1, count: events.count)
        var kept = 0
        events.withUnsafeMutableBufferPointer { buffer in
            // Each run of kept events moved once, whole (a swap per event copied it three
            // times); the places left at the end hold blanks again, for the array to drop.
            guard let base = buffer.baseAddress else { return }
            var index = 0
            while index < buffer.count {
                guard !absorbed[index] else {
                    (base + index).deinitialize(count: 1)  // a blank (see `merge(group:)`)
                    index += 1
                    continue
                }
                var end = index
                while end < buffer.count, !absorbed[end] {
                    newIndex[end] = Int32(kept + end - index)
                    end += 1
                }
                if kept != index { (base + kept).moveInitialize(from: base + index, count: end - index) }
                kept += end - index
                index = end
            }
            (base + kept).initialize(repeating: Self.vacated, count: buffer.count - kept)
        }
        events.removeLast(events.count - kept)
        documents?.ofEvents.removeAll(flaggedIn: absorbed)
        // An event that inherited its date from a merged-away report now inherits it from the
        // event that absorbed that report (found by fuzzing: the id it named no longer existed).
        let inheritors = outcomes.flatMap(\.inheritors).sorted { $0.report < $1.report }
        guard !inheritors.isEmpty else { return }
        var absorbedInto: [String: Int32] = [:]
        for inheritor in inheritors { absorbedInto[inheritor.id] = newIndex[Int(inheritor.event)] }
        for index in events.indices {
            guard let inherited = events[index].inheritedFrom, let target = absorbedInto[inherited] else { continue }
            let id = events[Int(target)].id
            events[index].inheritedFrom = id == events[index].id ? nil : id
        }
    }

    /// What merging one type's events did: the reports it absorbed, and which event absorbed
    /// each report that another event inherits its date from.
    struct GroupOutcome: Sendable {
        var absorbed: [Int32] = []
        var inheritors: [(report: Int32, id: String, event: Int32)] = []
    }

    /// Merges the dated events of one type, at `group` (ascending indexes) of `events`: each
    /// report is absorbed by the earliest event before it that reports the same happening, and
    /// left vacated in its place.
    /// The threads share `events`: each touches only the events of its own type.
    static func merge(
        group: [Int32], of events: SharedBuffer<Event>, inheritedFrom: WordSet, documents: DocumentNumbers? = nil
    ) -> GroupOutcome {
        let events = events.buffer
        var outcome = GroupOutcome()
        // The events kept so far, numbered in order: their facts and their index in `events`.
        var facts: [MergeFacts] = []
        var keptIndex: [Int32] = []
        var names = NameTable(known: documents?.table)
        // The kept events of each week and participant, as linked lists in one array:
        // `latest[key]` is the last link of the key, `links[link]` an event and the link before it
        // (-1 ends). Weeks, not days: an event of a month registers in five weeks, not thirty-one.
        // Participants too: reports of one happening share an actor or a place, so a report is
        // compared only with those, not with every report of its week (quadratic on a large
        // corpus).
        // Both tables sized for as many entries as the type has events: each report files one
        // link or more (one to five on the bench corpora) and is recorded for its document once,
        // and grown from 1,024 slots, the tables' rehashing was a twelfth of the merge.
        var latest = IntegerTable(minimumCapacity: group.count)
        var links: [(event: Int32, previous: Int32)] = []
        func register(_ event: Int, under keys: [Key]) {
            for key in keys {
                links.append((Int32(event), latest[key] ?? -1))
                latest[key] = Int32(links.count - 1)
            }
        }
        // Which documents report each kept event (`Report.key`): a set of pairs, not a list per
        // event that each merge would copy longer.
        var reports = IntegerTable(minimumCapacity: group.count)
        func record(_ reported: MergeFacts, by event: Int) {
            for document in names[reported.documents] { reports[Report.key(event: event, document: document)] = 0 }
        }
        var keys: [Key] = []
        for index in group.lazy.map(Int.init) {
            // Nobody named: no participant to share, never the same happening as another. (Asked
            // here, on the type's thread, not while grouping the events on one: an array's count
            // is read from its storage, elsewhere in memory, and for every event those reads took
            // half of the grouping's time.)
            guard !events[index].actors.isEmpty || !events[index].places.isEmpty else { continue }
            let eventFacts = MergeFacts(of: events.baseAddress! + index, document: documents?.ofEvents[index], names: &names)
            let days = eventFacts.days
            var match = Int.max  // the earliest event that reports the same happening
            Self.keys(actors: names[eventFacts.actors], places: names[eventFacts.places], days: days, into: &keys)
            for key in keys {
                var link = latest[key] ?? -1
                while link >= 0 {
                    let candidate = Int(links[Int(link)].event)
                    if candidate < match, facts[candidate].days.overlaps(days),
                       !reports.contains(Report.key(event: candidate, document: eventFacts.document)),
                       facts[candidate].sameHappening(as: eventFacts, in: names) {
                        match = candidate
                    }
                    link = links[Int(link)].previous
                }
            }
            guard match != Int.max else {
                facts.append(eventFacts)
                keptIndex.append(Int32(index))
                register(facts.count - 1, under: keys)
                record(eventFacts, by: facts.count - 1)
                continue
            }
            // Taken out of the array, the merged-away report frees now what the kept event
            // does not share (headline, names), for the merge's own allocations to reuse.
            var event = Self.vacated
            swap(&event, &events[index])
            let target = keptIndex[match]
            let (actorsBefore, placesBefore) = (Int(facts[match].actors.count), Int(facts[match].places.count))
            Self.absorb(event, eventFacts, into: &events[Int(target)], facts: &facts[match], names: &names)
            // The kept event is now also found by the participants the report adds, and only by
            // those: it is filed under its other ones already. (Filed again under every participant
            // of every report it absorbed, an event many articles report stood many times in the
            // lists of its keys, each walked whole for each later report: on the 200 MB bench
            // corpus, some 27 million looks at candidates against 3.7 million.)
            Self.keys(
                actors: names[facts[match].actors].dropFirst(actorsBefore),
                places: names[facts[match].places].dropFirst(placesBefore), days: facts[match].days, into: &keys)
            register(match, under: keys)
            record(eventFacts, by: match)
            outcome.absorbed.append(Int32(index))
            if !inheritedFrom.isEmpty {
                let id = event.id
                if inheritedFrom.contains(id) { outcome.inheritors.append((Int32(index), id, target)) }
            }
        }
        return outcome
    }

    /// What is left in the place of a merged-away report until the array is cut: nothing allocated.
    static let vacated = Event(
        id: "", document: "", trigger: TextSpan(start: 0, end: 0, text: ""), eventClass: .occurrence, type: .other,
        when: nil, timexes: [], actors: [], places: [], headline: "", sentence: TextSpan(start: 0, end: 0, text: ""))

    /// A week and a participant in one integer (the index holds millions; each type has its
    /// own): the week's low 24 bits in the top half, the participant's name number doubled,
    /// plus one for a place, in the bottom half.
    typealias Key = Int64

    /// The keys a report is filed and looked up under, into `keys`: each week of `days` with
    /// each of the actors and places (their numbers in the merge's `NameTable`).
    static func keys(
        actors: ArraySlice<Int32>, places: ArraySlice<Int32>, days: ClosedRange<Int>, into keys: inout [Key]
    ) {
        keys.removeAll(keepingCapacity: true)
        for week in weeks(of: days) {
            let prefix = (Int64(week) & 0xFF_FFFF) << 32
            for actor in actors { keys.append(prefix | Int64(actor) * 2) }
            for place in places { keys.append(prefix | Int64(place) * 2 + 1) }
        }
    }

    /// A kept event (its index) and a document that reports it, as one key of the merge's set.
    enum Report {
        static func key(event: Int, document: Int32) -> Int64 { Int64(event) << 32 | Int64(document) }
    }

    /// The day numbers an event covers, the first 31 of a long span; nil when undated.
    static func days(of event: Event) -> ClosedRange<Int>? {
        guard let start = event.when?.start, let end = event.when?.end else { return nil }
        return days(from: start.dayNumber, to: end.dayNumber)
    }

    /// The day numbers from `start` to `end`, the first 31 of a long span.
    static func days(from start: Int, to end: Int) -> ClosedRange<Int> { start...min(end, start + 30) }

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
            merged.appendActor(actor, role: second.role(of: actor))
            actors.append(name)
        }
        for (place, name) in zip(second.places, names[secondFacts.places]) where !places.contains(name) {
            merged.places.append(place)
            places.append(name)
        }
        merged.appendSources(of: second)
        names.extend(&facts.actors, to: actors)
        names.extend(&facts.places, to: places)
        if let value = merged.when, let other = second.when, other.certainty < value.certainty {
            merged.when = other
            (facts.start, facts.end) = (secondFacts.start, secondFacts.end)
        }
    }

    /// A name without its title in parentheses, folded: "Emmanuel Dorval (Premier ministre)" → "emmanuel dorval".
    static func key(_ name: String) -> String {
        var name = name
        if let key = name.withUTF8(asciiKey) { return key }
        // The rare name with a scalar that does not fold to ASCII (or a "(" against one): its
        // words split as characters.
        return Folding.fold(bare(name)).split(whereSeparator: { $0 == " " || $0 == "'" }).joined(separator: " ")
    }

    /// `key(name)` in one pass over the name's bytes, when every scalar of its bare piece folds to
    /// one or two ASCII bytes (most names): folded into a buffer on the stack, the runs of bytes
    /// other than space and apostrophe joined by one space. Nil otherwise (`key` then folds the
    /// scalars one by one and splits the words as characters).
    static func asciiKey(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
        guard let piece = bareBytes(bytes) else { return nil }
        let space = UInt8(ascii: " "), apostrophe = UInt8(ascii: "'")
        // A scalar of one byte folds to one byte; of two or more, to at most two.
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: piece.count + 1) { out -> String? in
            var count = 0, gap = false, index = piece.lowerBound
            func put(_ byte: UInt8) {
                if byte == space || byte == apostrophe {
                    gap = true
                    return
                }
                if gap && count > 0 {
                    out[count] = space
                    count += 1
                }
                gap = false
                out[count] = byte
                count += 1
            }
            while index < piece.upperBound {
                let (scalar, length) = Folding.decode(bytes, at: index)
                guard let (first, second) = Folding.asciiFold(scalar) else { return nil }
                put(first)
                if second != 0 { put(second) }
                index += length
            }
            return String(wellFormed: UnsafeBufferPointer(rebasing: out[..<count]).span)
        }
    }

    /// A name before its title in parentheses: the first piece between "(" that is not empty, as
    /// `name.split(separator: "(")` finds it, or the whole name when there is none.
    static func bare(_ name: String) -> Substring {
        var copy = name
        guard let piece = copy.withUTF8(bareBytes) else { return name.split(separator: "(").first ?? name[...] }
        let utf8 = name.utf8
        return Substring(utf8[utf8.index(utf8.startIndex, offsetBy: piece.lowerBound)..<utf8.index(utf8.startIndex, offsetBy: piece.upperBound)])
    }

    /// The bytes of `bare(name)` in the name's UTF-8, when every "(" is a character of its own
    /// (between ASCII bytes, the bytes split as the characters do); nil otherwise.
    static func bareBytes(_ bytes: UnsafeBufferPointer<UInt8>) -> Range<Int>? {
        let opening = UInt8(ascii: "(")
        for index in bytes.indices where bytes[index] == opening {
            let alone = (index == 0 || bytes[index - 1] < 0x80) && (index + 1 == bytes.count || bytes[index + 1] < 0x80)
            guard alone else { return nil }
        }
        var start = 0
        while start < bytes.count {
            var end = start
            while end < bytes.count && bytes[end] != opening { end += 1 }
            if end > start { return start..<end }
            start = end + 1
        }
        return 0..<bytes.count  // no piece: the whole name
    }
}
