import CLibXML2
import Foundation

/// Checks XML documents against an XSD (Frise's own `frise.xsd` by default).
///
/// Documents are parsed as untrusted input (see `XMLDocumentParser`): no network,
/// no entity expansion, no DTD loading, and any entity declaration is refused.
/// Problems come back as line-numbered diagnostics rather than thrown, so a
/// caller can report every problem of every file.
///
/// The schema is compiled once per validator. A validator may be shared between
/// threads: documents are parsed concurrently, and the schema checks of one
/// instance take turns.
///
/// ```swift
/// let validator = try XMLValidator()
/// for problem in validator.validate(data: data, sourceName: path) { print(problem) }
/// ```
public struct XMLValidator: Sendable {
    private let schema: CompiledSchema

    /// Compiles the schema at `schemaURL`, or Frise's bundled `frise.xsd` when nil.
    ///
    /// Throws `XMLError.unusableSchema` when the file cannot be read or is not a valid XSD.
    public init(schemaURL: URL? = nil) throws { try self.init(schemaURL: schemaURL, keys: true) }

    /// `keys` false: the schema without its identity constraints (`xs:key`, `xs:keyref`,
    /// `xs:unique`), for a caller that checks those itself (`XMLExporter`: libxml2 took 60% of
    /// its checking time and 800 bytes an event for them, streaming a million events).
    init(schemaURL: URL? = nil, keys: Bool) throws {
        xmlInitParser()
        guard let url = schemaURL ?? Bundle.module.url(forResource: "frise", withExtension: "xsd") else {
            throw XMLError.bundledSchemaMissing
        }
        schema = try CompiledSchema(path: url.path, keys: keys)
    }

    /// The problems of the document in `data`: empty when it is well-formed and valid.
    ///
    /// `sourceName` names the document in the diagnostics (usually its path).
    public func validate(data: Data, sourceName: String) -> [XMLDiagnostic] {
        let collector = XMLErrorCollector(file: sourceName)
        guard let document = XMLDocumentParser.parse(data, into: collector) else {
            return collector.diagnostics
        }
        defer { xmlFreeDoc(document) }
        schema.validate(document, into: collector)
        return collector.diagnostics
    }

    /// The largest file `validate(contentsOfFile:)` reads by default: 256 MiB (libxml2 then
    /// builds a tree some 10 to 30 times the size of the file).
    public static let defaultMaxFileBytes = 256 << 20

    /// The problems of the file at `path`, read through a bounded stream: a file (or device,
    /// or pipe) larger than `maxBytes` is refused as soon as that is known, never read whole.
    public func validate(contentsOfFile path: String, maxBytes: Int = defaultMaxFileBytes) -> [XMLDiagnostic] {
        func refusal(_ message: String) -> [XMLDiagnostic] { [XMLDiagnostic(file: path, line: 1, message: message)] }
        let tooLarge = "the file is larger than \(ByteCount(maxBytes)); refused unread"
        var data = Data()
        do throws(ByteStream.SystemError) {
            let stream = try ByteStream(path: path)
            if let size = stream.knownSize, size > maxBytes { return refusal(tooLarge) }
            guard try stream.read(into: &data, limit: maxBytes) else { return refusal(tooLarge) }
        } catch {
            return refusal("cannot be read: \(error.message)")
        }
        return validate(data: data, sourceName: path)
    }
}

/// A compiled XSD, freed with its owner.
private final class CompiledSchema: @unchecked Sendable {
    // Sendable: `pointer` is never mutated after init and every use holds `lock`.
    private let pointer: xmlSchemaPtr
    private let lock = NSLock()
    /// The schema's document, when it was compiled from a tree of it (which it may point into).
    private let document: xmlDocPtr?

