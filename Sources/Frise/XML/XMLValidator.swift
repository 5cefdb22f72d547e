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

    /// The largest UTF-16 file `validate(contentsOfFile:)` reads by default: 256 MiB. Such a
    /// file is checked as a tree, which libxml2 builds some 10 to 30 times the size of the file;
    /// other files are checked as they are read, never held whole.
    public static let defaultMaxFileBytes = 256 << 20

    /// How much of a file is read at a time, and read first to look at its prolog.
    static let pieceBytes = 1 << 20

    /// The problems of the file at `path`, read through a bounded stream.
    ///
    /// The file is checked as it is read, a piece at a time, with the guards of
    /// `XMLDocumentParser` (entity declarations and crowded start tags refused, nothing
    /// fetched) and without a tree: memory holds the parser's state and what the schema's
    /// identity constraints remember (some 600 bytes an event of a chronology: 607 MB for the
    /// 769 MB of a million events), never the file; reading stops at the first malformation or
    /// at `XMLStreamCheck.maxSchemaProblems` problems. A UTF-16 file, which the guards cannot read piece by piece, is read whole
    /// and checked as a tree: one larger than `maxBytes` is refused as soon as that is known.
    /// `progress` is told the bytes read so far after each piece.
    public func validate(
        contentsOfFile path: String, maxBytes: Int = defaultMaxFileBytes, progress: (Int) -> Void = { _ in }
    ) -> [XMLDiagnostic] {
        do throws(ByteStream.SystemError) {
            return validate(try ByteStream(path: path), sourceName: path, maxBytes: maxBytes, progress: progress)
        } catch {
            return [XMLDiagnostic(file: path, line: 1, message: "cannot be read: \(error.message)")]
        }
    }

    /// `validate(contentsOfFile:)` for what an open descriptor reads (standard input is 0),
    /// named `sourceName` in the diagnostics; the descriptor is left open.
    public func validate(
        descriptor: Int32, sourceName: String, maxBytes: Int = defaultMaxFileBytes, progress: (Int) -> Void = { _ in }
    ) -> [XMLDiagnostic] {
        validate(ByteStream(descriptor: descriptor, owned: false), sourceName: sourceName, maxBytes: maxBytes, progress: progress)
    }

    private func validate(
        _ stream: ByteStream, sourceName path: String, maxBytes: Int, progress: (Int) -> Void
    ) -> [XMLDiagnostic] {
        func refusal(_ message: String) -> [XMLDiagnostic] { [XMLDiagnostic(file: path, line: 1, message: message)] }
        var head = Data()
        do throws(ByteStream.SystemError) {
            // The head, for the prolog and the encoding (a pipe may give less at a time).
            while head.count < Self.pieceBytes {
                let piece = try stream.read(upTo: Self.pieceBytes - head.count)
                if piece.isEmpty { break }
                head.append(piece)
            }
        } catch {
            return refusal("cannot be read: \(error.message)")
        }
        if PrologScanner.decodedUTF16(head.prefix(2)) != nil {
            let tooLarge = "the file is larger than \(ByteCount(maxBytes)); refused unread"
            if let size = stream.knownSize, size > maxBytes { return refusal(tooLarge) }
            var data = head
            do throws(ByteStream.SystemError) {
                guard try stream.read(into: &data, limit: maxBytes) else { return refusal(tooLarge) }
            } catch {
                return refusal("cannot be read: \(error.message)")
            }
            return validate(data: data, sourceName: path)
        }
        let collector = XMLErrorCollector(file: path)
        guard XMLDocumentParser.passesPrologGuards(head, into: collector) else { return collector.diagnostics }
        let check: XMLStreamCheck
        do {
            check = try XMLStreamCheck(schema: schema, sourceName: path, untrusted: true)
        } catch {
            return refusal("\(error)")
        }
        var read = head.count
        head.withUnsafeBytes { check.feed($0) }
        progress(read)
        while !check.isStopped {
            let piece: Data
            do throws(ByteStream.SystemError) {
                piece = try stream.read(upTo: Self.pieceBytes)
            } catch {
                return check.diagnostics + [XMLDiagnostic(file: path, line: check.line, message: "cannot be read: \(error.message)")]
            }
            if piece.isEmpty { break }
            piece.withUnsafeBytes { check.feed($0) }
            read += piece.count
            progress(read)
        }
        return check.finish()
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
/// For an `untrusted` document (a file `frise validate` reads), the guards of
/// `XMLDocumentParser` that can run piece by piece stand before the parser: each piece is
/// scanned for crowded start tags before the parser sees it, and an entity declaration stops the
/// parse (the caller runs `PrologScanner` on the document's beginning, which then names the
/// DOCTYPE's line, as the tree parse does).
final class XMLStreamCheck {
    private let schema: CompiledSchema
    /// The parser's errors and the refusals; the schema's errors apart, reported after them (a
    /// malformation first, as a check of a tree reports it, whatever the schema found before it).
    private let collector: XMLErrorCollector, schemaCollector: XMLErrorCollector
    private let context: xmlSchemaValidCtxtPtr
    private var plug: xmlSchemaSAXPlugPtr?
    private var parser: xmlParserCtxtPtr?
    /// The handler the push parser copies, with the schema's callbacks in it: no tree-building one.
    private let handler = UnsafeMutablePointer<xmlSAXHandler>.allocate(capacity: 1)
    /// Where the plug puts its handler and context, and puts ours back when it is undone: alive
    /// as long as the plug (undoing it wrote into a dead stack frame otherwise).
    private let plugged = UnsafeMutablePointer<xmlSAXHandlerPtr?>.allocate(capacity: 1)
    private let userData = UnsafeMutablePointer<UnsafeMutableRawPointer?>.allocate(capacity: 1)
    /// What our own callbacks need: the plug calls them with the user data it was given (this
    /// place), set before the parser exists.
    private let state = UnsafeMutablePointer<StreamState>.allocate(capacity: 1)
    /// The start tags' scan of an untrusted document.
    private var markup: MarkupScanner?
    private var finished = false

    fileprivate init(schema: CompiledSchema, sourceName: String, untrusted: Bool = false) throws {
        self.schema = schema
        collector = XMLErrorCollector(file: sourceName)
        schemaCollector = XMLErrorCollector(file: sourceName, limit: untrusted ? Self.maxSchemaProblems : .max)
        state.initialize(to: StreamState())
        guard let context = schema.exclusively({ xmlSchemaNewValidCtxt($0) }) else {
            handler.deallocate()
            plugged.deallocate()
            userData.deallocate()
            state.deallocate()
            throw XMLError.writerFailed("validation context")
        }
        self.context = context
        xmlSchemaSetValidStructuredErrors(context, recordStructuredError, schemaCollector.opaque)
        handler.initialize(to: xmlSAXHandler())
        handler.pointee.initialized = XML_SAX2_MAGIC
        if untrusted {
            markup = MarkupScanner()
            handler.pointee.entityDecl = refuseEntityDeclarationInStream
            handler.pointee.startElementNs = enterElement
            handler.pointee.endElementNs = leaveElement
        }
        plugged.initialize(to: handler)
        userData.initialize(to: UnsafeMutableRawPointer(state))
        plug = xmlSchemaSAXPlug(context, plugged, userData)
        guard plug != nil,
              let parser = xmlCreatePushParserCtxt(plugged.pointee, userData.pointee, nil, 0, sourceName)
        else { throw XMLError.writerFailed("validating parser") }
        xmlCtxtUseOptions(parser, XMLDocumentParser.options)
        parser.pointee._private = collector.opaque
        state.pointee.parser = parser
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
        state.deallocate()
    }

    /// The problems found so far: parse errors, then the schema's (empty while the text is valid).
    var diagnostics: [XMLDiagnostic] { collector.diagnostics + schemaCollector.diagnostics }

    /// The schema's problems listed for an untrusted document before its check stops (a file
    /// wrong throughout has as many as it has elements): the first thousand, as a compiler lists
    /// the first errors.
    static let maxSchemaProblems = 1000

    /// Whether the document was refused or found malformed, or the schema's problems reached
    /// their limit: what follows would tell nothing new.
    var isStopped: Bool {
        collector.isClosed || schemaCollector.omitted > 0 || parser.map { $0.pointee.wellFormed == 0 } ?? true
    }

    /// The line the parser has read to.
    var line: Int { parser.map { Int(xmlSAX2GetLineNumber($0)) } ?? 1 }

    /// Reads the next piece of the document (nothing once it `isStopped`).
    func feed(_ bytes: UnsafeRawBufferPointer) {
        guard !isStopped else { return }
        if markup != nil, let line = markup!.scan(bytes.bindMemory(to: UInt8.self)) {
            XMLDocumentParser.refuseCrowdedStartTag(line: line, into: collector)
            return
        }
        var rest = bytes[...]
        while !rest.isEmpty {
            let piece = rest.prefix(1 << 30)  // (a chunk's length is a C int)
            parse(UnsafeRawBufferPointer(rebasing: piece), last: false)
            rest = rest.dropFirst(piece.count)
        }
    }

    /// Ends the document; returns all its problems (empty when it is well-formed and valid).
    func finish() -> [XMLDiagnostic] {
        // A check stopped at its problems' limit ends there: the end not read is no malformation.
        if !finished, schemaCollector.omitted == 0 {
            parse(UnsafeRawBufferPointer(start: nil, count: 0), last: true)
            if let parser, parser.pointee.wellFormed == 0, collector.diagnostics.isEmpty {
                collector.record(line: 1, "the document is not well-formed")
            }
            if xmlSchemaIsValid(context) == 0, diagnostics.isEmpty {
                schemaCollector.record(line: 1, "the document is not valid")
            }
        }
        finished = true
        guard schemaCollector.omitted > 0 else { return diagnostics }
        return diagnostics + [XMLDiagnostic(
            file: schemaCollector.file, line: line, message: "more than \(Self.maxSchemaProblems) problems; the check stopped here")]
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

/// What the callbacks of an untrusted streamed document read and keep (their context).
private struct StreamState {
    var parser: xmlParserCtxtPtr?
    /// How many elements are open.
    var depth = 0
}

/// The entity-declaration callback of an untrusted streamed document: refuses the document and
/// stops the parse.
private func refuseEntityDeclarationInStream(
    _ context: UnsafeMutableRawPointer?, _ name: UnsafePointer<xmlChar>?, _ type: Int32,
    _ publicID: UnsafePointer<xmlChar>?, _ systemID: UnsafePointer<xmlChar>?,
    _ content: UnsafeMutablePointer<xmlChar>?
) {
    guard let parser = context?.assumingMemoryBound(to: StreamState.self).pointee.parser else { return }
    XMLDocumentParser.refuse(parser, declaringEntity: name)
}

/// Counts the open elements of an untrusted streamed document, and stops the parse past
/// libxml2's depth limit: without a tree, libxml2's push parser sets none, and the schema's
/// state grows with the depth.
private func enterElement(
    _ context: UnsafeMutableRawPointer?, _ localName: UnsafePointer<xmlChar>?, _ prefix: UnsafePointer<xmlChar>?,
    _ uri: UnsafePointer<xmlChar>?, _ namespaceCount: Int32, _ namespaces: UnsafeMutablePointer<UnsafePointer<xmlChar>?>?,
    _ attributeCount: Int32, _ defaulted: Int32, _ attributes: UnsafeMutablePointer<UnsafePointer<xmlChar>?>?
) {
    guard let state = context?.assumingMemoryBound(to: StreamState.self), let parser = state.pointee.parser else { return }
    state.pointee.depth += 1
    guard state.pointee.depth > XMLDocumentParser.maxDepth else { return }
    if let collector = XMLErrorCollector.from(parser.pointee._private) {
        collector.refuse(line: Int(xmlSAX2GetLineNumber(parser)), XMLDocumentParser.excessiveDepth)
    }
    parser.pointee.wellFormed = 0
    xmlStopParser(parser)
}

private func leaveElement(
    _ context: UnsafeMutableRawPointer?, _ localName: UnsafePointer<xmlChar>?, _ prefix: UnsafePointer<xmlChar>?,
    _ uri: UnsafePointer<xmlChar>?
) {
    context?.assumingMemoryBound(to: StreamState.self).pointee.depth -= 1
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
