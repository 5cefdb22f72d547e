/// An exporter whose text is a head, one row (or line, or element) per event, and a tail, so
/// that a chronology of millions of events is written in pieces (`Chronology.pieces`), never
/// whole in memory, and the pieces can be formatted apart — on several cores — and joined:
/// `frise timeline` does so.
public protocol PiecewiseExporter: Sendable {
    /// What comes before the first event's row (a header, a document's opening), as UTF-8.
    func head(of chronology: Chronology) -> [UInt8]
    /// The rows of `events`, in order, as UTF-8. A run of events' rows depends on those events
    /// and their places in the chronology only (a separator before every event but the first,
    /// say): the text is the head, the rows of any cut of the events in order, then the tail.
    func rows(of events: ArraySlice<Event>) -> [UInt8]
    /// What comes after the last event's row (a document's closing), as UTF-8.
    func tail(of chronology: Chronology) -> [UInt8]
}

extension PiecewiseExporter {
    /// Nothing: most formats end with their last row.
    public func tail(of chronology: Chronology) -> [UInt8] { [] }

    /// The whole text.
    public func render(_ chronology: Chronology) -> String {
        String(decoding: head(of: chronology) + rows(of: chronology.events[...]) + tail(of: chronology), as: UTF8.self)
    }

    /// The head, the rows piece by piece, then the tail, handed to `sink` in order: the same bytes
    /// whatever `jobs` is. With more than one job the pieces are formatted on `jobs` threads,
    /// `piecesPerJob × jobs` pieces at a time, each window started before the previous one is
    /// handed on: the threads wait neither for `sink` nor for one another piece by piece (the
    /// calling thread formats pieces of the next window while the last of a window are done),
    /// and two windows at most are held. Two pieces a job, not eight: the text held (memory touched
    /// for the first time, which costs here) and the last window, written alone, are a quarter as
    /// large (10 MB of news, two jobs: 5 MB less peak memory, a third less system time).
    public func write(
        _ chronology: Chronology, jobs: Int, eventsPerPiece: Int = 1024, piecesPerJob: Int = 2,
        to sink: ([UInt8]) throws -> Void
    ) rethrows {
        try sink(head(of: chronology))
        let events = chronology.events
        let pieces = chronology.pieces(eventsPerPiece: eventsPerPiece)
        if jobs > 1 {
            let window = max(piecesPerJob, 1) * jobs
            var previous: Parallel.Running<[UInt8]>?
            for start in stride(from: 0, to: pieces.count, by: window) {
                let next = Array(pieces[start..<min(start + window, pieces.count)])
                let running = Parallel.start(next, jobs: jobs) { rows(of: events[$0]) }
                if let previous { for text in previous.results(helping: running) { try sink(text) } }
                previous = running
            }
            if let previous { for text in previous.results() { try sink(text) } }
        } else {
            for piece in pieces { try sink(rows(of: events[piece])) }
        }
        let tail = tail(of: chronology)
        if !tail.isEmpty { try sink(tail) }
    }
}

extension Chronology {
    /// The ranges of events, in order, that a piecewise export writes apart.
    public func pieces(eventsPerPiece: Int) -> [Range<Int>] {
        let size = max(eventsPerPiece, 1)
        return stride(from: 0, to: events.count, by: size).map { $0..<min($0 + size, events.count) }
    }
}
