import CLibXML2

/// A small Swift face on libxml2's xmlTextWriter, writing UTF-8 into memory, indented or not.
///
/// Every name and value is passed through `XMLText.sanitized(_:)`; escaping of
/// markup characters is left to libxml2. Each failing libxml2 call throws
/// `XMLError.writerFailed` naming the step.
final class XMLTreeWriter {
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
        try check(xmlTextWriterEndDocument(writer), "end of document")
        try check(xmlTextWriterFlush(writer), "flush")
        guard let content = xmlBufferContent(buffer) else { throw XMLError.writerFailed("buffer") }
        let bytes = UnsafeBufferPointer(start: content, count: Int(xmlBufferLength(buffer)))
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The string as the NUL-terminated `xmlChar`s libxml2 takes, read in place: passing a
    /// String where C wants a pointer copies it into a new array first.
    private static func withXMLChars<R>(_ text: String, _ body: (UnsafePointer<xmlChar>) -> R) -> R {
        text.withCString { $0.withMemoryRebound(to: xmlChar.self, capacity: text.utf8.count + 1, body) }
    }

    private func check(_ result: Int32, _ step: String) throws {
        if result < 0 { throw XMLError.writerFailed(step) }
    }
}
