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
/// Hostile input is refused, one failure per bad article: empty, binary (NUL
/// bytes), UTF-16 and non-UTF-8 files, JSON nested past `JSONNesting.limit`,
/// and anything larger than `maxArticleBytes`, which is never read into memory
/// whole. JSON Lines is read line by line, the limit applying to each line.
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
    /// The largest article read, in bytes: a whole file, or one JSON Lines line.
    public var maxArticleBytes: Int
    let standardInput: @Sendable () -> ByteStream

    /// The default of `maxArticleBytes`: 50 MiB, far more than any news article.
    public static let defaultMaxArticleBytes = 50 << 20

    public init(dateOverride: DocumentDate? = nil, maxArticleBytes: Int = defaultMaxArticleBytes) {
        self.init(dateOverride: dateOverride, maxArticleBytes: maxArticleBytes, streamingStandardInput: {
            ByteStream(descriptor: 0, owned: false)
        })
    }

    /// A reader taking standard input from `standardInput` (for tests).
    init(
        dateOverride: DocumentDate?, maxArticleBytes: Int = defaultMaxArticleBytes,
        standardInput: @escaping @Sendable () -> Data
    ) {
        self.init(dateOverride: dateOverride, maxArticleBytes: maxArticleBytes, streamingStandardInput: {
            ByteStream(data: standardInput())
        })
    }

    private init(
        dateOverride: DocumentDate?, maxArticleBytes: Int, streamingStandardInput: @escaping @Sendable () -> ByteStream
    ) {
        self.dateOverride = dateOverride
        self.maxArticleBytes = max(1, maxArticleBytes)
        self.standardInput = streamingStandardInput
    }

    /// Calls `body` once per article read and once per failure, in a deterministic order.
    public func read<E: Error>(paths: [String], _ body: (Result<Article, ArticleReadError>) throws(E) -> Void) throws(E) {
        try readInputs(paths: paths) { (input) throws(E) in try body(input.resolved()) }
    }

    /// `read(paths:_:)`, each JSON Lines line handed on unparsed (`ArticleInput`): a pipeline
    /// parses them on its workers, where the thread that reads would parse them one at a time.
    /// Blank lines are skipped; a first line that only sniffing took for JSON Lines is parsed
    /// here, since whether it parses decides how the rest is read.
    public func readInputs<E: Error>(paths: [String], _ body: (ArticleInput) throws(E) -> Void) throws(E) {
        func fail(_ error: ArticleReadError) throws(E) { try body(ArticleInput(.failure(error))) }
        for path in paths {
            if path == "-" {
                try read(standardInput(), format: nil, origin: ArticleOrigin(source: "-", stem: "stdin"), body)
                continue
            }
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else {
                try fail(ArticleReadError(source: path, reason: .fileNotFound))
                continue
            }
            let files: [Result<String, ArticleReadError>]
            if isFolder.boolValue {
                files = articleFiles(inFolder: path)
                if files.isEmpty { try fail(ArticleReadError(source: path, reason: .noArticles)) }
            } else {
                files = [.success(path)]
            }
            for file in files {
                switch file {
                case .failure(let error): try fail(error)
                case .success(let file): try read(file: file, body)
                }
            }
        }
    }

    /// Every article (or failure) of one file.
    private func read<E: Error>(file path: String, _ body: (ArticleInput) throws(E) -> Void) throws(E) {
        let origin = ArticleOrigin(path: path)
        let stream: ByteStream
        do throws(ByteStream.SystemError) {
            stream = try ByteStream(path: path)
        } catch {
            return try body(ArticleInput(.failure(origin.error(.unreadable(error.message)))))
        }
        let format = ArticleFormat(pathExtension: URL(fileURLWithPath: path).pathExtension)
        try read(stream, format: format, origin: origin, body)
    }

    /// The article files under `folder`, sorted by path, with the subfolders that could not be
    /// listed and the article-named entries that are not regular files (devices, pipes, sockets).
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
                var info = stat()
                guard stat(child, &info) == 0 else { continue }  // a dangling link
                if info.st_mode & S_IFMT == S_IFDIR {
                    pending.append(childRelative)
                } else if ArticleFormat(pathExtension: URL(fileURLWithPath: name).pathExtension) != nil {
                    let isRegular = info.st_mode & S_IFMT == S_IFREG
                    found.append((childRelative, isRegular ? .success(child) : .failure(
                        ArticleReadError(source: child, reason: .notRegularFile))))
                }
            }
        }
        return found.sorted { $0.relative.utf8.lexicographicallyPrecedes($1.relative.utf8) }.map(\.entry)
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
