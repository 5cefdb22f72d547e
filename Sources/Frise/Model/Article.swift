/// One article to process: its identity, its document date and its body text.
public struct Article: Hashable, Sendable {
    /// The document id: the file name without extension, or the JSON `id`.
    public var id: String
    /// Where the article came from (a path, `-` for standard input), for messages.
    public var source: String
    public var date: DocumentDate
    /// The body's UTF-8, well-formed: what the tokenizer reads. Kept as bytes, not as a string,
    /// so that a body read from JSON is checked once, as it is read (making a string checks it
    /// again: a tenth of `frise tag`).
    public let bodyUTF8: [UInt8]
    public var title: String?
    public var url: String?
    public var language: String

    public init(
        id: String, source: String, date: DocumentDate, body: String, title: String? = nil,
        url: String? = nil, language: String = "fr"
    ) {
        self.init(
            id: id, source: source, date: date, bodyUTF8: Array(body.utf8), title: title, url: url, language: language)
    }

    /// An article whose body is `bodyUTF8`, which must be well-formed UTF-8.
    init(
        id: String, source: String, date: DocumentDate, bodyUTF8: [UInt8], title: String? = nil,
        url: String? = nil, language: String = "fr"
    ) {
        self.id = id
        self.source = source
        self.date = date
        self.bodyUTF8 = bodyUTF8
        self.title = title
        self.url = url
        self.language = language
    }

    /// The body; all offsets are Unicode-scalar offsets into it. Made at each call.
    public var body: String { String(wellFormed: bodyUTF8.span) }

    /// Whether well-formed UTF-8 holds a scalar that is not whitespace (a body must).
    static func holdsText(_ utf8: [UInt8]) -> Bool {
        var index = 0
        while index < utf8.count {
            let (scalar, length) = Folding.decode(utf8, at: index)
            if !scalar.properties.isWhitespace { return true }
            index += length
        }
        return false
    }
}
