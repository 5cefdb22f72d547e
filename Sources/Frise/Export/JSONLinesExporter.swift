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

    /// Nothing: JSON Lines has no header.
    public func head() -> [UInt8] { [] }

    /// One line per event.
    public func rows(of events: ArraySlice<Event>) -> [UInt8] {
        let json = JSONExporter()
        var out: [UInt8] = []
        for index in events.indices {
            json.node(of: events[index]).writeCompact(to: &out)
            out.append(UInt8(ascii: "\n"))
        }
        return out
    }
}
