/// Writes a chronology as CSV: one row per event, in chronology order.
///
/// The output follows RFC 4180: a header row, fields holding the delimiter, a
/// double quote, CR or LF are enclosed in double quotes with inner quotes
/// doubled, and every row ends with CRLF. It is spreadsheet-safe: a free-text
/// cell starting with `=`, `+`, `-`, `@`, a tab or a CR gets a leading `'` so
/// that spreadsheets show it instead of evaluating it as a formula (OWASP's
/// CSV-injection advice). Dates, values and enumerations are written as they are.
///
/// The columns, in this stable order (see `columns`):
/// - `id`: the event id, `DOC-eN`.
/// - `start`, `end`: the first and last ISO days (`2023-01-30`) the event's date
///   covers; empty when the event is undated or its value has no calendar span.
/// - `value`: the TIMEX3 value (`2023-02-01`, `2023-W05`, `2023-01-30/2023-01-31`); empty when undated.
/// - `granularity`: `year`, `month`, `week`, `day`… of the value; empty when undated.
/// - `certainty`: `explicit`, `inferred` or `estimated`; empty when undated.
/// - `type`: the event type (`visit`, `praise`, `statement`…).
/// - `cameo`: the CAMEO code of the type (`042`).
/// - `class`: the TimeML event class (`OCCURRENCE`, `REPORTING`…).
/// - `headline`: a short clause saying what happened.
/// - `actors`, `places`: people and organisations, places; several are joined by ` ; `.
/// - `timex`: the temporal expressions that dated the event, joined by ` ; `.
/// - `trigger`: the word reporting the event.
/// - `sentence`: the sentence reporting the event.
/// - `document`: the id of the article reporting the event.
/// - `offset`: where the sentence starts in the article body, in Unicode scalars.
/// - `inherited_from`: the id of the event whose date this one took, if any.
/// - `sources`: the ids of every document that reports the event, joined by " ; " (more
///   than one when reports of one happening by several articles were merged).
///
/// ```swift
/// let csv = CSVExporter.excel.render(chronology)   // BOM and `;` for French spreadsheets
/// ```
public struct CSVExporter: PiecewiseExporter {
    public var delimiter: Character
    /// Whether the output starts with a UTF-8 byte order mark (Excel needs it to read UTF-8).
    public var byteOrderMark: Bool

    public init(delimiter: Character = ",", byteOrderMark: Bool = false) {
        self.delimiter = delimiter
        self.byteOrderMark = byteOrderMark
    }

    /// The preset for spreadsheets in French locales: `;` delimiter and a byte order mark.
    public static let excel = CSVExporter(delimiter: ";", byteOrderMark: true)

    /// The header, in output order; documented on the type.
    public static let columns: [String] = [
        "id", "start", "end", "value", "granularity", "certainty", "type", "cameo", "class", "headline",
        "actors", "places", "timex", "trigger", "sentence", "document", "offset", "inherited_from", "sources",
    ]

    /// The separator between several actors, places or temporal expressions in one cell.
    static let listSeparator = " ; "

    /// The byte order mark when asked for, then the header row.
    public func head(of chronology: Chronology) -> [UInt8] {
        var writer = CSVRowWriter(delimiter: delimiter, byteOrderMark: byteOrderMark)
        for column in Self.columns { writer.append(column, freeText: false) }
        writer.endRow()
        return writer.takeBytes()
    }

    /// One row per event.
    public func rows(of events: ArraySlice<Event>) -> [UInt8] {
        var writer = CSVRowWriter(delimiter: delimiter, byteOrderMark: false)
        // Each event read where it lies (the slice's subscript copies it, its strings retained).
        events.withUnsafeBufferPointer { events in
            // Room for the rows at once: their sentences and headlines, and 160 bytes for the rest
            // of a row (138 in news on average). Made for 256 bytes a row, the room grew, copied,
            // for nearly every piece.
            var bytes = 0
            for index in events.indices {
                bytes += events[index].sentence.text.utf8.count + events[index].headline.utf8.count + 160
            }
            writer.reserve(bytes: bytes)
            for index in events.indices { append(events.baseAddress! + index, to: &writer) }
        }
        return writer.takeBytes()
    }

    /// Appends the row of an event, its cells in the order of `columns`. Read field by field where
    /// it lies: passed whole, the event was copied, each of its strings retained and released.
    private func append(_ event: UnsafePointer<Event>, to writer: inout CSVRowWriter) {
        let when = event.pointee.when
        if let number = event.pointee.idNumberInDocument {
            writer.append(event.pointee.storedDocument, "-e", number)  // as `event.id` spells it
        } else {
            writer.append(event.pointee.id, freeText: true)
        }
        writer.append(when?.start)
        writer.append(when?.end)
        writer.append(when?.valueText ?? InlineText(), freeText: false)
        writer.appendName(when?.granularity.rawValue ?? "")
        writer.appendName(when?.certainty.rawValue ?? "")
        writer.appendName(event.pointee.type.rawValue)
        writer.appendName(event.pointee.type.cameoCode)
        writer.appendName(event.pointee.eventClass.rawValue)
        writer.append(event.pointee.headline, freeText: true)
        writer.append(event.pointee.storedActors, separator: Self.listSeparator)
        writer.append(event.pointee.places, separator: Self.listSeparator)
        writer.append(event.pointee.timexTexts, separator: Self.listSeparator)
        writer.append(event.pointee.trigger.text, freeText: true)
        writer.append(event.pointee.sentence.text, freeText: true)
        writer.append(event.pointee.storedDocument, freeText: true)
        writer.append(event.pointee.sentence.start)
        writer.append(event.pointee.inheritedFrom ?? "", freeText: true)
        // The sources' documents: `event.sources` would make the event's own source for every row.
        if let sources = event.pointee.storedSources {
            writer.append(sources.lazy.map(\.document), separator: Self.listSeparator)
        } else {
            writer.append(event.pointee.storedDocument, freeText: true)  // a list of one
        }
        writer.endRow()
    }
}
