import Foundation

/// Writes a chronology as XML in Frise's namespace, valid against `frise.xsd`.
///
/// The document is written indented by two spaces, in UTF-8, and checked against the bundled
/// schema with libxml2 before and as it is written (`write(_:to:)`), so an
/// invalid document is reported as `XMLError.invalidOutput`, which is a bug in Frise. See
/// `frise.xsd` for every element and attribute.
///
/// ```xml
/// <chronology xmlns="urn:frise:chronology:1" version="1">
///   <documents>
///     <document id="seed" source="seed.txt" date="2023-02" referenceDay="2023-02-01"/>
///   </documents>
///   <events>
///     <event id="seed-e1" document="seed" dated="true" type="praise" cameo="051" class="OCCURRENCE">
///       <when value="2023-01-06" start="2023-01-06" end="2023-01-06" granularity="day" …/>
///       <trigger start="120" end="125">salué</trigger>
///       …
/// ```
public struct XMLExporter: Sendable {
    /// The namespace of Frise's chronology documents.
    public static let namespace = "urn:frise:chronology:1"
    /// The format version written in the root's `version` attribute.
    public static let formatVersion = "1"

    public init() {}

    /// The chronology as an XML document.
    ///
    /// Throws `XMLError.writerFailed` if libxml2 fails, and `XMLError.invalidOutput`
    /// if the document does not validate against the bundled schema.
    public func render(_ chronology: Chronology) throws -> String {
        var document: [UInt8] = []
        try write(chronology) { document += $0 }
        return String(decoding: document, as: UTF8.self)
    }

    /// Writes the chronology as an XML document, handed to `sink` in pieces of `pieceBytes` in
    /// order (by default 1 MiB: a file gets few writes, and the piece is small beside the
    /// chronology; the last piece may be shorter), each checked against the bundled schema
    /// before it is handed on: never held whole in memory, nor parsed into a tree (see
    /// `XMLStreamCheck`). With two jobs or more, the events' elements are written on the jobs'
    /// threads (`PiecewiseExporter`), and each piece is checked on another thread while the next
    /// is made: the same pieces, in the same order.
    ///
    /// Throws as `render` does: before a byte is handed on for a broken key (`keyProblems`),
    /// else before the first piece found wrong; the pieces before it have been handed on, and
    /// `frise timeline` writes a file only once the call returns.
    public func write(
        _ chronology: Chronology, jobs: Int = 1, pieceBytes: Int = 1 << 20, to sink: ([UInt8]) throws -> Void
    ) throws {
        let problems = Self.keyProblems(of: chronology)
        guard problems.isEmpty else { throw XMLError.invalidOutput(problems) }
        let check = CheckInTurn(try Self.bundledStructure.get().streamCheck(sourceName: Self.outputName))
        let size = max(pieceBytes, 1)
        var piece: [UInt8] = []
        piece.reserveCapacity(size)
        // The piece being checked, and its check's diagnostics to come.
        var checking: (piece: [UInt8], diagnostics: Parallel.Running<[XMLDiagnostic]>)?
        try withoutActuallyEscaping(sink) { sink in
            // The piece checked before, handed on once its check is done and found nothing.
            func handOnChecked() throws {
                guard let (checked, diagnostics) = checking else { return }
                checking = nil
                let found = diagnostics.results()[0]
                guard found.isEmpty else { throw XMLError.invalidOutput(found) }
                try sink(checked)
            }
            // The document's bytes, cut into pieces of `size`, each checked (on another thread
            // with jobs) then handed on.
            func add(_ bytes: [UInt8]) throws {
                var offset = 0
                while offset < bytes.count {
                    let taken = min(size - piece.count, bytes.count - offset)
                    piece += bytes[offset..<(offset + taken)]
                    offset += taken
                    guard piece.count == size else { continue }
                    try handOnChecked()
                    checking = (piece, Parallel.aside(jobs: jobs) { [piece] in check.feed(piece) })
                    if jobs <= 1 { try handOnChecked() }
                    piece = []
                    piece.reserveCapacity(size)
                }
            }
            try Document(exporter: self).write(chronology, jobs: jobs, eventsPerPiece: 512) { try add($0) }
            try handOnChecked()
            _ = check.feed(piece)
            let diagnostics = check.finish()
            guard diagnostics.isEmpty else { throw XMLError.invalidOutput(diagnostics) }
            try sink(piece)
        }
    }

    /// The document as `PiecewiseExporter` writes it, the events' elements on several threads
    /// (not the exporter itself, whose `render` throws: it checks what it renders).
    private struct Document: PiecewiseExporter {
        let exporter: XMLExporter

