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
        try Self.bundledValidator.get().checked(write(tagged), sourceName: "<frise TimeML output>")
    }

    /// The bundled schema, compiled once per process.
    private static let bundledValidator = Result { () throws -> XMLValidator in
        guard let url = schemaURL else { throw XMLError.bundledSchemaMissing }
        return try XMLValidator(schemaURL: url)
    }

    private func write(_ tagged: TaggedArticle) throws -> String {
        let annotated = Self.annotations(of: tagged)
        let writer = try XMLTreeWriter(indent: nil)
        try writer.start("TimeML")
        try writer.attribute("xmlns:\(Self.frisePrefix)", Self.friseNamespace)
        try writer.text("\n")
        try writer.start("DOCID")
        if !tagged.article.id.isEmpty { try writer.text(tagged.article.id) }
        try writer.end()
        try writer.text("\n")
        try writer.start("DCT")
        try writeCreationTime(of: tagged, to: writer)
        try writer.end()
        try writer.text("\n")
        try writer.start("TEXT")
        var position = 0
        // Nothing is written for an empty stretch: an empty body stays `<TEXT/>`.
        func stretch(_ range: Range<Int>) throws {
            if !range.isEmpty { try writer.text(annotated.text(range)) }
        }
        for timex in annotated.timexes {
            try stretch(position..<timex.range.lowerBound)
            try write(timex, text: annotated.text(timex.range), to: writer)
            position = timex.range.upperBound
        }
        try stretch(position..<annotated.body.count)
        try writer.end()
        try writer.text("\n")
        try writer.end()
        return try writer.finish()
    }

    private func writeCreationTime(of tagged: TaggedArticle, to writer: XMLTreeWriter) throws {
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

    private func write(_ timex: InlineTimex, text: String, to writer: XMLTreeWriter) throws {
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
