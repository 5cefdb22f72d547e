import CLibXML2
import Foundation

/// Parses untrusted XML with libxml2: no network, no entity expansion, no DTD loading.
///
/// Three guards stand before the parser's own limits. `PrologScanner` refuses a
/// DOCTYPE whose internal subset declares entities before libxml2 sees a byte;
/// `MarkupScanner` refuses start tags with more attributes than libxml2 can check
/// in reasonable time; and, for encodings the scanners cannot read, the parser's
/// entity-declaration callback is replaced by one that stops the parse. libxml2's
/// own limits (without `XML_PARSE_HUGE`) bound the rest: 256 levels of nesting,
/// 10 MB text nodes and attribute values, 50 000-byte names. The options never include
/// `XML_PARSE_NOENT`, `XML_PARSE_DTDLOAD` or `XML_PARSE_HUGE`.
enum XMLDocumentParser {
    /// Network off, libxml2's own printing off, line numbers past 65535 kept.
    static let options = Int32(
        XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue
            | XML_PARSE_BIG_LINES.rawValue)

    /// Parses `data`, recording problems into `collector`; nil when the document is refused
    /// or not well-formed. The caller frees the returned document with `xmlFreeDoc`.
    ///
    /// `scanProlog` exists so that tests can reach the parser-level guard.
    static func parse(_ data: Data, into collector: XMLErrorCollector, scanProlog: Bool = true) -> xmlDocPtr? {
        guard passesPrologGuards(data, into: collector, scanProlog: scanProlog) else { return nil }
        if let line = MarkupScanner.crowdedStartTagLine(in: data) {
            refuseCrowdedStartTag(line: line, into: collector)
            return nil
        }
        guard data.count <= Int(Int32.max) else {
            collector.refuse(line: 1, "the document is too large (more than 2 GB)")
            return nil
        }
        guard let parser = xmlNewParserCtxt() else {
            collector.refuse(line: 1, "libxml2 could not create a parser")
            return nil
        }
        defer { xmlFreeParserCtxt(parser) }
        parser.pointee._private = collector.opaque
        parser.pointee.sax.pointee.entityDecl = refuseEntityDeclaration

        let document = collector.recording {
            data.withUnsafeBytes { raw in
                xmlCtxtReadMemory(
                    parser, raw.baseAddress!.assumingMemoryBound(to: CChar.self), Int32(raw.count),
                    nil, nil, options)
            }
        }
        if collector.isClosed || parser.pointee.wellFormed == 0 {
            if let document { xmlFreeDoc(document) }
            if collector.diagnostics.isEmpty { collector.record(line: 1, "the document is not well-formed") }
            return nil
        }
        if document == nil, collector.diagnostics.isEmpty {
            collector.record(line: 1, "libxml2 could not parse the document")
        }
        return document
    }

    /// The deepest nesting of elements accepted: libxml2's limit without `XML_PARSE_HUGE`.
    static let maxDepth = 256

    /// What is said of a document nested deeper than `maxDepth` (libxml2's message advises
    /// an option Frise never sets).
    static let excessiveDepth = "elements are nested deeper than \(maxDepth) levels; such documents are refused"

    /// Refuses, into `collector`, an empty document or one whose prolog (as far as `data`, the
    /// document or its beginning, holds it) declares entities; false when refused.
    static func passesPrologGuards(_ data: Data, into collector: XMLErrorCollector, scanProlog: Bool = true) -> Bool {
        if scanProlog, let line = PrologScanner.entityDeclarationLine(in: data) {
            collector.refuse(
                line: line,
                "the DOCTYPE declares entities; documents with entity declarations are refused")
            return false
        }
        guard !data.isEmpty else {
            collector.refuse(line: 1, "the document is empty")
            return false
        }
        return true
    }

    /// Refuses, into `collector`, a document with a start tag past `MarkupScanner.attributeLimit`.
    static func refuseCrowdedStartTag(line: Int, into collector: XMLErrorCollector) {
        collector.refuse(
            line: line,
            "an element has more than \(MarkupScanner.attributeLimit) attributes; such documents are refused")
    }
}

/// Replaces libxml2's entity-declaration callback: refuses the document and stops the parse.
private func refuseEntityDeclaration(
    _ context: UnsafeMutableRawPointer?, _ name: UnsafePointer<xmlChar>?, _ type: Int32,
    _ publicID: UnsafePointer<xmlChar>?, _ systemID: UnsafePointer<xmlChar>?,
    _ content: UnsafeMutablePointer<xmlChar>?
) {
    guard let context else { return }
    XMLDocumentParser.refuse(context.assumingMemoryBound(to: xmlParserCtxt.self), declaringEntity: name)
}

extension XMLDocumentParser {
    /// Refuses the document `parser` reads (into the collector in its `_private`), which declares
    /// the entity `name`, and stops the parse.
    static func refuse(_ parser: xmlParserCtxtPtr, declaringEntity name: UnsafePointer<xmlChar>?) {
        if let collector = XMLErrorCollector.from(parser.pointee._private) {
            let entity = name.map { String(cString: $0) } ?? "?"
            let line = parser.pointee.input.map { Int($0.pointee.line) } ?? 1
            collector.refuse(
                line: line, "the DTD declares the entity '\(entity)'; documents with entity declarations are refused")
        }
        parser.pointee.wellFormed = 0
        xmlStopParser(parser)
    }
}
