/// Orders the events of one or many articles into a chronology.
///
/// The order is total and deterministic: dated events by start day, then end
/// day (a value with no end: its start day), then document id, then offset of the
/// trigger; undated events after all dated ones, by document and offset.
public struct ChronologyBuilder: Sendable {
    /// The events added, in order, in chunks of `chunkSize`; joined into one array by `build`.
    /// Large chunks, not one array per article: the allocator maps each apart and gives it back
    /// to the system once copied, where small arrays would leave holes among the events' strings.
    private var chunks: [[Event]] = []
    /// The events of a chunk: 26 MB of 200-byte events (`EventStorageTests`), a block mimalloc
    /// (`frise`'s allocator) gives a segment of its own.
    static let chunkSize = 1 << 17
    private var documents: [DocumentInfo] = []
    /// One copy of each headline, sentence and name, that equal texts of many events share, once
    /// the chronology holds `poolingFrom` events.
    private var texts = TextPool()
    /// The number of events from which the texts are pooled: those added so far, then each one
    /// added after. The pool saves memory where memory counts, on large chronologies (a fifth of
    /// the 200 MB bench corpus's), and costs time (looking up every text, comparing its bytes
    /// with the copy found): below 2¹⁸ events (some 45 MB of news) a chronology takes some
    /// 100 MB with or without it, and `frise timeline` on 10 MB ran 5% faster on one job
    /// without it, 14% on two (the pool is the calling thread's work, beside the workers').
    let poolingFrom: Int
    private var pooling = false
    private var usedIDs: Set<String> = []

    public init() { self.init(poolingFrom: 1 << 18) }

    init(poolingFrom: Int) { self.poolingFrom = poolingFrom }

    /// How many events were added (before any merge).
    public var count: Int { chunks.reduce(0) { $0 + $1.count } }

    /// The article with an id no earlier article of this chronology has: two files named
    /// `a.txt` in different folders become `a` and `a-2`.
    ///
    /// The id keeps only characters XML can carry (a file named `a\u{1}.txt` is `a`), so that ids
    /// unique here stay unique, and non-empty, in the XML output (found by fuzzing).
    public mutating func admit(_ article: Article) -> Article {
        var admitted = article
        let cleaned = XMLText.sanitized(article.id)
        let base = cleaned.isEmpty ? "document" : cleaned
        admitted.id = base
        var suffix = 2
        while !usedIDs.insert(admitted.id).inserted {  // one look-up for an id not taken
            admitted.id = "\(base)-\(suffix)"
            suffix += 1
        }
        return admitted
    }

    /// Adds an article's events.
    public mutating func add(_ articleEvents: [Event], of tagged: TaggedArticle) {
        add(articleEvents, of: Self.document(of: tagged))
    }

    /// Adds the events of the article `document` describes (events read back from
    /// `frise events`, for instance: see `EventLineReader`).
    public mutating func add(_ articleEvents: consuming [Event], of document: DocumentInfo) {
        var events = consume articleEvents
        if chunks.isEmpty || chunks[chunks.count - 1].count + events.count > Self.chunkSize {
            chunks.append([])
            chunks[chunks.count - 1].reserveCapacity(max(Self.chunkSize, events.count))
        }
        if pooling { texts.share(&events) }
        // Moved, not copied: a copy retained each event's strings and arrays, and freeing the
        // article's array released them all again (atomic operations, some thirty an event).
        events.withUnsafeMutableBufferPointer { chunks[chunks.count - 1].append(contentsOf: Moved(from: $0)) }
        documents.append(document)
        // The documents of one file name it with one string, kept once (each article was read
        // with a copy of its own: `ArticleInput`).
        if documents.count > 1, documents[documents.count - 2].source == document.source {
            documents[documents.count - 1].source = documents[documents.count - 2].source
        }
        if !pooling, count >= poolingFrom {
            pooling = true
            for index in chunks.indices { texts.share(&chunks[index]) }
        }
    }

