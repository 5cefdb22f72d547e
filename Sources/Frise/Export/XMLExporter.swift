import Foundation

/// Writes a chronology as XML in Frise's namespace, valid against `frise.xsd`.
///
/// The document is written with libxml2's xmlTextWriter, indented by two spaces,
/// in UTF-8, and validated against the bundled schema as it is written (`write(_:to:)`), so
/// an invalid document is reported as `XMLError.invalidOutput`, which is a bug in Frise. See `frise.xsd` for every
/// element and attribute.
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
    /// Throws as `render` does. Some of the schema's rules can only be checked at the end (an
    /// event's `document` names a document of the chronology): an invalid document, a bug in
    /// Frise, may have been handed on whole, but the call then throws and its last piece is
    /// not handed on; `frise timeline` writes a file only once the call returns.
    public func write(
        _ chronology: Chronology, jobs: Int = 1, pieceBytes: Int = 1 << 20, to sink: ([UInt8]) throws -> Void
    ) throws {
        let check = CheckInTurn(try Self.bundledValidator.get().streamCheck(sourceName: "<frise XML output>"))
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

    /// The bundled schema, compiled once per process.
    private static let bundledValidator = Result { try XMLValidator() }

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
