/// An exporter whose text is a head followed by one row (or line) per event, so that a
/// chronology of millions of events is written in pieces, never whole in memory, and the pieces
/// can be formatted apart — on several cores — and joined.
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

    /// The text handed to `sink` in pieces: the head, then the rows of `eventsPerPiece` events
    /// at a time.
    public func write<Failure: Error>(
        _ chronology: Chronology, eventsPerPiece: Int = 4096, to sink: ([UInt8]) throws(Failure) -> Void
    ) throws(Failure) {
        try sink(head())
        for piece in Self.pieces(of: chronology.events.count, eventsPerPiece: eventsPerPiece) {
            try sink(rows(of: chronology.events[piece]))
        }
    }

    /// The ranges of events that make the pieces, in order.
    public static func pieces(of count: Int, eventsPerPiece: Int) -> [Range<Int>] {
        stride(from: 0, to: count, by: max(eventsPerPiece, 1)).map { $0..<min($0 + max(eventsPerPiece, 1), count) }
    }
}
