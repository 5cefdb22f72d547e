/// One article to process: its identity, its document date and its body text.
public struct Article: Hashable, Sendable {
    /// The document id: the file name without extension, or the JSON `id`.
    public var id: String
    /// Where the article came from (a path, `-` for standard input), for messages.
    public var source: String
    public var date: DocumentDate
    /// The body; all offsets are Unicode-scalar offsets into it.
    public var body: String
    public var title: String?
    public var url: String?
    public var language: String

    public init(
        id: String, source: String, date: DocumentDate, body: String, title: String? = nil,
        url: String? = nil, language: String = "fr"
    ) {
        self.id = id
        self.source = source
        self.date = date
        self.body = body
        self.title = title
        self.url = url
        self.language = language
    }
}
