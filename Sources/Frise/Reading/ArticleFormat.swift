import Foundation

/// The file formats `ArticleReader` understands.
///
/// To add a format: add a case, map its extensions in
/// `init(pathExtension:)`, and give `ArticleReader.articles(in:format:origin:)` a
/// parser for it. Folders then pick it up through `folderExtensions`.
enum ArticleFormat: CaseIterable, Sendable {
    /// `date VALUE` then the body (`.txt`).
    case plainText
    /// One JSON object or an array of them (`.json`); JSON Lines is accepted too.
    case json
    /// One JSON object per line (`.jsonl`, `.ndjson`).
    case jsonLines
    /// TimeML, ISO-TimeML (`.tml`): the date from the CREATION_TIME TIMEX3, the body from `TEXT`.
    case timeML

    /// The extensions of each format, lowercase, without the dot.
    var extensions: [String] {
        switch self {
        case .plainText: ["txt"]
        case .json: ["json"]
        case .jsonLines: ["jsonl", "ndjson"]
        case .timeML: ["tml"]
        }
    }

    /// The format a file name's extension announces (case-insensitive), or nil.
    init?(pathExtension: String) {
        let lowered = pathExtension.lowercased()
        guard let format = Self.allCases.first(where: { $0.extensions.contains(lowered) }) else { return nil }
        self = format
    }

    /// The extensions read when walking a folder.
    static var folderExtensions: [String] { allCases.flatMap(\.extensions) }

    /// Guesses the format from the content: JSON when the first non-space character
    /// (after a byte order mark) is `{` or `[`, TimeML when it is `<`, plain text otherwise.
    init(sniffing text: String) {
        let first = text.unicodeScalars.first { $0 != "\u{FEFF}" && !$0.properties.isWhitespace }
        switch first {
        case "{", "[": self = .json
        case "<": self = .timeML
        default: self = .plainText
        }
    }

    /// The first byte after a UTF-8 byte order mark and ASCII whitespace; nil when there is none.
    static func firstSignificantByte(in data: Data) -> UInt8? {
        let body = data.starts(with: [0xEF, 0xBB, 0xBF]) ? data.dropFirst(3) : data[...]
        return body.first { $0 != 0x20 && $0 != 0x09 && $0 != 0x0A && $0 != 0x0D }
    }
}

/// Where an article's text came from: the name used in messages and the default id.
struct ArticleOrigin: Sendable {
    /// The path as given, or `-`.
    var source: String
    /// The file name without its extension (`stdin` for standard input): the default article id.
    var stem: String

    init(source: String, stem: String) {
        self.source = source
        self.stem = stem
    }

    /// The origin of a file path: `news/2023/a.txt` → stem `a`.
    init(path: String) {
        let name = path.split(separator: "/", omittingEmptySubsequences: true).last.map(String.init) ?? path
        var stem = name
        if let dot = name.lastIndex(of: "."), dot != name.startIndex { stem = String(name[..<dot]) }
        self.init(source: path, stem: stem)
    }

    /// The origin with strings of its own (see `String.ownCopy`).
    var ownCopy: ArticleOrigin { ArticleOrigin(source: source.ownCopy, stem: stem.ownCopy) }

    func error(line: Int? = nil, element: Int? = nil, _ reason: ArticleReadError.Reason) -> ArticleReadError {
        ArticleReadError(source: source, line: line, element: element, reason: reason)
    }
}