    /// What a chronology records about a tagged article.
    public static func document(of tagged: TaggedArticle) -> DocumentInfo {
        let article = tagged.article
        return DocumentInfo(
            id: article.id, source: article.source, date: article.date, referenceDay: tagged.anchor,
            title: article.title)
    }

    /// The chronology of everything added so far: reports of one happening by several articles
    /// merged (see `EventMerger`), then the filter applied, then ordered.
    ///
    /// The builder gives its events up to the chronology (it is left empty): they are joined,
    /// reordered and merged in one array, never two copies of them at once. The merge runs on
    /// up to `jobs` threads; the chronology is the same whatever `jobs` is.
    public mutating func build(filter: EventFilter = EventFilter(), jobs: Int = 1) -> Chronology {
        defer { self = ChronologyBuilder(poolingFrom: poolingFrom) }
        texts = TextPool()
        var all = Self.join(&chunks, jobs: jobs)
        // Each event's document rank, from the order to the merge (which numbers documents by
        // them, and cuts them along with the events) and on to the second order.
        var numbers: EventMerger.DocumentNumbers? = Self.order(&all, jobs: jobs)
        EventMerger().merge(&all, jobs: jobs, documents: &numbers)
        var ranks = numbers!.ofEvents
        let merged = all.count
        if !filter.isEmpty {
            let rejected = all.map { !filter.accepts($0) }  // each event asked once
            all.removeAll(flaggedIn: rejected)
            ranks.removeAll(flaggedIn: rejected)
        }
        if all.count < merged {
            // `inheritedFrom` names an event of the chronology: a filtered-out one is no longer named.
            let ids = Set(all.map(\.id))
            for index in all.indices where all[index].inheritedFrom.map({ !ids.contains($0) }) == true {
                all[index].inheritedFrom = nil
            }
        }
        // A merged event takes the date of the more certain report it absorbs, which may move it.
        // When nothing moved (news articles seldom disagree on a date: the French TimeBank's
        // articles ×100), a look at each pair spares the keys and the sort.
        if !Self.isOrdered(all) { Self.order(&all, jobs: jobs, documentRanks: ranks) }
        return Chronology(events: all, documents: documents.sorted { $0.id < $1.id })
    }

    /// Events moved into the room of the array they are appended to (see `move`).
    private struct Moved: Sequence {
        let source: UnsafeMutableBufferPointer<Event>

        init(from source: UnsafeMutableBufferPointer<Event>) { self.source = source }

        var underestimatedCount: Int { source.count }

        func makeIterator() -> EmptyCollection<Event>.Iterator { EmptyCollection.Iterator() }

        func _copyContents(
            initializing room: UnsafeMutableBufferPointer<Event>
        ) -> (EmptyCollection<Event>.Iterator, Int) {
            guard let to = room.baseAddress else { return (EmptyCollection.Iterator(), 0) }
            // The room holds them all (`append(contentsOf:)` makes room for `underestimatedCount`).
            precondition(room.count >= source.count)
            ChronologyBuilder.move(source, to: to)
            return (EmptyCollection.Iterator(), source.count)
        }
    }

    /// Moves the events of `source` to `destination`, not copied (no reference counting), and
    /// leaves `source` vacated (`EventMerger.vacated`: nothing to release when it is freed).
    private static func move(_ source: UnsafeMutableBufferPointer<Event>, to destination: UnsafeMutablePointer<Event>) {
        guard let from = source.baseAddress else { return }
        destination.moveInitialize(from: from, count: source.count)
        from.initialize(repeating: EventMerger.vacated, count: source.count)
    }

