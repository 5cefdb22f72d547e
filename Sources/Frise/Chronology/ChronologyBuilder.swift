/// Orders the events of one or many articles into a chronology.
///
/// The order is total and deterministic: dated events by start day, then end
/// day, then document id, then offset of the trigger; undated events after all
/// dated ones, by document and offset.
public struct ChronologyBuilder: Sendable {
    private var events: [Event] = []
    private var documents: [DocumentInfo] = []

    public init() {}

    /// Adds an article's events.
    public mutating func add(_ articleEvents: [Event], of tagged: TaggedArticle) {
        events += articleEvents
        let article = tagged.article
        documents.append(DocumentInfo(
            id: article.id, source: article.source, date: article.date, referenceDay: tagged.anchor,
            title: article.title))
    }

    /// The chronology of everything added so far.
    public func build() -> Chronology {
        Chronology(events: events.sorted(by: Self.precedes), documents: documents.sorted { $0.id < $1.id })
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
