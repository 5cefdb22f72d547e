/// Writes a chronology as JSON Lines: one event object per line, in chronology order.
///
/// Each line is the object `JSONExporter` writes in its `events` array, with the
/// same keys in the same order, on one line without spaces; every line ends with
/// `\n`. Documents are not repeated: each event names its `document`. The lines
/// stream well into `jq`, pandas (`read_json(lines=True)`) or a database loader.
///
/// ```
/// {"id":"seed-e7","document":"seed","type":"praise","cameo":"051",…,"sentence":{…}}
/// ```
public struct JSONLinesExporter: PiecewiseExporter {
    public init() {}

    /// The JSON Lines text (empty when the chronology has no event) in pieces of whole lines.
    public func write<Failure: Error>(
        _ chronology: Chronology, pieceBytes: Int, to sink: (String) throws(Failure) -> Void
    ) throws(Failure) {
        let json = JSONExporter()
        var out = ""
        for event in chronology.events {
            json.node(of: event).writeCompact(to: &out)
            out += "\n"
            if out.utf8.count >= pieceBytes {
                try sink(out)
                out = ""
            }
        }
        try sink(out)
    }
}