    /// The chunks' events in one array, each chunk freed once its events are moved: one array of
    /// events at a time, besides the chunks being moved. A single chunk is the array itself;
    /// more are moved on up to `jobs` threads, each chunk to its place (a fresh array's pages
    /// are first written there: the page faults, most of a join's time, are shared too).
    static func join(_ chunks: inout [[Event]], jobs: Int) -> [Event] {
        if chunks.count <= 1 { return chunks.popLast() ?? [] }
        var offsets: [Int] = []
        var total = 0
        for chunk in chunks {
            offsets.append(total)
            total += chunk.count
        }
        return [Event](unsafeUninitializedCapacity: total) { buffer, initialized in
            let target = SharedBuffer(buffer)
            chunks.withUnsafeMutableBufferPointer { chunks in
                let sources = SharedBuffer(chunks)
                _ = Parallel.map(Array(chunks.indices), jobs: jobs) { [offsets] index in
                    var chunk: [Event] = []
                    swap(&chunk, &sources.buffer[index])  // taken out: freed when this closure ends
                    chunk.withUnsafeMutableBufferPointer { source in
                        // The chunk keeps blanks, cheap to free.
                        guard let to = target.buffer.baseAddress else { return }
                        move(source, to: to + offsets[index])
                    }
                }
            }
            initialized = total
        }
    }

    /// Whether every event is in chronology order with the next one.
    static func isOrdered(_ events: [Event]) -> Bool {
        events.indices.dropLast().allSatisfy { !precedes(events[$0 + 1], events[$0]) }
    }

    /// Puts the events in chronology order, equal ones in their given order. The order is read
    /// from small integer keys (documents by their rank among the ids) and applied in place,
    /// cycle by cycle: no second array of events. Returns each event's document rank, in the new
    /// order, and the rank of each id: the merge numbers documents by them, and the second order
    /// (after the merge) reads them rather than sorting the ids again, where an article's events
    /// no longer lie together (a run of ids for nearly every event).
    @discardableResult
    static func order(_ events: inout [Event], jobs: Int = 1) -> EventMerger.DocumentNumbers {
        // An article's events lie together: ranked once per run of them.
        let runs = documentRuns(of: events)
        let ids = runs.map { events[$0.lowerBound].document }
        let ranks = ranks(of: ids)
        // Made at its size: grown from empty, the table was placed anew at each doubling, each
        // time in memory the process had not touched yet (a page fault per page).
        var table = WordMap<Int32>(minimumCapacity: ids.count)
        for (id, rank) in zip(ids, ranks) {
            let (known, hash) = table.lookUp(id)
            if known == nil { table.insert(id, rank, hash: hash) }
        }
        var keys: [OrderKey] = []
        keys.reserveCapacity(events.count)
        for (run, rank) in zip(runs, ranks) {
            for index in run { keys.append(OrderKey(events[index], document: rank, index: index)) }
        }
        return EventMerger.DocumentNumbers(ofEvents: place(&events, by: &keys, jobs: jobs), table: table)
    }

    /// `order`, the rank of each event's document given (as the first order returned it, the
    /// events since cut): no id looked up.
    @discardableResult
    static func order(_ events: inout [Event], jobs: Int, documentRanks: [Int32]) -> [Int32] {
        var keys: [OrderKey] = []
        keys.reserveCapacity(events.count)
        for index in events.indices { keys.append(OrderKey(events[index], document: documentRanks[index], index: index)) }
        return place(&events, by: &keys, jobs: jobs)
    }

    /// Puts the events in the order of their keys, sorted here (see `InPlacePermutation`: on up
    /// to `jobs` threads); returns the keys' document ranks in that order.
    private static func place(_ events: inout [Event], by keys: inout [OrderKey], jobs: Int) -> [Int32] {
        sort(&keys, jobs: jobs)
        let from = keys.map { Int32(truncatingIfNeeded: $0.index) }
        events.withUnsafeMutableBufferPointer { InPlacePermutation.apply(to: $0, from: from, jobs: jobs) }
        return keys.map(\.document)
    }

