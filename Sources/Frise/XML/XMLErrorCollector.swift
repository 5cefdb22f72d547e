import CLibXML2

/// Gathers the errors libxml2 reports for one document, as diagnostics.
///
/// libxml2 reports through C callbacks that cannot capture Swift state; the
/// collector travels to them as their opaque context pointer (see `opaque`),
/// so no global mutable state is involved. One collector serves one call on one
/// thread.
final class XMLErrorCollector {
    let file: String
    private(set) var diagnostics: [XMLDiagnostic] = []
    /// Set once the document has been refused: later errors are consequences, not news.
    private(set) var isClosed = false

    /// The most problems kept; those past it are only counted (`omitted`).
    let limit: Int
    private(set) var omitted = 0

    init(file: String, limit: Int = .max) {
        self.file = file
        self.limit = limit
    }

    /// The pointer to hand to libxml2 as a callback context; valid while `self` is alive.
    var opaque: UnsafeMutableRawPointer { Unmanaged.passUnretained(self).toOpaque() }

    /// The collector behind a callback context.
    static func from(_ opaque: UnsafeMutableRawPointer?) -> XMLErrorCollector? {
        opaque.map { Unmanaged<XMLErrorCollector>.fromOpaque($0).takeUnretainedValue() }
    }

    /// Runs `body` with this thread's libxml2 structured errors (a handler per thread in
    /// libxml2) recorded here, the caller's handler restored afterwards.
    func recording<Result>(_ body: () throws -> Result) rethrows -> Result {
        let previousHandler = __xmlStructuredError().pointee
        let previousContext = __xmlStructuredErrorContext().pointee
        xmlSetStructuredErrorFunc(opaque, recordStructuredError)
        defer { xmlSetStructuredErrorFunc(previousContext, previousHandler) }
        return try withExtendedLifetime(self) { try body() }
    }

    /// Records a problem, unless the document was already refused.
    func record(line: Int, _ message: String) {
        guard !isClosed else { return }
        guard diagnostics.count < limit else {
            omitted += 1
            return
        }
        diagnostics.append(XMLDiagnostic(file: file, line: max(line, 1), message: message))
    }

    /// Records a problem that ends the document's processing.
    func refuse(line: Int, _ message: String) {
        record(line: line, message)
        isClosed = true
    }

    /// Records one of libxml2's structured errors; warnings are ignored.
    func record(_ error: UnsafePointer<xmlError>) {
        let error = error.pointee
        guard error.level.rawValue >= XML_ERR_ERROR.rawValue else { return }
        var message = error.message.map { String(cString: $0) } ?? "error \(error.code)"
        while message.last?.isWhitespace == true { message.removeLast() }
        record(line: Int(error.line), Self.reworded[message] ?? message)
    }

    /// libxml2's messages that say too little to whoever reads them, said again.
    private static let reworded = [
        // The push parser (a file read piece by piece), waiting for the end of a tag, a comment
        // or a value that runs on past its limit, 10,000,000 bytes without `XML_PARSE_HUGE`.
        "internal error: Huge input lookup": "a tag, comment or attribute value runs on past 10,000,000 bytes (libxml2's limit)",
        "Excessive depth in document: \(XMLDocumentParser.maxDepth) use XML_PARSE_HUGE option": XMLDocumentParser.excessiveDepth,
    ]
}

/// The libxml2 structured-error callback: records into the collector given as context.
func recordStructuredError(_ context: UnsafeMutableRawPointer?, _ error: xmlErrorPtr?) {
    guard let error, let collector = XMLErrorCollector.from(context) else { return }
    collector.record(UnsafePointer(error))
}
