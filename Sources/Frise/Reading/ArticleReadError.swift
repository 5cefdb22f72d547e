/// Why an input could not be read as articles, and where.
///
/// The description is the message the user sees, in the compiler style that
/// editors and terminals link to: `seeds/a.txt:1: '2023-02-30' is not a valid date…`,
/// `news.json: element 3: missing field "date"` or `missing.txt: no such file or folder`.
/// Every user-facing wording lives in `Reason.description`.
public struct ArticleReadError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The path as given (`-` for standard input), or the path of a file inside a given folder.
    public var source: String
    /// The 1-based line the problem is on (the date line, the JSON Lines line…), when known.
    public var line: Int?
    /// The 1-based position of the offending object in a JSON array, when the problem is in one.
    public var element: Int?
    public var reason: Reason

    public init(source: String, line: Int? = nil, element: Int? = nil, reason: Reason) {
        self.source = source
        self.line = line
        self.element = element
        self.reason = reason
    }

    /// What went wrong.
    public enum Reason: Hashable, Sendable, CustomStringConvertible {
        /// Nothing exists at the path.
        case fileNotFound
        /// The file or folder exists but could not be read; the system's explanation.
        case unreadable(String)
        /// The bytes are not UTF-8 (the line holds the first bad byte).
        case notUTF8
        /// A plain-text article without a `date` line (and no date override).
        case missingDate
        /// A date that is malformed or names no real day (`2023-02-30`, `2023-13`).
        case invalidDate(String)
        /// The article has a date but no text.
        case emptyBody
        /// The JSON could not be parsed; the parser's explanation.
        case invalidJSON(String)
        /// A JSON value that should have been an article object.
        case notAnObject
        /// A required JSON field is absent (`text`, `date`).
        case missingField(String)
        /// A JSON field has the wrong kind of value.
        case invalidField(String, expected: String)
        /// A folder given on the command line holds no file Frise reads.
        case noArticles
        /// A TimeML document that is not well-formed or lacks `TEXT` or a creation time.
        case invalidTimeML(String)

        public var description: String {
            switch self {
            case .fileNotFound:
                return "no such file or folder"
            case .unreadable(let detail):
                return "cannot be read: \(detail)"
            case .notUTF8:
                return "not valid UTF-8 text (convert it first, e.g. with iconv -f latin1 -t utf-8)"
            case .missingDate:
                return "no date line: an article starts with 'date YYYY', 'date YYYY-MM', 'date YYYY-MM-DD' "
                    + "or 'date YYYY-MM-DDTHH:MM' (or give the date with --dct)"
            case .invalidDate(let value):
                return "'\(value)' is not a valid date: use YYYY, YYYY-MM, YYYY-MM-DD or YYYY-MM-DDTHH:MM "
                    + "with a real month, day and time"
            case .emptyBody:
                return "the article has no text"
            case .invalidJSON(let detail):
                return "invalid JSON: \(detail)"
            case .notAnObject:
                return "expected a JSON object with \"text\" and \"date\" fields"
            case .missingField(let name):
                return "missing field \"\(name)\""
            case .invalidField(let name, let expected):
                return "field \"\(name)\" must be \(expected)"
            case .noArticles:
                return "the folder holds no article (.\(ArticleFormat.folderExtensions.joined(separator: ", .")))"
            case .invalidTimeML(let detail):
                return "invalid TimeML: \(detail)"
            }
        }
    }

    /// `source:line: reason`, `source: element N: reason` or `source: reason`.
    public var description: String {
        var text = source
        if let line { text += ":\(line)" }
        text += ": "
        if let element { text += "element \(element): " }
        return text + reason.description
    }
}