    /// Sorts order keys; with jobs and keys enough, each half in place on a thread of its own,
    /// then the two merged (the order is total, so the result is the same). Only the first half
    /// is copied aside for the merge: sorted copies of both halves held the keys twice over at
    /// the chronology's peak (54 MB more for 1.7 million events).
    static func sort(_ keys: inout [OrderKey], jobs: Int) {
        guard jobs > 1, keys.count >= 1 << 14 else {
            keys.sort { $0.precedes($1) }
            return
        }
        let middle = keys.count / 2
        keys.withUnsafeMutableBufferPointer { buffer in
            let shared = SharedBuffer(buffer)
            _ = Parallel.map([0..<middle, middle..<buffer.count], jobs: 2) { range in
                var half = UnsafeMutableBufferPointer(rebasing: shared.buffer[range])
                half.sort { $0.precedes($1) }
            }
        }
        // Merged from the front: position = i + (j - middle) stays below j while the first half
        // lasts, so no key of the second half is overwritten before it is read; once the first
        // half is used up, the rest of the second is in place.
        let first = Array(keys[..<middle])
        var (i, j) = (0, middle)
        while i < first.count {
            if j == keys.count || first[i].precedes(keys[j]) {
                keys[i + j - middle] = first[i]
                i += 1
            } else {
                keys[i + j - middle] = keys[j]
                j += 1
            }
        }
    }

    /// The runs of events of one document, in order.
    static func documentRuns(of events: [Event]) -> [Range<Int>] {
        var runs: [Range<Int>] = []
        var start = 0
        for index in events.indices.dropFirst() where events[index].document != events[index - 1].document {
            runs.append(start..<index)
            start = index
        }
        if !events.isEmpty { runs.append(start..<events.count) }
        return runs
    }

    /// The rank of each id among `ids` in `String` order, equal ids sharing one: the ids sorted
    /// once, by their positions (ranked by a table of the ids, each was hashed twice and looked
    /// up once more, two thirds of the ranking).
    static func ranks(of ids: [String]) -> [Int32] {
        let sorted = ids.indices.sorted { ids[$0] < ids[$1] }
        var ranks = [Int32](repeating: 0, count: ids.count)
        var rank: Int32 = 0
        for (position, index) in sorted.enumerated() {
            if position > 0 && ids[index] != ids[sorted[position - 1]] { rank += 1 }
            ranks[index] = rank
        }
        return ranks
    }

    /// The chronology order: start day, end day, document id, trigger offset.
    public static func precedes(_ a: Event, _ b: Event) -> Bool {
        let (x, y) = (OrderKey(a, document: 0, index: 0), OrderKey(b, document: 0, index: 0))
        if let order = x.daysPrecede(y) { return order }
        if a.document != b.document { return a.document < b.document }
        return x.offset < y.offset
    }

    /// What the chronology order reads of an event: start and end days (`Int.max` when
    /// undated), its document's rank, the trigger's offset; and the event's index, which
    /// orders equal events as given.
    struct OrderKey {
        var start: Int
        var end: Int
        var offset: Int
        var document: Int32
        /// The event's index (an array of events in memory holds far fewer than 2³¹): 32 bytes a
        /// key, not 40.
        private var storedIndex: Int32
        var index: Int { Int(storedIndex) }

        init(_ event: Event, document: Int32, index: Int) {
            start = event.when?.start?.dayNumber ?? .max
            // A value with a start and no end sorts as its first day. (Ends were compared only
            // when both were known: then 1–5 of a, 1–? of b and 1–3 of c ordered a < b < c < a,
            // no order at all, and how such events came out hung on the sort's own steps.)
            end = event.when?.end?.dayNumber ?? start
            self.document = document
            offset = event.trigger.start
            storedIndex = Int32(index)
        }

        /// The order of the days, if they tell: an undated start after all dated ones, then the
        /// end (an unknown one after every known one of an undated start).
        func daysPrecede(_ other: OrderKey) -> Bool? {
            if start != other.start { return start < other.start }
            if end != other.end { return end < other.end }
            return nil
        }

        /// The order of keys: a tuple's, field by field.
        func precedes(_ other: OrderKey) -> Bool {
            (start, end, document, offset, storedIndex) < (other.start, other.end, other.document, other.offset, other.storedIndex)
        }
    }
}
