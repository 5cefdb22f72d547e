import CLibXML2

/// A small Swift face on libxml2's xmlTextWriter, writing UTF-8 into memory, indented or not.
///
/// Every name and value is passed through `XMLText.sanitized(_:)`; escaping of
/// markup characters is left to libxml2. Each failing libxml2 call throws
/// `XMLError.writerFailed` naming the step.
final class XMLTreeWriter {
    /// The document in memory, or nil when it goes to an output (`init(indent:output:)`).
    private let buffer: xmlBufferPtr?
    private let writer: xmlTextWriterPtr
    private let output: Output?

    /// A writer with its XML declaration written, indenting by `indent` per level; with no
    /// indent, every character of the document is the caller's (mixed content, as TimeML's
    /// `TEXT`, where indentation would change the body).
    init(indent: String? = "  ") throws {
        guard let buffer = xmlBufferCreate() else { throw XMLError.writerFailed("buffer") }
        guard let writer = xmlNewTextWriterMemory(buffer, 0) else {
            xmlBufferFree(buffer)
            throw XMLError.writerFailed("writer")
        }
        self.buffer = buffer
        self.writer = writer
        output = nil
        try begin(indent: indent)
    }

    /// A writer that hands the document to `output` as it is written, a few KB at a time (the
    /// bytes are valid only during the call), rather than holding it: see `close()`. An error
    /// `output` throws stops the writing and is rethrown by the writer's call that met it.
    init(indent: String? = "  ", output: @escaping (UnsafeRawBufferPointer) throws -> Void) throws {
        let sink = Output(output)
        let context = Unmanaged.passUnretained(sink).toOpaque()
        guard let buffer = xmlOutputBufferCreateIO(Output.write, nil, context, nil) else {
            throw XMLError.writerFailed("output")
        }
        guard let writer = xmlNewTextWriter(buffer) else {  // (which owns `buffer` from now on)
            xmlOutputBufferClose(buffer)
            throw XMLError.writerFailed("writer")
        }
        self.buffer = nil
        self.writer = writer
        self.output = sink
        try begin(indent: indent)
    }

    private func begin(indent: String?) throws {
        if let indent {
            try check(xmlTextWriterSetIndent(writer, 1), "indentation")
            try check(xmlTextWriterSetIndentString(writer, indent), "indentation")
        }
        try check(xmlTextWriterStartDocument(writer, "1.0", "UTF-8", nil), "XML declaration")
    }

    deinit {
        xmlFreeTextWriter(writer)
        if let buffer { xmlBufferFree(buffer) }
    }

    /// Where a streaming writer's bytes go, and the error that stopped them, if any.
    private final class Output {
        let body: (UnsafeRawBufferPointer) throws -> Void
        var error: (any Error)?

        init(_ body: @escaping (UnsafeRawBufferPointer) throws -> Void) { self.body = body }

        /// libxml2's write callback: the bytes to the output's body; -1 once it has thrown.
        static let write: xmlOutputWriteCallback = { context, bytes, length in
            guard let context else { return -1 }
            let output = Unmanaged<Output>.fromOpaque(context).takeUnretainedValue()
            guard output.error == nil else { return -1 }
            do {
                try output.body(UnsafeRawBufferPointer(start: bytes, count: Int(length)))
                return length
            } catch {
                output.error = error
                return -1
            }
        }
    }

    /// Opens an element; with a namespace, declares it as the default namespace.
    ///
    /// The declaration is written as the first attribute (xmlTextWriter's own
    /// namespace support puts it last), which reads better at the top of a file.
    func start(_ name: String, namespace: String? = nil) throws {
        try check(Self.withXMLChars(name) { xmlTextWriterStartElement(writer, $0) }, name)
        if let namespace { try attribute("xmlns", namespace) }
    }

    /// Writes an attribute of the element just opened.
    func attribute(_ name: String, _ value: String) throws {
        let result = Self.withXMLChars(name) { name in
            Self.withXMLChars(XMLText.sanitized(value)) { xmlTextWriterWriteAttribute(writer, name, $0) }
        }
        try check(result, "@\(name)")
    }

    /// Writes text content, escaped.
    func text(_ value: String) throws {
        try check(Self.withXMLChars(XMLText.sanitized(value)) { xmlTextWriterWriteString(writer, $0) }, "text")
    }

    /// Closes the innermost open element.
    func end() throws {
        try check(xmlTextWriterEndElement(writer), "end of element")
    }

    /// Writes `<name attributes…>text</name>`.
    func element(_ name: String, _ attributes: KeyValuePairs<String, String> = [:], text: String) throws {
        try element(name, attributes) { try self.text(text) }
    }

    /// Writes an element with attributes, then the content `body` writes.
    func element(
        _ name: String, _ attributes: KeyValuePairs<String, String> = [:], body: () throws -> Void = {}
    ) throws {
        try start(name)
        for (key, value) in attributes { try attribute(key, value) }
        try body()
        try end()
    }

    /// Closes every open element and returns the document.
    func finish() throws -> String {
        try close()
        guard let buffer, let content = xmlBufferContent(buffer) else { throw XMLError.writerFailed("buffer") }
        let bytes = UnsafeBufferPointer(start: content, count: Int(xmlBufferLength(buffer)))
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The string as the NUL-terminated `xmlChar`s libxml2 takes, read in place: passing a
    /// String where C wants a pointer copies it into a new array first.
    private static func withXMLChars<R>(_ text: String, _ body: (UnsafePointer<xmlChar>) -> R) -> R {
        text.withCString { $0.withMemoryRebound(to: xmlChar.self, capacity: text.utf8.count + 1, body) }
    }

    /// Closes every open element and hands the rest of the document on.
    func close() throws {
        try check(xmlTextWriterEndDocument(writer), "end of document")
        try check(xmlTextWriterFlush(writer), "flush")
    }

    private func check(_ result: Int32, _ step: String) throws {
        guard result < 0 else { return }
        if let error = output?.error { throw error }
        throw XMLError.writerFailed(step)
    }
}
