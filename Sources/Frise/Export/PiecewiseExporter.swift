/// An exporter that can hand its text over in pieces, so that a chronology of millions of events
/// is written without its whole text in memory; `render` joins the pieces.
public protocol PiecewiseExporter: Sendable {
    /// The text of the chronology, handed to `sink` in pieces of about `pieceBytes`, each made
    /// of whole rows or lines.
    func write<Failure: Error>(
        _ chronology: Chronology, pieceBytes: Int, to sink: (String) throws(Failure) -> Void
    ) throws(Failure)
}

extension PiecewiseExporter {
    /// The whole text.
    public func render(_ chronology: Chronology) -> String {
        var text = ""
        write(chronology) { text += $0 }
        return text
    }

    /// The text in pieces of about a megabyte.
    public func write<Failure: Error>(
        _ chronology: Chronology, to sink: (String) throws(Failure) -> Void
    ) throws(Failure) {
        try write(chronology, pieceBytes: 1 << 20, to: sink)
    }
}
