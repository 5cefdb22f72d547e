/// What `EventMerger` compares of an event, in a form cheap to compare and to copy: its days as
/// numbers, and the folded names of its actors, places and source documents as small integers,
/// kept in the merge's `NameTable` (the facts hold where their lists lie). Facts are compared
/// within one event type, which they therefore leave out.
struct MergeFacts {
    /// The first and last day numbers of the event's value (the facts are of dated events).
    var start: Int
    var end: Int
    /// The days the merge index files the event under (`EventMerger.days`), as first read: they
    /// stay when an absorbed report's more certain date replaces `start` and `end`.
    var firstDay: Int
    var lastDay: Int
    /// The event's own document.
    var document: Int32
    /// Every document its sources name.
    var documents: NameList
    /// One name per actor, in the order of `Event.actors` (see `EventMerger.key`).
    var actors: NameList
    /// One name per place, in the order of `Event.places`.
    var places: NameList

    var days: ClosedRange<Int> { firstDay...lastDay }

    /// The facts of a dated event (`EventMerger.days(of:)` is not nil), read field by field
    /// where it lies: passed whole, even `borrowing`, the event was copied (each of its strings
    /// and arrays retained, then released), a tenth of the merge.
    /// `document` is the number of the event's document, if the caller knows it (`DocumentNumbers`).
    init(of event: UnsafePointer<Event>, document: Int32?, names: inout NameTable) {
        let (start, end) = (event.pointee.when!.start!.dayNumber, event.pointee.when!.end!.dayNumber)
        (self.start, self.end) = (start, end)
        let days = EventMerger.days(from: start, to: end)
        (firstDay, lastDay) = (days.lowerBound, days.upperBound)
        let document = document ?? names.id(ofDocument: event.pointee.document)
        self.document = document
        if let sources = event.pointee.storedSources {
            documents = names.list(ofDocuments: sources.lazy.map(\.document))
        } else {
            documents = names.list(CollectionOfOne(document))
        }
        actors = names.list(ofNames: event.pointee.actors)
        places = names.list(ofNames: event.pointee.places)
    }

    /// Whether `other`, an event of the same type from an article that does not report this one
    /// already, reports the same happening: overlapping days, a shared actor or, failing actors
    /// on one side, a shared place.
    func sameHappening(as other: MergeFacts, in names: NameTable) -> Bool {
        guard start <= other.end, other.start <= end else { return false }
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
    /// The numbers the chronology gives its documents, if the merge was given them: a document
    /// it lacks is numbered from `known.count` on.
    private let known: WordMap<Int32>?
    private var lists: [Int32] = []

    init(known: WordMap<Int32>? = nil) { self.known = known }

    /// The number of a participant's name, compared without title and accents (`EventMerger.key`).
    mutating func id(ofName name: String) -> Int32 {
        let spelling = spellings.lookUp(name)
        if let id = spelling.value { return id }
        let key = EventMerger.key(name)
        let known = names.lookUp(key)
        let id = known.value ?? Int32(names.count)
        if known.value == nil { names.insert(key, id, hash: known.hash) }
        spellings.insert(name, id, hash: spelling.hash)
        return id
    }

    mutating func id(ofDocument document: String) -> Int32 {
        if let known, let id = known[document] { return id }
        let found = documents.lookUp(document)
        if let id = found.value { return id }
        let id = Int32((known?.count ?? 0) + documents.count)
        documents.insert(document, id, hash: found.hash)
        return id
    }

    /// Stores the numbers of `names` (`id(ofName:)`) as a list; returns where it lies.
    mutating func list(ofNames names: [String]) -> NameList {
        let start = lists.count
        for name in names { lists.append(id(ofName: name)) }
        return NameList(start: start, end: lists.count)
    }

    /// Stores the numbers of `documents` (`id(ofDocument:)`) as a list; returns where it lies.
    mutating func list(ofDocuments documents: some Sequence<String>) -> NameList {
        let start = lists.count
        for document in documents { lists.append(id(ofDocument: document)) }
        return NameList(start: start, end: lists.count)
    }

    /// Stores a list of numbers; returns where it lies.
    mutating func list(_ numbers: some Collection<Int32>) -> NameList {
        lists += numbers
        return NameList(start: lists.count - numbers.count, end: lists.count)
    }

    /// Makes `list` hold `numbers`, which begin with its own: in place while its room lasts,
    /// else moved to the end of the table with room for as many again. (Stored anew at each
    /// growth, the lists of the events that absorb many reports filled the table with their old
    /// copies: 7.2 million numbers for the largest type of the 200 MB bench corpus, 1.3 million
    /// with room kept.)
    mutating func extend(_ list: inout NameList, to numbers: [Int32]) {
        guard numbers.count > list.count else { return }
        if numbers.count <= list.room {
            for index in Int(list.count)..<numbers.count { lists[Int(list.start) + index] = numbers[index] }
            list.count = Int32(numbers.count)
            return
        }
        let start = lists.count
        lists += numbers
        lists += repeatElement(0, count: numbers.count)
        list = NameList(start: start, end: start + numbers.count, room: 2 * numbers.count)
    }

    /// A list stored by `list`.
    subscript(list: NameList) -> ArraySlice<Int32> { lists[Int(list.start)..<Int(list.start) + Int(list.count)] }
}

/// Where a list of `NameTable` lies, and how many numbers the table keeps room for there:
/// twelve bytes, where a `Range<Int>` takes sixteen.
struct NameList {
    var start: Int32
    var count: Int32
    var room: Int32

    init(start: Int, end: Int, room: Int? = nil) {
        self.start = Int32(start)
        count = Int32(end - start)
        self.room = Int32(room ?? end - start)
    }
}