    init(path: String, keys: Bool = true) throws {
        let collector = XMLErrorCollector(file: path)
        let (document, compiled) = collector.recording { () -> (xmlDocPtr?, xmlSchemaPtr?) in
            let document = keys ? nil : xmlReadFile(path, nil, XMLDocumentParser.options)
            if let root = document.flatMap({ xmlDocGetRootElement($0) }) { Self.removeIdentityConstraints(under: root) }
            guard let parser = document.map({ xmlSchemaNewDocParserCtxt($0) }) ?? xmlSchemaNewParserCtxt(path) else {
                return (document, nil)
            }
            defer { xmlSchemaFreeParserCtxt(parser) }
            xmlSchemaSetParserStructuredErrors(parser, recordStructuredError, collector.opaque)
            return (document, xmlSchemaParse(parser))
        }
        self.document = document
        guard let compiled else {
            if let document { xmlFreeDoc(document) }
            let diagnostics = collector.diagnostics.isEmpty
                ? [XMLDiagnostic(file: path, line: 1, message: "cannot read the schema")]
                : collector.diagnostics
            throw XMLError.unusableSchema(path: path, diagnostics)
        }
        pointer = compiled
    }

    deinit {
        xmlSchemaFree(pointer)
        if let document { xmlFreeDoc(document) }
    }

    /// Takes the `xs:key`, `xs:keyref` and `xs:unique` elements out of a schema's tree.
    private static func removeIdentityConstraints(under node: xmlNodePtr) {
        var next = node.pointee.children
        while let child = next {
            next = child.pointee.next
            guard child.pointee.type == XML_ELEMENT_NODE else { continue }
            let name = String(cString: child.pointee.name)
            let namespace = child.pointee.ns.map { String(cString: $0.pointee.href) }
            if namespace == "http://www.w3.org/2001/XMLSchema", ["key", "keyref", "unique"].contains(name) {
                xmlUnlinkNode(child)
                xmlFreeNode(child)
            } else {
                removeIdentityConstraints(under: child)
            }
        }
    }

    /// Runs `body` while no other check of this schema runs.
    func exclusively<Result>(_ body: (xmlSchemaPtr) -> Result) -> Result { lock.withLock { body(pointer) } }

    /// Validates a parsed document, recording the schema's complaints.
    func validate(_ document: xmlDocPtr, into collector: XMLErrorCollector) {
        lock.withLock {
            withExtendedLifetime(collector) {
                guard let context = xmlSchemaNewValidCtxt(pointer) else {
                    collector.record(line: 1, "libxml2 could not create a validation context")
                    return
                }
                defer { xmlSchemaFreeValidCtxt(context) }
                xmlSchemaSetValidStructuredErrors(context, recordStructuredError, collector.opaque)
                let result = xmlSchemaValidateDoc(context, document)
                if result != 0, collector.diagnostics.isEmpty {
                    collector.record(line: 1, "the document is not valid (libxml2 code \(result))")
                }
            }
        }
    }
}

/// A document checked as it is written, piece by piece: libxml2's push parser reads each piece,
/// the schema plugged into the events it reports (`xmlSchemaSAXPlug`), and no tree is built, so
/// memory stays that of the parser's state and the schema's keys, however long the document
/// (a tree of a chronology took some ten times its text: 650 MB for the XML of 60,000 events).
///
/// Meant for Frise's own output (the exporter's), not for untrusted files: `XMLDocumentParser`'s
/// guards are not run here.
final class XMLStreamCheck {
    private let schema: CompiledSchema
    private let collector: XMLErrorCollector
    private let context: xmlSchemaValidCtxtPtr
    private var plug: xmlSchemaSAXPlugPtr?
    private var parser: xmlParserCtxtPtr?
    /// The handler the push parser copies, with the schema's callbacks in it: no tree-building one.
    private let handler = UnsafeMutablePointer<xmlSAXHandler>.allocate(capacity: 1)
    /// Where the plug puts its handler and context, and puts ours back when it is undone: alive
    /// as long as the plug (undoing it wrote into a dead stack frame otherwise).
    private let plugged = UnsafeMutablePointer<xmlSAXHandlerPtr?>.allocate(capacity: 1)
    private let userData = UnsafeMutablePointer<UnsafeMutableRawPointer?>.allocate(capacity: 1)
    private var finished = false

