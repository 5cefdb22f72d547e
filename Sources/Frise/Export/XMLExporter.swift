import Foundation

/// Writes a chronology as XML in Frise's namespace, valid against `frise.xsd`.
///
/// The document is written with libxml2's xmlTextWriter, indented by two spaces, in UTF-8,
/// and checked against the bundled schema before and as it is written (`write(_:to:)`), so an
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

    /// Writes the chronology as an XML document, handed to `sink` in pieces of about
    /// `pieceBytes` in order (by default 1 MiB: a file gets few writes, and the piece is small
    /// beside the chronology), each checked against the bundled schema before it is handed on:
    /// never held whole in memory, nor parsed into a tree (see `XMLStreamCheck`). With two jobs
    /// or more, each piece is checked on another thread while the next is written (the check
    /// takes about as long as the writing): the same pieces, in the same order.
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
        var piece: [UInt8] = []
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
            // The piece written, to be checked (on another thread with jobs) then handed on.
            func pass() throws {
                try handOnChecked()
                checking = (piece, Parallel.aside(jobs: jobs) { [piece] in check.feed(piece) })
                if jobs <= 1 { try handOnChecked() }
                piece = []
                piece.reserveCapacity(pieceBytes + 8192)
            }
            let writer = try XMLTreeWriter { bytes in
                piece += bytes
                if piece.count >= pieceBytes { try pass() }
            }
            try write(chronology, to: writer)
            try writer.close()
            try handOnChecked()
            _ = check.feed(piece)
            let diagnostics = check.finish()
            guard diagnostics.isEmpty else { throw XMLError.invalidOutput(diagnostics) }
            try sink(piece)
        }
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

        /// Adds the id; false when it was there already.
        mutating func insert(_ id: String) -> Bool {
            var written = XMLText.sanitized(id)
            guard !written.withUTF8({ ids.contains(utf8: $0) }) else { return false }
            ids.insert(written, true, hash: WordMap<Bool>.hash(written))
            return true
        }

        func contains(_ id: String) -> Bool {
            var written = XMLText.sanitized(id)
            return written.withUTF8 { ids.contains(utf8: $0) }
        }
    }

    private func write(_ chronology: Chronology, to writer: XMLTreeWriter) throws {
        try writer.start("chronology", namespace: Self.namespace)
        try writer.attribute("version", Self.formatVersion)
        try writer.element("documents") {
            for document in chronology.documents { try write(document, to: writer) }
        }
        try writer.element("events") {
            for event in chronology.events { try write(event, to: writer) }
        }
        try writer.end()
    }

    private func write(_ document: DocumentInfo, to writer: XMLTreeWriter) throws {
        try writer.element(
            "document",
            [
                "id": document.id, "source": document.source, "date": document.date.description,
                "referenceDay": document.referenceDay.description,
            ]
        ) {
            if let title = document.title { try writer.element("title", text: title) }
        }
    }

    private func write(_ event: Event, to writer: XMLTreeWriter) throws {
        try writer.element(
            "event",
            [
                "id": event.id, "document": event.document, "dated": event.when == nil ? "false" : "true",
                "type": event.type.rawValue, "cameo": event.type.cameoCode, "class": event.eventClass.rawValue,
            ]
        ) {
            if let when = event.when { try write(when, to: writer) }
            try write(event.trigger, as: "trigger", to: writer)
            try writer.element("timexes") {
                for timex in event.timexes { try write(timex, as: "timex", to: writer) }
            }
            if let inherited = event.inheritedFrom { try writer.element("inheritedFrom", text: inherited) }
            try writer.element("actors") {
                for actor in event.actors {
                    if let role = event.role(of: actor) {
                        try writer.element("actor", ["role": role.rawValue], text: actor)
                    } else {
                        try writer.element("actor", text: actor)
                    }
                }
            }
            try writer.element("places") {
                for place in event.places { try writer.element("place", text: place) }
            }
            try writer.element("headline", text: event.headline)
            try write(event.sentence, as: "sentence", to: writer)
            if event.sources.count > 1 {
                try writer.element("sources") {
                    for source in event.sources {
                        try writer.element("source", ["document": source.document]) {
                            try write(source.trigger, as: "trigger", to: writer)
                            try write(source.sentence, as: "sentence", to: writer)
                        }
                    }
                }
            }
        }
    }

    private func write(_ when: TimeValue, to writer: XMLTreeWriter) throws {
        try writer.start("when")
        try writer.attribute("value", when.value)
        // XML Schema 1.0 dates have no year 0 and count years before it unlike Frise's proleptic
        // calendar: a span reaching before year 1 ("hier" in a 0001-01-01 article) is written
        // without start and end, as for undetermined values (found probing the fuzz target).
        if let start = when.start, let end = when.end, start.year >= 1 {
            try writer.attribute("start", start.description)
            try writer.attribute("end", end.description)
        }
        try writer.attribute("granularity", when.granularity.rawValue)
        try writer.attribute("certainty", when.certainty.rawValue)
        try writer.attribute("type", when.type.rawValue)
        try writer.end()
    }

    private func write(_ span: TextSpan, as name: String, to writer: XMLTreeWriter) throws {
        try writer.element(name, ["start": String(span.start), "end": String(span.end)], text: span.text)
    }
}
