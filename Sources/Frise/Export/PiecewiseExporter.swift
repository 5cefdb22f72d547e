/// An exporter whose text is a head followed by one row (or line) per event, so that a
/// chronology of millions of events is written in pieces (`Chronology.pieces`), never whole in
/// memory, and the pieces can be formatted apart — on several cores — and joined: `frise
/// timeline` does so.
public protocol PiecewiseExporter: Sendable {
    /// What comes before the first event's row (a header), as UTF-8.
    func head() -> [UInt8]
    /// The rows of `events`, in order, as UTF-8. A run of events' rows depends on those events
    /// only: the text is `head()` followed by the rows of any cut of the events, in order.
    func rows(of events: ArraySlice<Event>) -> [UInt8]
}

extension PiecewiseExporter {
    /// The whole text.
    public func render(_ chronology: Chronology) -> String {
        String(decoding: head() + rows(of: chronology.events[...]), as: UTF8.self)
    }
}

extension Chronology {
    /// The ranges of events, in order, that a piecewise export writes apart.
    public func pieces(eventsPerPiece: Int) -> [Range<Int>] {
        let size = max(eventsPerPiece, 1)
        return stride(from: 0, to: events.count, by: size).map { $0..<min($0 + size, events.count) }
    }
}
