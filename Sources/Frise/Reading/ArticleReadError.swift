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
        /// The text is UTF-16 (it starts with a UTF-16 byte order mark).
        case utf16
        /// The bytes hold a NUL: binary data, not text (the line holds the first NUL).
        case binary
        /// The file, standard input or JSON Lines line holds nothing but whitespace.
        case empty
        /// The file (or, for JSON Lines, the line) is larger than the limit, in bytes.
        case tooLarge(limit: Int)
        /// A path met while walking a folder that is a device, a pipe or a socket.
        case notRegularFile
        /// JSON arrays and objects nested deeper than the limit.
        case nestedTooDeep(limit: Int)
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
            case .utf16:
                return "UTF-16 text; Frise reads UTF-8 (convert it first, e.g. with iconv -f utf-16 -t utf-8)"
            case .binary:
                return "binary data, not text (it holds a NUL byte)"
            case .empty:
                return "empty (nothing but whitespace)"
            case .tooLarge(let limit):
                return "larger than \(ByteCount(limit)) (the --max-article-bytes limit): skipped; "
                    + "split it or raise the limit"
            case .notRegularFile:
                return "not a regular file (a device, a pipe or a socket), skipped"
            case .nestedTooDeep(let limit):
                return "JSON nested more than \(limit) levels deep; an article needs 2 or 3"
            case .missingDate:
                return "no date line: an article starts with 'date YYYY', 'date YYYY-MM', 'date YYYY-MM-DD' "
                    + "or 'date YYYY-MM-DDTHH:MM' (or give the date with --dct)"
            case .invalidDate(let value):
                return "'\(Self.shown(value))' is not a valid date: use YYYY, YYYY-MM, YYYY-MM-DD or YYYY-MM-DDTHH:MM "
                    + "with a real month, day and time"
            case .emptyBody:
                return "the article has no text"
            case .invalidJSON(let detail):
                return "invalid JSON: \(Self.shown(detail))"
            case .notAnObject:
                return "expected a JSON object with \"text\" and \"date\" fields"
            case .missingField(let name):
                return "missing field \"\(name)\""
            case .invalidField(let name, let expected):
                return "field \"\(name)\" must be \(expected)"
            case .noArticles:
                return "the folder holds no article (.\(ArticleFormat.folderExtensions.joined(separator: ", .")))"
            case .invalidTimeML(let detail):
                return "invalid TimeML: \(Self.shown(detail, length: 200))"
            }
        }
    }

    /// `source:line: reason`, `source: element N: reason` or `source: reason`, on one line.
    public var description: String {
        var text = Reason.escapingControls(source)
        if let line { text += ":\(line)" }
        text += ": "
        if let element { text += "element \(element): " }
        return text + reason.description
    }
}

extension ArticleReadError.Reason {
    /// A value taken from the input, made safe to print: control characters escaped
    /// (no newline can split the message, no escape sequence can reach the terminal)
    /// and cut to `length` Unicode scalars.
    static func shown(_ value: String, length: Int = 60) -> String {
        let scalars = value.unicodeScalars
        guard let cut = scalars.index(scalars.startIndex, offsetBy: length, limitedBy: scalars.endIndex),
              cut < scalars.endIndex
        else { return escapingControls(value) }
        return escapingControls(String(scalars[..<cut])) + "…"
    }

    /// The text with its C0, DEL and C1 control characters written as `\n`, `\t` or `\u{1B}`.
    static func escapingControls(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: isControl) else { return text }
        var result = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            case _ where isControl(scalar): result += "\\u{\(String(scalar.value, radix: 16, uppercase: true))}"
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    private static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value)
    }
}