        func head(of chronology: Chronology) -> [UInt8] { exporter.head(of: chronology) }

        func rows(of events: ArraySlice<Event>) -> [UInt8] { exporter.elements(of: events) }

        func tail(of chronology: Chronology) -> [UInt8] { exporter.tail(of: chronology) }
    }

    /// A check handed from thread to thread, used by one at a time (the exporter waits for a
    /// piece's check before it starts the next).
    private final class CheckInTurn: @unchecked Sendable {
        private let check: XMLStreamCheck

        init(_ check: XMLStreamCheck) { self.check = check }

        /// Reads the piece; the problems found so far.
        func feed(_ piece: [UInt8]) -> [XMLDiagnostic] {
            piece.withUnsafeBytes { check.feed($0) }
            return check.diagnostics
        }

        func finish() -> [XMLDiagnostic] { check.finish() }
    }

    /// The bundled schema without its keys (checked by `keyProblems`), compiled once per process.
    private static let bundledStructure = Result { try XMLValidator(keys: false) }

    /// The name the diagnostics of the output give it.
    static let outputName = "<frise XML output>"

    /// The keys of `frise.xsd` (`xs:key` and `xs:keyref`), which `keyProblems` checks.
    static let checkedKeys: Set<String> = ["documentId", "eventId", "eventDocument", "sourceDocument", "inheritedEvent"]

    /// What the keys of `frise.xsd` (`checkedKeys`) would find wrong in the chronology's
    /// document, found on the chronology itself, before a byte is written: document ids unique,
    /// event ids unique, the document of every event and of every source written (an event's
    /// `sources` are, when it has more than one) among the documents, every `inheritedFrom` an
    /// event's id. Ids are compared as the document holds them (sanitized), byte for byte, as
    /// XML compares them. Checked here, not by libxml2, whose tables of keys took 60% of the
    /// check's time and 800 bytes an event (a million events: 49 s and 806 MB where the rest of
    /// the schema took 19 s and 6 MB, `xmllint --stream`).
    static func keyProblems(of chronology: Chronology) -> [XMLDiagnostic] {
        var problems: [XMLDiagnostic] = []
        func problem(_ key: String, _ message: String) {
            guard problems.count < 10 else { return }
            problems.append(XMLDiagnostic(file: outputName, line: 1, message: "key \(key): \(message)"))
        }
        var documents = IdentifierSet(capacity: chronology.documents.count)
        for document in chronology.documents where !documents.insert(document.id) {
            problem("documentId", "the document id '\(document.id)' is given twice")
        }
        var events = IdentifierSet(capacity: chronology.events.count)
        for event in chronology.events where !events.insert(event.id) {
            problem("eventId", "the event id '\(event.id)' is given twice")
        }
        for event in chronology.events {
            if !documents.contains(event.document) {
                problem(
                    "eventDocument", "the event '\(event.id)' names the document '\(event.document)', which is not listed")
            }
            if let sources = event.storedSources, sources.count > 1 {
                for source in sources where !documents.contains(source.document) {
                    problem(
                        "sourceDocument",
                        "a source of '\(event.id)' names the document '\(source.document)', which is not listed")
                }
            }
            if let inherited = event.inheritedFrom, !events.contains(inherited) {
                problem(
                    "inheritedEvent", "the event '\(event.id)' inherits from '\(inherited)', which is no event of the chronology")
            }
        }
        return problems
    }

    /// Ids as the document holds them (`XMLText.sanitized`), compared by their UTF-8 bytes.
    private struct IdentifierSet {
        private var ids: WordMap<Bool>

        init(capacity: Int) { ids = WordMap(minimumCapacity: capacity) }

        /// Adds the id; false when it was there already. (Hashed once, for the look-up and the
        /// insertion.)
        mutating func insert(_ id: String) -> Bool {
            let written = XMLText.sanitized(id)
            let (known, hash) = written.withUTF8Bytes { bytes in
                var hash = WordHash()
                for byte in bytes { hash.add(byte) }
                return (ids.contains(utf8: bytes, hash: hash), hash)
            }
            guard !known else { return false }
            ids.insert(written, true, hash: WordMap<Bool>.tableHash(hash.value))
            return true
        }

        func contains(_ id: String) -> Bool {
            var written = XMLText.sanitized(id)
            return written.withUTF8 { ids.contains(utf8: $0) }
        }
    }