    fileprivate init(schema: CompiledSchema, sourceName: String) throws {
        self.schema = schema
        collector = XMLErrorCollector(file: sourceName)
        guard let context = schema.exclusively({ xmlSchemaNewValidCtxt($0) }) else {
            handler.deallocate()
            plugged.deallocate()
            userData.deallocate()
            throw XMLError.writerFailed("validation context")
        }
        self.context = context
        xmlSchemaSetValidStructuredErrors(context, recordStructuredError, collector.opaque)
        handler.initialize(to: xmlSAXHandler())
        handler.pointee.initialized = XML_SAX2_MAGIC
        plugged.initialize(to: handler)
        userData.initialize(to: nil)
        plug = xmlSchemaSAXPlug(context, plugged, userData)
        guard plug != nil,
              let parser = xmlCreatePushParserCtxt(plugged.pointee, userData.pointee, nil, 0, sourceName)
        else { throw XMLError.writerFailed("validating parser") }
        xmlCtxtUseOptions(parser, XMLDocumentParser.options)
        self.parser = parser
        // The schema's errors carry no line when no tree is built: the parser's, where it reads.
        xmlSchemaValidateSetLocator(context, locateInParser, parser)
    }

    deinit {
        if let parser { xmlFreeParserCtxt(parser) }
        if plug != nil { xmlSchemaSAXUnplug(plug) }
        xmlSchemaFreeValidCtxt(context)
        handler.deallocate()
        plugged.deallocate()
        userData.deallocate()
    }

    /// The problems found so far: parse errors, then the schema's (empty while the text is valid).
    var diagnostics: [XMLDiagnostic] { collector.diagnostics }

    /// Reads the next piece of the document.
    func feed(_ bytes: UnsafeRawBufferPointer) {
        var rest = bytes[...]
        while !rest.isEmpty {
            let piece = rest.prefix(1 << 30)  // (a chunk's length is a C int)
            parse(UnsafeRawBufferPointer(rebasing: piece), last: false)
            rest = rest.dropFirst(piece.count)
        }
    }

    /// Ends the document; returns all its problems (empty when it is well-formed and valid).
    func finish() -> [XMLDiagnostic] {
        if !finished {
            parse(UnsafeRawBufferPointer(start: nil, count: 0), last: true)
            finished = true
            if let parser, parser.pointee.wellFormed == 0, collector.diagnostics.isEmpty {
                collector.record(line: 1, "the document is not well-formed")
            }
            if xmlSchemaIsValid(context) == 0, collector.diagnostics.isEmpty {
                collector.record(line: 1, "the document is not valid")
            }
        }
        return collector.diagnostics
    }

    private func parse(_ bytes: UnsafeRawBufferPointer, last: Bool) {
        guard let parser, !finished else { return }
        // (The parser's own errors go to the thread's structured handler.)
        collector.recording {
            schema.exclusively { _ in
                _ = xmlParseChunk(
                    parser, bytes.baseAddress?.assumingMemoryBound(to: CChar.self), Int32(bytes.count), last ? 1 : 0)
            }
        }
    }
}

/// The place of a streamed document's schema error: the line the parser (the context) reads.
private func locateInParser(
    _ context: UnsafeMutableRawPointer?, _ file: UnsafeMutablePointer<UnsafePointer<CChar>?>?,
    _ line: UnsafeMutablePointer<UInt>?
) -> Int32 {
    guard let context else { return -1 }
    let parser = context.assumingMemoryBound(to: xmlParserCtxt.self)
    file?.pointee = nil
    line?.pointee = UInt(clamping: xmlSAX2GetLineNumber(parser))
    return 0
}

extension XMLValidator {
    /// A check of a document written piece by piece (see `XMLStreamCheck`).
    func streamCheck(sourceName: String) throws -> XMLStreamCheck {
        try XMLStreamCheck(schema: schema, sourceName: sourceName)
    }

    /// `xml` itself when it validates, else `XMLError.invalidOutput` with libxml2's diagnostics:
    /// what Frise writes is checked before anyone reads it.
    func checked(_ xml: String, sourceName: String) throws -> String {
        let diagnostics = validate(data: Data(xml.utf8), sourceName: sourceName)
        guard diagnostics.isEmpty else { throw XMLError.invalidOutput(diagnostics) }
        return xml
    }
}
