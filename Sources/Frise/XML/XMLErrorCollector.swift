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

    init(file: String) {
        self.file = file
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
        record(line: Int(error.line), message)
    }
}

/// The libxml2 structured-error callback: records into the collector given as context.
func recordStructuredError(_ context: UnsafeMutableRawPointer?, _ error: xmlErrorPtr?) {
    guard let error, let collector = XMLErrorCollector.from(context) else { return }
    collector.record(UnsafePointer(error))
}
