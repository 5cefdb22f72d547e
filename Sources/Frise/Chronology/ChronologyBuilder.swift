/// Orders the events of one or many articles into a chronology.
///
/// The order is total and deterministic: dated events by start day, then end
/// day, then document id, then offset of the trigger; undated events after all
/// dated ones, by document and offset.
public struct ChronologyBuilder: Sendable {
    private var events: [Event] = []
    private var documents: [DocumentInfo] = []
    private var usedIDs: Set<String> = []

    public init() {}

    /// The article with an id no earlier article of this chronology has: two files named
    /// `a.txt` in different folders become `a` and `a-2`.
    public mutating func admit(_ article: Article) -> Article {
        var admitted = article
        var suffix = 2
        while usedIDs.contains(admitted.id) {
            admitted.id = "\(article.id)-\(suffix)"
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
        events += articleEvents
        documents.append(document)
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
    public func build(filter: EventFilter = EventFilter()) -> Chronology {
        let merged = EventMerger().merge(Self.ordered(events)).filter(filter.accepts)
        return Chronology(events: Self.ordered(merged), documents: documents.sorted { $0.id < $1.id })
    }

    /// The events in chronology order, equal ones in their given order. The order is read from
    /// small keys, so sorting moves indices rather than whole events.
    static func ordered(_ events: [Event]) -> [Event] {
        let keys = events.map(OrderKey.init)
        let order = keys.indices.sorted { keys[$0].precedes(keys[$1]) || !keys[$1].precedes(keys[$0]) && $0 < $1 }
        return order.map { events[$0] }
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
