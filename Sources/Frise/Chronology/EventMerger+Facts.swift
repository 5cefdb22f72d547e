/// What `EventMerger` compares of an event, in a form cheap to compare: its type, its days as
/// numbers, and the folded names of its actors, places and source documents as small integers.
struct MergeFacts {
    var type: EventType
    var start: Int?
    var end: Int?
    /// The days the merge index files the event under (`EventMerger.days`); nil when undated.
    var days: ClosedRange<Int>?
    /// The event's own document.
    var document: Int32
    /// Every document that reports it.
    var documents: [Int32]
    /// One name per actor, in the order of `Event.actors` (see `EventMerger.key`).
    var actors: [Int32]
    /// One name per place, in the order of `Event.places`.
    var places: [Int32]

    init(_ event: Event, names: inout NameTable) {
        type = event.type
        start = event.when?.start?.dayNumber
        end = event.when?.end?.dayNumber
        days = EventMerger.days(of: event)
        document = names.id(ofDocument: event.document)
        documents = event.sources.map { names.id(ofDocument: $0.document) }
        actors = event.actors.map { names.id(ofName: $0) }
        places = event.places.map { names.id(ofName: $0) }
    }

    /// Whether `other`, an event of another article, reports the same happening: same type,
    /// overlapping days, a shared actor or, failing actors on one side, a shared place.
    func sameHappening(as other: MergeFacts) -> Bool {
        guard type == other.type, !documents.contains(other.document),
              let start, let end, let otherStart = other.start, let otherEnd = other.end,
              start <= otherEnd, otherStart <= end else { return false }
        if actors.contains(where: other.actors.contains) { return true }
        if actors.isEmpty || other.actors.isEmpty { return places.contains(where: other.places.contains) }
        return false
    }
}

/// Small integers for the names and documents of one merge: equal keys, equal numbers.
struct NameTable {
    private var names: [String: Int32] = [:]
    /// The numbers of names as written, so that each spelling is folded once.
    private var spellings: [String: Int32] = [:]
    private var documents: [String: Int32] = [:]

    /// The number of a participant's name, compared without title and accents (`EventMerger.key`).
    mutating func id(ofName name: String) -> Int32 {
        if let id = spellings[name] { return id }
        let key = EventMerger.key(name)
        let id = names[key] ?? Int32(names.count)
        names[key] = id
        spellings[name] = id
        return id
    }

    mutating func id(ofDocument document: String) -> Int32 {
        if let id = documents[document] { return id }
        let id = Int32(documents.count)
        documents[document] = id
        return id
    }
}
