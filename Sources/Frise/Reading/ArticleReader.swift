import Foundation

/// Reads articles from files, folders and standard input.
///
/// Paths are read in the order given. A folder is walked recursively, skipping
/// hidden entries, and its `.txt`, `.json`, `.jsonl`, `.ndjson` and `.tml` files are
/// read in path order (byte-wise, so the order does not depend on the locale). A file
/// named explicitly is read whatever its extension: an unknown one is sniffed
/// like standard input (`-`), JSON when it starts with `{` or `[`, TimeML when it
/// starts with `<`, plain text otherwise. Every article and every failure is handed to `body` as it comes;
/// a bad file or line never stops the others.
///
/// ```swift
/// ArticleReader().read(paths: ["seeds"]) { result in
///     if case .success(let article) = result { print(article.id, article.date) }
/// }
/// ```
public struct ArticleReader: Sendable {
    /// The date given on the command line (`--dct`): it replaces every article's
    /// date, and plain-text articles may then omit their date line.
    public var dateOverride: DocumentDate?
    private let standardInput: @Sendable () -> Data

    public init(dateOverride: DocumentDate? = nil) {
        self.init(dateOverride: dateOverride) { FileHandle.standardInput.readDataToEndOfFile() }
    }

    /// A reader taking standard input from `standardInput` (for tests).
    init(dateOverride: DocumentDate?, standardInput: @escaping @Sendable () -> Data) {
        self.dateOverride = dateOverride
        self.standardInput = standardInput
    }

    /// Calls `body` once per article read and once per failure, in a deterministic order.
    public func read(paths: [String], _ body: (Result<Article, ArticleReadError>) throws -> Void) rethrows {
        for path in paths {
            if path == "-" {
                let origin = ArticleOrigin(source: "-", stem: "stdin")
                for outcome in articles(in: standardInput(), format: nil, origin: origin) { try body(outcome) }
                continue
            }
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else {
                try body(.failure(ArticleReadError(source: path, reason: .fileNotFound)))
                continue
            }
            let files: [Result<String, ArticleReadError>]
            if isFolder.boolValue {
                files = articleFiles(inFolder: path)
                if files.isEmpty { try body(.failure(ArticleReadError(source: path, reason: .noArticles))) }
            } else {
                files = [.success(path)]
            }
            for file in files {
                switch file {
                case .failure(let error): try body(.failure(error))
                case .success(let file):
                    for outcome in articles(inFile: file) { try body(outcome) }
                }
            }
        }
    }

    /// Every article (or failure) of one file.
    private func articles(inFile path: String) -> [Result<Article, ArticleReadError>] {
        let origin = ArticleOrigin(path: path)
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            return [.failure(origin.error(.unreadable(Self.explanation(of: error))))]
        }
        let extensionFormat = ArticleFormat(pathExtension: URL(fileURLWithPath: path).pathExtension)
        return articles(in: data, format: extensionFormat, origin: origin)
    }

    /// Decodes `data` as UTF-8 and parses it in `format`, or in the sniffed format when nil.
    func articles(in data: Data, format: ArticleFormat?, origin: ArticleOrigin) -> [Result<Article, ArticleReadError>] {
        if format == .timeML {  // libxml2 decodes it, honouring the XML declaration's encoding
            return [TimeMLArticleParser.parse(data, origin: origin, dateOverride: dateOverride)]
        }
        guard var text = String(validating: data, as: UTF8.self) else {
            return [.failure(origin.error(line: Self.lineOfFirstInvalidByte(in: data), .notUTF8))]
        }
        if text.unicodeScalars.first == "\u{FEFF}" { text.unicodeScalars.removeFirst() }
        switch format ?? ArticleFormat(sniffing: text) {
        case .plainText:
            return [PlainTextArticleParser.parse(text, origin: origin, dateOverride: dateOverride)]
        case .json:
            return JSONArticleParser.parseDocument(text, origin: origin, dateOverride: dateOverride)
        case .jsonLines:
            return JSONArticleParser.parseLines(text, origin: origin, dateOverride: dateOverride)
        case .timeML:
            return [TimeMLArticleParser.parse(Data(text.utf8), origin: origin, dateOverride: dateOverride)]
        }
    }

    /// The article files under `folder`, sorted by path, with the subfolders that could not be listed.
    private func articleFiles(inFolder folder: String) -> [Result<String, ArticleReadError>] {
        let manager = FileManager.default
        let root = folder.hasSuffix("/") ? String(folder.dropLast()) : folder
        var found: [(relative: String, entry: Result<String, ArticleReadError>)] = []
        var visited: Set<String> = []
        var pending: [String] = [""]
        while let relative = pending.popLast() {
            let path = relative.isEmpty ? folder : root + "/" + relative
            guard visited.insert(URL(fileURLWithPath: path).resolvingSymlinksInPath().path).inserted else { continue }
            let names: [String]
            do {
                names = try manager.contentsOfDirectory(atPath: path)
            } catch {
                let reason = ArticleReadError.Reason.unreadable(Self.explanation(of: error))
                found.append((relative, .failure(ArticleReadError(source: path, reason: reason))))
                continue
            }
            for name in names where !name.hasPrefix(".") {
                let childRelative = relative.isEmpty ? name : relative + "/" + name
                let child = root + "/" + childRelative
                var isFolder: ObjCBool = false
                guard manager.fileExists(atPath: child, isDirectory: &isFolder) else { continue }
                if isFolder.boolValue {
                    pending.append(childRelative)
                } else if ArticleFormat(pathExtension: URL(fileURLWithPath: name).pathExtension) != nil {
                    found.append((childRelative, .success(child)))
                }
            }
        }
        return found.sorted { $0.relative.utf8.lexicographicallyPrecedes($1.relative.utf8) }.map(\.entry)
    }

    /// The 1-based line holding the first byte that is not valid UTF-8.
    static func lineOfFirstInvalidByte(in data: Data) -> Int {
        var decoder = UTF8()
        var iterator = data.makeIterator()
        var line = 1
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar): if scalar == "\n" { line += 1 }
            case .emptyInput, .error: return line
            }
        }
    }

    /// The system's reason for a failed read ("Permission denied"), else Foundation's message.
    private static func explanation(of error: Error) -> String {
        let nsError = error as NSError
        if let underlying = nsError.userInfo[NSUnderlyingErrorKey] as? NSError,
           underlying.domain == NSPOSIXErrorDomain, let message = strerror(Int32(underlying.code)) {
            return String(cString: message)
        }
        return nsError.localizedDescription
    }
}