    /// What comes before the events' elements: the XML declaration, the root, the documents,
    /// and `<events>` opened (or empty, then the root closed: see `tail(of:)`).
    func head(of chronology: Chronology) -> [UInt8] {
        var out: [UInt8] = []
        out += "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<chronology xmlns=\"".utf8
        out += Self.namespace.utf8
        out += "\" version=\"".utf8
        out += Self.formatVersion.utf8
        out += "\">\n".utf8
        out += (chronology.documents.isEmpty ? "  <documents/>\n" : "  <documents>\n").utf8
        for document in chronology.documents {
            let texts = document.id.utf8.count + document.source.utf8.count + (document.title?.utf8.count ?? 0)
            out.write(atMost: 256 + ByteCursor.xmlTextBound(texts)) { cursor in
                cursor.raw("    <document")
                cursor.xmlAttribute("id", document.id)
                cursor.xmlAttribute("source", document.source)
                cursor.raw(" date=\"")
                cursor.text(document.date.description)
                cursor.raw("\" referenceDay=\"")
                cursor.iso(document.referenceDay)
                guard let title = document.title else { return cursor.raw("\"/>\n") }
                cursor.raw("\">\n      <title>")
                cursor.xmlText(title)
                cursor.raw("</title>\n    </document>\n")
            }
        }
        if !chronology.documents.isEmpty { out += "  </documents>\n".utf8 }
        out += (chronology.events.isEmpty ? "  <events/>\n" : "  <events>\n").utf8
        return out
    }

    /// What comes after the events' elements: `<events>` and the root closed.
    func tail(of chronology: Chronology) -> [UInt8] {
        Array((chronology.events.isEmpty ? "</chronology>\n" : "  </events>\n</chronology>\n").utf8)
    }

    /// The elements of `events`, in order, as they lie in `<events>` (two levels in, indented by
    /// two spaces a level): a run of events' elements depends on those events only.
    ///
    /// Written as UTF-8 through a cursor, an event at a time, its fields read where they lie.
    /// (Through libxml2's xmlTextWriter, the writing took as long as the schema's check: each
    /// name and text copied into a C string, measured with `strlen`, escaped into a new buffer,
    /// then copied into the writer's.)
    func elements(of events: ArraySlice<Event>) -> [UInt8] {
        var out: [UInt8] = []
        events.withUnsafeBufferPointer { events in
            var bytes = 0
            for index in events.indices {
                bytes += events[index].sentence.text.utf8.count + events[index].headline.utf8.count + 600
            }
            out.reserveCapacity(bytes)
            for index in events.indices { append(events.baseAddress! + index, to: &out) }
        }
        return out
    }

    /// Appends an event's element, read field by field where it lies (passed whole, the event
    /// was copied, each of its strings retained and released).
    private func append(_ event: UnsafePointer<Event>, to out: inout [UInt8]) {
        out.write(atMost: Self.bound(of: event)) { cursor in
            cursor.raw("    <event id=\"")
            if let number = event.pointee.idNumberInDocument {  // `DOC-eN`, as `event.id` spells it
                cursor.xmlText(event.pointee.storedDocument, inAttribute: true)
                cursor.raw("-e")
                cursor.decimal(number)
            } else {
                cursor.xmlText(event.pointee.id, inAttribute: true)
            }
            cursor.byte(UInt8(ascii: "\""))
            cursor.xmlAttribute("document", event.pointee.storedDocument)
            cursor.raw(event.pointee.when == nil ? " dated=\"false\"" : " dated=\"true\"")
            cursor.xmlName("type", event.pointee.type.rawValue)
            cursor.xmlName("cameo", event.pointee.type.cameoCode)
            cursor.xmlName("class", event.pointee.eventClass.rawValue)
            cursor.raw(">\n")
            if let when = event.pointee.when { Self.write(when, to: &cursor) }
            Self.write(event.pointee.trigger, as: "trigger", depth: 3, to: &cursor)
            Self.list("timexes", isEmpty: !event.pointee.hasTimexes, to: &cursor) { cursor in
                event.pointee.forEachTimex { Self.write($0, as: "timex", depth: 4, to: &cursor) }
            }
            if let inherited = event.pointee.inheritedFrom {
                cursor.raw("      <inheritedFrom>")
                cursor.xmlText(inherited)
                cursor.raw("</inheritedFrom>\n")
            }
            let actors = event.pointee.storedActors
            Self.list("actors", isEmpty: actors.isEmpty, to: &cursor) { cursor in
                for actor in actors { Self.name("actor", actor, role: event.pointee.role(of: actor), to: &cursor) }
            }
            let places = event.pointee.places
            Self.list("places", isEmpty: places.isEmpty, to: &cursor) { cursor in
                for place in places { Self.name("place", place, to: &cursor) }
            }
            cursor.raw("      <headline>")
            cursor.xmlText(event.pointee.headline)
            cursor.raw("</headline>\n")
            Self.write(event.pointee.sentence, as: "sentence", depth: 3, to: &cursor)
            if let sources = event.pointee.storedSources, sources.count > 1 {
                Self.list("sources", isEmpty: false, to: &cursor) { cursor in
                    for source in sources {
                        cursor.raw("        <source")
                        cursor.xmlAttribute("document", source.document)
                        cursor.raw(">\n")
                        Self.write(source.trigger, as: "trigger", depth: 5, to: &cursor)
                        Self.write(source.sentence, as: "sentence", depth: 5, to: &cursor)
                        cursor.raw("        </source>\n")
                    }
                }
            }
            cursor.raw("    </event>\n")
        }
    }

