import CLibXML2

/// A small Swift face on libxml2's xmlTextWriter, writing UTF-8 into memory, indented or not:
/// the TimeML export's writer (`XMLExporter` writes its own bytes: see `ByteCursor.xmlText`).
///
/// Every name and value is passed through `XMLText.sanitized(_:)`; escaping of
/// markup characters is left to libxml2. Each failing libxml2 call throws
/// `XMLError.writerFailed` naming the step.
final class XMLTreeWriter {
    /// The document in memory.
    private let buffer: xmlBufferPtr
    private let writer: xmlTextWriterPtr

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
        xmlBufferFree(buffer)
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

    /// Closes every open element and returns the document.
    func finish() throws -> String {
        try close()
        guard let content = xmlBufferContent(buffer) else { throw XMLError.writerFailed("buffer") }
        let bytes = UnsafeBufferPointer(start: content, count: Int(xmlBufferLength(buffer)))
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The string as the NUL-terminated `xmlChar`s libxml2 takes, read in place: passing a
    /// String where C wants a pointer copies it into a new array first.
    private static func withXMLChars<R>(_ text: String, _ body: (UnsafePointer<xmlChar>) -> R) -> R {
        text.withCString { $0.withMemoryRebound(to: xmlChar.self, capacity: text.utf8.count + 1, body) }
    }

    /// Closes every open element and flushes the document into its buffer.
    private func close() throws {
        try check(xmlTextWriterEndDocument(writer), "end of document")
        try check(xmlTextWriterFlush(writer), "flush")
    }

    private func check(_ result: Int32, _ step: String) throws {
        guard result >= 0 else { throw XMLError.writerFailed(step) }
    }
}
