import CLibXML2
import Foundation

/// Writes a tagged article as one TimeML document with inline TIMEX3, valid against `timeml.xsd`.
///
/// The layout is the French TimeBank's: `TimeML`, then `DOCID` (the article id),
/// `DCT` holding the creation time as TIMEX3 `t0` (its value as the article
/// states it, `2023-02` or `2023-02-01T09:30`), then `TEXT`: the body, every
/// character kept, with each temporal expression wrapped in a TIMEX3 at its
/// Unicode-scalar offsets. Reading the output back with `TimeMLDocument` gives the
/// body and the expressions' offsets and values again.
///
/// ```xml
/// <TimeML xmlns:frise="urn:frise:chronology:1">
/// <DOCID>seed</DOCID>
/// <DCT><TIMEX3 tid="t0" type="DATE" value="2023-02" temporalFunction="false"
///   functionInDocument="CREATION_TIME" frise:referenceDay="2023-02-01">2023-02</TIMEX3></DCT>
/// <TEXT>… a reçu <TIMEX3 tid="t1" type="DATE" value="2023-02-01" temporalFunction="true"
///   anchorTimeID="t0" frise:granularity="day" frise:certainty="estimated" frise:start="2023-02-01"
///   frise:end="2023-02-01">ce mercredi</TIMEX3>, …</TEXT>
/// </TimeML>
/// ```
///
/// TIMEX3 attributes: `tid` (`t1`, `t2`… in reading order), `type`, `value`,
/// `mod` and `freq` when the value has them, `temporalFunction` (`true` unless the
/// certainty is explicit) and, on computed values, `anchorTimeID` (see
/// `TimeMLExporter.annotations(of:)`). Frise's own fields are in its namespace:
/// `frise:granularity`, `frise:certainty`, `frise:start`/`frise:end` (the days a
/// date or time covers) and, on the DCT, `frise:referenceDay` (the publication day
/// used, estimated when the DCT is coarser than a day).
///
/// Policies: characters XML 1.0 cannot carry (control characters other than tab,
/// line feed and carriage return, U+FFFE, U+FFFF) are dropped from the body, so
/// offsets in the output are offsets into the body without them; a carriage
/// return is written `&#13;` so that parsing keeps it. TIMEX3s cannot overlap, so
/// of overlapping expressions only the first (the longer on a tie) is written.
/// No whitespace is added inside `TEXT` or `DCT`.
public struct TimeMLExporter: Sendable {
    /// The namespace of Frise's attributes (the chronology format's namespace).
    public static let friseNamespace = XMLExporter.namespace
    /// The prefix bound to `friseNamespace`.
    public static let frisePrefix = "frise"

    /// The bundled `timeml.xsd`, for validating TimeML that Frise wrote.
    public static var schemaURL: URL? { Bundle.module.url(forResource: "timeml", withExtension: "xsd") }

    public init() {}

    /// The article as a TimeML document, validated against `timeml.xsd`.
    ///
    /// Throws `XMLError.writerFailed` if libxml2 fails, and `XMLError.invalidOutput`
    /// if the document does not validate against the bundled schema (a bug in Frise).
    public func render(_ tagged: TaggedArticle) throws -> String {
        let xml = try write(tagged)
        let validator = try Self.bundledValidator.get()
        let diagnostics = validator.validate(data: Data(xml.utf8), sourceName: "<frise TimeML output>")
        guard diagnostics.isEmpty else { throw XMLError.invalidOutput(diagnostics) }
        return xml
    }

    /// The bundled schema, compiled once per process.
    private static let bundledValidator = Result { () throws -> XMLValidator in
        guard let url = schemaURL else { throw XMLError.bundledSchemaMissing }
        return try XMLValidator(schemaURL: url)
    }

    private func write(_ tagged: TaggedArticle) throws -> String {
        let annotated = Self.annotations(of: tagged)
        let writer = try InlineXMLWriter()
        try writer.start("TimeML")
        try writer.attribute("xmlns:\(Self.frisePrefix)", Self.friseNamespace)
        try writer.text("\n")
        try writer.element("DOCID", text: tagged.article.id)
        try writer.text("\n")
        try writer.start("DCT")
        try writeCreationTime(of: tagged, to: writer)
        try writer.end()
        try writer.text("\n")
        try writer.start("TEXT")
        var position = 0
        for timex in annotated.timexes {
            try writer.text(annotated.text(position..<timex.range.lowerBound))
            try write(timex, text: annotated.text(timex.range), to: writer)
            position = timex.range.upperBound
        }
        try writer.text(annotated.text(position..<annotated.body.count))
        try writer.end()
        try writer.text("\n")
        try writer.end()
        return try writer.finish()
    }

