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
    public init(schemaURL: URL? = nil) throws {
        xmlInitParser()
        guard let url = schemaURL ?? Bundle.module.url(forResource: "frise", withExtension: "xsd") else {
            throw XMLError.bundledSchemaMissing
        }
        schema = try CompiledSchema(path: url.path)
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

    init(path: String) throws {
        let collector = XMLErrorCollector(file: path)
        let previousHandler = __xmlStructuredError().pointee
        let previousContext = __xmlStructuredErrorContext().pointee
        xmlSetStructuredErrorFunc(collector.opaque, recordStructuredError)
        defer { xmlSetStructuredErrorFunc(previousContext, previousHandler) }

        let compiled: xmlSchemaPtr? = withExtendedLifetime(collector) {
            guard let parser = xmlSchemaNewParserCtxt(path) else { return nil }
            defer { xmlSchemaFreeParserCtxt(parser) }
            xmlSchemaSetParserStructuredErrors(parser, recordStructuredError, collector.opaque)
            return xmlSchemaParse(parser)
        }
        guard let compiled else {
            let diagnostics = collector.diagnostics.isEmpty
                ? [XMLDiagnostic(file: path, line: 1, message: "cannot read the schema")]
                : collector.diagnostics
            throw XMLError.unusableSchema(path: path, diagnostics)
        }
        pointer = compiled
    }

    deinit { xmlSchemaFree(pointer) }

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

extension XMLValidator {
    /// `xml` itself when it validates, else `XMLError.invalidOutput` with libxml2's diagnostics:
    /// what Frise writes is checked before anyone reads it.
    func checked(_ xml: String, sourceName: String) throws -> String {
        let diagnostics = validate(data: Data(xml.utf8), sourceName: sourceName)
        guard diagnostics.isEmpty else { throw XMLError.invalidOutput(diagnostics) }
        return xml
    }
}