    /// At most how many bytes an event's element takes: its texts escaped (`xmlTextBound`), and
    /// room for the tags, the attributes of Frise's vocabulary and the numbers around each.
    private static func bound(of event: UnsafePointer<Event>) -> Int {
        var texts = 2 * event.pointee.storedDocument.utf8.count + event.pointee.trigger.text.utf8.count
            + event.pointee.headline.utf8.count + event.pointee.sentence.text.utf8.count
            + (event.pointee.inheritedFrom?.utf8.count ?? 0) + (event.pointee.idNumberInDocument == nil ? event.pointee.id.utf8.count : 0)
        var items = 0
        if let when = event.pointee.when { texts += when.valueText.withUTF8 { $0.count } }
        event.pointee.forEachTimex {
            texts += $0.text.utf8.count
            items += 1
        }
        for actor in event.pointee.storedActors { texts += actor.utf8.count }
        for place in event.pointee.places { texts += place.utf8.count }
        items += event.pointee.storedActors.count + event.pointee.places.count
        if let sources = event.pointee.storedSources, sources.count > 1 {
            for source in sources {
                texts += source.document.utf8.count + source.trigger.text.utf8.count + source.sentence.text.utf8.count
            }
            items += 3 * sources.count
        }
        return 1024 + 128 * items + ByteCursor.xmlTextBound(texts)
    }

    private static func write(_ when: TimeValue, to cursor: inout ByteCursor) {
        cursor.raw("      <when value=\"")
        cursor.xmlText(when.valueText, inAttribute: true)
        cursor.byte(UInt8(ascii: "\""))
        // XML Schema 1.0 dates have no year 0 and count years before it unlike Frise's proleptic
        // calendar: a span reaching before year 1 ("hier" in a 0001-01-01 article) is written
        // without start and end, as for undetermined values (found probing the fuzz target).
        if let start = when.start, let end = when.end, start.year >= 1 {
            cursor.raw(" start=\"")
            cursor.iso(start)
            cursor.raw("\" end=\"")
            cursor.iso(end)
            cursor.byte(UInt8(ascii: "\""))
        }
        cursor.xmlName("granularity", when.granularity.rawValue)
        cursor.xmlName("certainty", when.certainty.rawValue)
        cursor.xmlName("type", when.type.rawValue)
        cursor.raw("/>\n")
    }

    /// An event's list element, `<name>`, what `items` writes, `</name>` (or `<name/>` when the
    /// list is empty), three levels in.
    private static func list(
        _ name: StaticString, isEmpty: Bool, to cursor: inout ByteCursor, _ items: (inout ByteCursor) -> Void
    ) {
        cursor.raw("      <")
        cursor.raw(name)
        guard !isEmpty else { return cursor.raw("/>\n") }
        cursor.raw(">\n")
        items(&cursor)
        cursor.raw("      </")
        cursor.raw(name)
        cursor.raw(">\n")
    }

    /// `<element role="…">name</element>` (without a role, no attribute), four levels in.
    private static func name(
        _ element: StaticString, _ name: String, role: ParticipantRole? = nil, to cursor: inout ByteCursor
    ) {
        cursor.raw("        <")
        cursor.raw(element)
        if let role { cursor.xmlName("role", role.rawValue) }
        cursor.byte(UInt8(ascii: ">"))
        cursor.xmlText(name)
        cursor.raw("</")
        cursor.raw(element)
        cursor.raw(">\n")
    }

    /// `<name start="…" end="…">text</name>`, `depth` levels in.
    private static func write(_ span: TextSpan, as name: StaticString, depth: Int, to cursor: inout ByteCursor) {
        for _ in 0..<depth { cursor.raw("  ") }
        cursor.byte(UInt8(ascii: "<"))
        cursor.raw(name)
        cursor.xmlNumber("start", span.start)
        cursor.xmlNumber("end", span.end)
        cursor.byte(UInt8(ascii: ">"))
        cursor.xmlText(span.text)
        cursor.raw("</")
        cursor.raw(name)
        cursor.raw(">\n")
    }
}
