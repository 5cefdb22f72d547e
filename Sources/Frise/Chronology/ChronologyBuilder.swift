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
        var kept = EventMerger().merge(events.sorted(by: Self.precedes)).filter(filter.accepts)
        // `inheritedFrom` names an event of the chronology: a filtered-out one is no longer named.
        let ids = Set(kept.map(\.id))
        for index in kept.indices where kept[index].inheritedFrom.map({ !ids.contains($0) }) == true {
            kept[index].inheritedFrom = nil
        }
        return Chronology(events: kept.sorted(by: Self.precedes), documents: documents.sorted { $0.id < $1.id })
    }

    /// The chronology order.
    public static func precedes(_ a: Event, _ b: Event) -> Bool {
        switch (a.when?.start, b.when?.start) {
        case let (x?, y?) where x != y: return x < y
        case (.some, nil): return true
        case (nil, .some): return false
        default: break
        }
        if let x = a.when?.end, let y = b.when?.end, x != y { return x < y }
        if a.document != b.document { return a.document < b.document }
        return a.trigger.start < b.trigger.start
    }
}
