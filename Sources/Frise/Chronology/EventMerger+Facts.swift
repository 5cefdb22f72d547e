/// What `EventMerger` compares of an event, in a form cheap to compare and to copy: its type,
/// its days as numbers, and the folded names of its actors, places and source documents as
/// small integers, kept in the merge's `NameTable` (the facts hold where their lists lie).
struct MergeFacts {
    var type: EventType
    var start: Int?
    var end: Int?
    /// The days the merge index files the event under (`EventMerger.days`); nil when undated.
    var days: ClosedRange<Int>?
    /// The event's own document.
    var document: Int32
    /// Every document its sources name.
    var documents: Range<Int>
    /// One name per actor, in the order of `Event.actors` (see `EventMerger.key`).
    var actors: Range<Int>
    /// One name per place, in the order of `Event.places`.
    var places: Range<Int>

    init(_ event: Event, names: inout NameTable) {
        type = event.type
        start = event.when?.start?.dayNumber
        end = event.when?.end?.dayNumber
        days = EventMerger.days(of: event)
        document = names.id(ofDocument: event.document)
        let documentIDs = event.sources.map { names.id(ofDocument: $0.document) }
        documents = names.list(documentIDs)
        actors = names.list(event.actors.map { names.id(ofName: $0) })
        places = names.list(event.places.map { names.id(ofName: $0) })
    }

    /// Whether `other`, an event of an article that does not report this one already, reports
    /// the same happening: same type, overlapping days, a shared actor or, failing actors on
    /// one side, a shared place.
    func sameHappening(as other: MergeFacts, in names: NameTable) -> Bool {
        guard type == other.type, let start, let end, let otherStart = other.start, let otherEnd = other.end,
              start <= otherEnd, otherStart <= end else { return false }
        let actors = names[actors], otherActors = names[other.actors]
        if actors.contains(where: otherActors.contains) { return true }
        if actors.isEmpty || otherActors.isEmpty { return names[places].contains(where: names[other.places].contains) }
        return false
    }
}

/// Small integers for the names and documents of one merge (equal keys, equal numbers), and
/// the lists of them that `MergeFacts` refer to, end to end in one array.
struct NameTable {
    // Word maps: hashed by their UTF-8 bytes, not with SipHash over the NFC form.
    private var names = WordMap<Int32>()
    /// The numbers of names as written, so that each spelling is folded once.
    private var spellings = WordMap<Int32>()
    private var documents = WordMap<Int32>()
    private var lists: [Int32] = []

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

    /// Stores a list of numbers; returns where it lies.
    mutating func list(_ numbers: some Collection<Int32>) -> Range<Int> {
        lists += numbers
        return (lists.count - numbers.count)..<lists.count
    }

    /// A list stored by `list`.
    subscript(list: Range<Int>) -> ArraySlice<Int32> { lists[list] }
}
