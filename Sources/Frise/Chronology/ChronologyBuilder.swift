/// Orders the events of one or many articles into a chronology.
///
/// The order is total and deterministic: dated events by start day, then end
/// day, then document id, then offset of the trigger; undated events after all
/// dated ones, by document and offset.
public struct ChronologyBuilder: Sendable {
    /// The events added, in order, in chunks of `chunkSize`; joined into one array by `build`.
    /// Large chunks, not one array per article: malloc maps each apart and gives it back to the
    /// system once copied, where small arrays would leave holes among the events' strings.
    private var chunks: [[Event]] = []
    private var eventCount = 0
    /// The events of a chunk: about 40 MB, above the size from which glibc's malloc always maps.
    static let chunkSize = 1 << 17
    private var documents: [DocumentInfo] = []
    /// One copy of each headline, sentence and name, that equal texts of many events share.
    private var texts = TextPool()
    private var usedIDs: Set<String> = []

    public init() {}

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
        while usedIDs.contains(admitted.id) {
            admitted.id = "\(base)-\(suffix)"
            suffix += 1
        }
        usedIDs.insert(admitted.id)
        return admitted
    }

    /// Adds an article's events.
    public mutating func add(_ articleEvents: [Event], of tagged: TaggedArticle) {
        add(articleEvents, of: Self.document(of: tagged))
    }

    /// Adds the events of the article `document` describes (events read back from
    /// `frise events`, for instance: see `EventLineReader`).
    public mutating func add(_ articleEvents: [Event], of document: DocumentInfo) {
        if chunks.isEmpty || chunks[chunks.count - 1].count + articleEvents.count > Self.chunkSize {
            chunks.append([])
            chunks[chunks.count - 1].reserveCapacity(max(Self.chunkSize, articleEvents.count))
        }
        for var event in articleEvents {
            event.headline = shared(event.headline)
            event.sentence.text = shared(event.sentence.text)
            event.actors = shared(event.actors)
            event.places = shared(event.places)
            chunks[chunks.count - 1].append(event)
        }
        eventCount += articleEvents.count
        documents.append(document)
    }

    /// The copy of `text` that the chronology keeps: the first one added.
    private mutating func shared(_ text: String) -> String {
        guard text.utf8.count > 15 else { return text }  // held in the string itself
        return texts.shared(text)
    }

    private mutating func shared(_ names: [String]) -> [String] {
        var names = names
        for index in names.indices { names[index] = shared(names[index]) }
        return names
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
    /// reordered and merged in one array, never two copies of them at once.
    public mutating func build(filter: EventFilter = EventFilter()) -> Chronology {
        defer { self = ChronologyBuilder() }
        texts = TextPool()
        // Joined chunk by chunk, each freed once copied: one array of events at a time.
        var all: [Event] = []
        all.reserveCapacity(eventCount)
        chunks.reverse()
        while let chunk = chunks.popLast() { all += chunk }
        Self.order(&all)
        EventMerger().merge(&all)
        let merged = all.count
        all.removeAll { !filter.accepts($0) }
        if all.count < merged {
            // `inheritedFrom` names an event of the chronology: a filtered-out one is no longer named.
            let ids = Set(all.map(\.id))
            for index in all.indices where all[index].inheritedFrom.map({ !ids.contains($0) }) == true {
                all[index].inheritedFrom = nil
            }
        }
        Self.order(&all)
        return Chronology(events: all, documents: documents.sorted { $0.id < $1.id })
    }

    /// Puts the events in chronology order, equal ones in their given order. The order is read
    /// from small keys and applied in place, cycle by cycle: no second array of events.
    static func order(_ events: inout [Event]) {
        let keys = events.map(OrderKey.init)
        let order = keys.indices.sorted { keys[$0].precedes(keys[$1]) || !keys[$1].precedes(keys[$0]) && $0 < $1 }
        // Position i takes the event at order[i]; follow each cycle of that permutation once.
        var placed = [Bool](repeating: false, count: events.count)
        events.withUnsafeMutableBufferPointer { buffer in
            for start in buffer.indices where !placed[start] {
                var position = start
                while order[position] != start {
                    buffer.swapAt(position, order[position])
                    placed[position] = true
                    position = order[position]
                }
                placed[position] = true
            }
        }
    }

    /// The chronology order.
    public static func precedes(_ a: Event, _ b: Event) -> Bool { OrderKey(a).precedes(OrderKey(b)) }

    /// What the chronology order reads of an event: start, end, document, offset.
    struct OrderKey {
        var start: CalendarDay?
        var end: CalendarDay?
        var document: String
        var offset: Int

        init(_ event: Event) {
            start = event.when?.start
            end = event.when?.end
            document = event.document
            offset = event.trigger.start
        }

        func precedes(_ other: OrderKey) -> Bool {
            switch (start, other.start) {
            case let (x?, y?) where x != y: return x < y
            case (.some, nil): return true
            case (nil, .some): return false
            default: break
            }
            if let x = end, let y = other.end, x != y { return x < y }
            if document != other.document { return document < other.document }
            return offset < other.offset
        }
    }
}
