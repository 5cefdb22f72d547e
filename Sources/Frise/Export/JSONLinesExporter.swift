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
    public func head(of chronology: Chronology) -> [UInt8] { [] }

    /// One line per event.
    public func rows(of events: ArraySlice<Event>) -> [UInt8] {
        var out: [UInt8] = []
        for index in events.indices {
            Self.write(events[index], to: &out)
            out.append(UInt8(ascii: "\n"))
        }
        return out
    }

    /// Appends the object `JSONExporter.node(of:)` makes of `event`, written compact, without
    /// the tree (a node for every value, each string copied into it, took a quarter of
    /// `timeline --format jsonl`). `JSONLinesExporterTests` checks that both write the same bytes.
    static func write(_ event: borrowing Event, to out: inout [UInt8]) {
        let id = event.id, sources = event.sources, timexes = event.timexes
        // The line's bound: its strings, each escaped at worst, and room enough for the keys,
        // punctuation, numbers and days of each part.
        var strings = id.utf8.count + event.document.utf8.count + event.trigger.text.utf8.count
            + event.headline.utf8.count + event.sentence.text.utf8.count + (event.when?.value.utf8.count ?? 0)
            + (event.inheritedFrom?.utf8.count ?? 0)
        for timex in timexes { strings += timex.text.utf8.count }
        for name in event.actors { strings += 2 * name.utf8.count }  // among the actors, then as a key of the roles
        for name in event.places { strings += name.utf8.count }
        for source in sources {
            strings += source.document.utf8.count + source.trigger.text.utf8.count + source.sentence.text.utf8.count
        }
        let count = 7 + timexes.count + 2 * event.actors.count + event.places.count + 3 * sources.count
        let bound = 1024 + 128 * (timexes.count + sources.count) + 64 * (event.actors.count + event.places.count)
            + 2 * count + ByteCursor.jsonStringBound(strings)
        out.write(atMost: bound) { line in
            line.jsonField(#"{"id":"#, id)
            line.jsonField(#","document":"#, event.document)
            line.jsonName(#","type":"#, event.type.rawValue)
            line.jsonName(#","cameo":"#, event.type.cameoCode)
            line.jsonName(#","class":"#, event.eventClass.rawValue)
            EventLine.write(#","when":"#, event.when, modAndFrequency: false, to: &line)
            EventLine.write(#","trigger":"#, event.trigger, to: &line)
            line.raw(#","timexes":["#)
            for (index, timex) in timexes.enumerated() { EventLine.write(index > 0 ? "," : "", timex, to: &line) }
            EventLine.write(#"],"inherited_from":"#, event.inheritedFrom, to: &line)
            EventLine.write(#","actors":"#, event.actors, to: &line)
            EventLine.writeRoles(of: event, others: [], to: &line)  // the actors' only, as the tree has them
            EventLine.write(#","places":"#, event.places, to: &line)
            line.jsonField(#","headline":"#, event.headline)
            EventLine.write(#","sentence":"#, event.sentence, to: &line)
            line.raw(#","sources":["#)
            for (index, source) in sources.enumerated() {
                line.jsonField(index > 0 ? #",{"document":"# : #"{"document":"#, source.document)
                EventLine.write(#","trigger":"#, source.trigger, to: &line)
                EventLine.write(#","sentence":"#, source.sentence, to: &line)
                line.byte(UInt8(ascii: "}"))
            }
            line.raw("]}")
        }
    }
}