    private func writeCreationTime(of tagged: TaggedArticle, to writer: InlineXMLWriter) throws {
        let date = tagged.article.date
        try writer.start("TIMEX3")
        try writer.attribute("tid", Self.creationTimeID)
        try writer.attribute("type", date.precision == .minute ? TimexType.time.rawValue : TimexType.date.rawValue)
        try writer.attribute("value", date.description)
        try writer.attribute("temporalFunction", "false")
        try writer.attribute("functionInDocument", "CREATION_TIME")
        try writer.attribute(frise("referenceDay"), tagged.anchor.description)
        try writer.text(date.description)
        try writer.end()
    }

    private func write(_ timex: InlineTimex, text: String, to writer: InlineXMLWriter) throws {
        let value = timex.expression.value
        try writer.start("TIMEX3")
        try writer.attribute("tid", timex.tid)
        try writer.attribute("type", value.type.rawValue)
        try writer.attribute("value", value.value)
        if let mod = value.mod { try writer.attribute("mod", mod) }
        if let frequency = value.frequency { try writer.attribute("freq", frequency) }
        try writer.attribute("temporalFunction", value.certainty == .explicit ? "false" : "true")
        if let anchor = timex.anchorTimeID { try writer.attribute("anchorTimeID", anchor) }
        try writer.attribute(frise("granularity"), value.granularity.rawValue)
        try writer.attribute(frise("certainty"), value.certainty.rawValue)
        if value.type == .date || value.type == .time, let start = value.start, let end = value.end {
            try writer.attribute(frise("start"), start.description)
            try writer.attribute(frise("end"), end.description)
        }
        try writer.text(text)
        try writer.end()
    }

    private func frise(_ name: String) -> String { "\(Self.frisePrefix):\(name)" }
}

/// libxml2's xmlTextWriter without indentation, for mixed content.
///
/// `XMLTreeWriter` indents, which would add line breaks and spaces inside `TEXT`
/// and change the body; here every character of the document is written by the
/// caller. Names and values go through `XMLText.sanitized(_:)`; libxml2 escapes
/// `<`, `>`, `&`, quotes and carriage returns.
private final class InlineXMLWriter {
    private let buffer: xmlBufferPtr
    private let writer: xmlTextWriterPtr

    init() throws {
        guard let buffer = xmlBufferCreate() else { throw XMLError.writerFailed("buffer") }
        guard let writer = xmlNewTextWriterMemory(buffer, 0) else {
            xmlBufferFree(buffer)
            throw XMLError.writerFailed("writer")
        }
        self.buffer = buffer
        self.writer = writer
        try check(xmlTextWriterStartDocument(writer, "1.0", "UTF-8", nil), "XML declaration")
    }

    deinit {
        xmlFreeTextWriter(writer)
        xmlBufferFree(buffer)
    }

    func start(_ name: String) throws {
        try check(xmlTextWriterStartElement(writer, name), name)
    }

    func attribute(_ name: String, _ value: String) throws {
        try check(xmlTextWriterWriteAttribute(writer, name, XMLText.sanitized(value)), "@\(name)")
    }

    /// Writes text content, escaped; nothing for an empty string.
    func text(_ value: String) throws {
        guard !value.isEmpty else { return }
        try check(xmlTextWriterWriteString(writer, XMLText.sanitized(value)), "text")
    }

    func end() throws {
        try check(xmlTextWriterEndElement(writer), "end of element")
    }

    func element(_ name: String, text: String) throws {
        try start(name)
        try self.text(text)
        try end()
    }

    func finish() throws -> String {
        try check(xmlTextWriterEndDocument(writer), "end of document")
        try check(xmlTextWriterFlush(writer), "flush")
        guard let content = xmlBufferContent(buffer) else { throw XMLError.writerFailed("buffer") }
        let bytes = UnsafeBufferPointer(start: content, count: Int(xmlBufferLength(buffer)))
        return String(decoding: bytes, as: UTF8.self)
    }

    private func check(_ result: Int32, _ step: String) throws {
        if result < 0 { throw XMLError.writerFailed(step) }
    }
}
