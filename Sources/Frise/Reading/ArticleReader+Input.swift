import Foundation

extension ArticleReader {
    typealias Outcome = Result<Article, ArticleReadError>

    /// How far into a JSON Lines input a NUL byte condemns the whole input as binary;
    /// past it, a NUL costs only its own line.
    static let binarySniffLength = 8 << 10

    /// Reads one input (a file or standard input) and hands on each article or failure.
    ///
    /// At most `maxArticleBytes` + 1 bytes of an input are held at once. JSON Lines (by extension,
    /// or sniffed: a first line that is a JSON object with an `id`, or followed by another line)
    /// are read line by line whatever their size, the limit applying to each line, so a corpus
    /// streams and a bad line costs only itself. Any other input within the limit is decoded
    /// whole; a larger one is refused without reading it (a regular file) or as soon as the
    /// limit is passed, unless it starts with `{` and its lines turn out to be JSON Lines.
    func read<E: Error>(
        _ stream: ByteStream, format: ArticleFormat?, origin: ArticleOrigin, _ body: (ArticleInput) throws(E) -> Void
    ) throws(E) {
        let limit = maxArticleBytes
        let tooLarge = ArticleInput(.failure(origin.error(.tooLarge(limit: limit))))
        let mayBeLines = format == nil || format == .jsonLines
        if let size = stream.knownSize, size > limit, !mayBeLines { return try body(tooLarge) }
        var data = Data()
        var complete = false
        var streamLines = false
        do throws(ByteStream.SystemError) {
            // What an input is shows at its start: a file's first bytes, a pipe's first line.
            if format == .jsonLines || format == nil && stream.knownSize != nil {
                _ = try stream.read(into: &data, limit: Self.binarySniffLength)
            }
            // JSON Lines go line by line as they come, from a pipe (Spark's `RDD.pipe`) or a file
            // of any size: never more than a line and the articles in flight are held.
            if format == .jsonLines {
                streamLines = true
            } else if format == nil,
                      stream.knownSize == nil || ArticleFormat.firstSignificantByte(in: data) == UInt8(ascii: "{") {
                streamLines = try Self.startsJSONLines(stream, into: &data, limit: limit)
            }
            // Read whole: a given format, what may be one JSON document, anything within the limit.
            if !streamLines, format != nil || ArticleFormat.firstSignificantByte(in: data) == UInt8(ascii: "{")
                || stream.knownSize.map({ $0 <= limit }) ?? true {
                complete = try stream.read(into: &data, limit: limit)
            }
        } catch {
            return try body(ArticleInput(.failure(origin.error(.unreadable(error.message)))))
        }
        if streamLines { return try readLines(stream, startingWith: &data, sniffed: true, origin: origin, body) }
        if complete {
            for outcome in articles(in: data, format: format, origin: origin) { try body(ArticleInput(outcome)) }
            return
        }
        let sniffedLines = format == nil && ArticleFormat.firstSignificantByte(in: data) == UInt8(ascii: "{")
        guard format == .jsonLines || sniffedLines else { return try body(tooLarge) }
        try readLines(stream, startingWith: &data, sniffed: sniffedLines, origin: origin, body)
    }

    /// Streams JSON Lines: `prefix` (already read, emptied once split) then the rest of `stream`,
    /// line by line.
    ///
    /// When the format was only sniffed and the first line is not JSON, the input is one large
    /// JSON document rather than JSON Lines: it is refused as too large, in one failure.
    private func readLines<E: Error>(
        _ stream: ByteStream, startingWith prefix: inout Data, sniffed: Bool, origin: ArticleOrigin,
        _ body: (ArticleInput) throws(E) -> Void
    ) throws(E) {
        func fail(line: Int?, _ reason: ArticleReadError.Reason) throws(E) {
            try body(ArticleInput(.failure(origin.error(line: line, reason))))
        }
        if let problem = Self.fileProblem(in: prefix.prefix(Self.binarySniffLength), format: .jsonLines) {
            return try fail(line: problem.line, problem.reason)
        }
        var splitter = LineSplitter(limit: maxArticleBytes)
        var seenLine = false, stopped = false
        let handle = { (number: Int, line: LineSplitter.Line) throws(E) in
            guard !stopped else { return }
            guard case .bytes(let bytes) = line else {
                seenLine = true
                return try fail(line: number, .tooLarge(limit: maxArticleBytes))
            }
            guard let content = JSONArticleParser.content(ofLine: bytes, number: number) else { return }
            defer { seenLine = true }
            guard sniffed, !seenLine else {
                return try body(ArticleInput(line: content, number: number, origin: origin, dateOverride: dateOverride))
            }
            let outcome = JSONArticleParser.parse(line: content, number: number, origin: origin, dateOverride: dateOverride)
            if case .failure(let error) = outcome, case .invalidJSON = error.reason {
                stopped = true
                return try fail(line: nil, .tooLarge(limit: maxArticleBytes))
            }
            try body(ArticleInput(outcome))
        }
        try splitter.feed(prefix, handle)
        prefix = Data()
        while !stopped {
            let chunk: Data
            do throws(ByteStream.SystemError) {
                chunk = try stream.read(upTo: ByteStream.chunkSize)
            } catch {
                return try fail(line: splitter.lineNumber + 1, .unreadable(error.message))
            }
            if chunk.isEmpty { break }
            try splitter.feed(chunk, handle)
        }
        try splitter.finish(handle)
    }

    /// Reads a pipe until its first line shows whether it is JSON Lines, to be handed on line by
    /// line as the lines come (Spark's `RDD.pipe`, Hadoop Streaming) rather than read whole.
    ///
    /// It is when its first line is a JSON object with an `id`, or a JSON object followed by
    /// another line: either way each article gets the id it would get from the whole input (a
    /// lone object without `id` is named `stdin`, not `stdin-1`, so that one waits for the end
    /// or a second line). False at the end of the input, past `limit` bytes, or when the
    /// first line is anything else; `data` keeps what was read.
    static func startsJSONLines(_ stream: ByteStream, into data: inout Data, limit: Int) throws(ByteStream.SystemError) -> Bool {
        var scanned = 0
        var firstEnd: Int?
        while data.count <= limit {
            if firstEnd == nil, let newline = data[(data.startIndex + scanned)...].firstIndex(of: 0x0A) {
                firstEnd = newline - data.startIndex
                var first = data.prefix(firstEnd!)
                if first.starts(with: [0xEF, 0xBB, 0xBF]) { first = first.dropFirst(3) }
                guard first.first == UInt8(ascii: "{"), JSONNesting.offsetPastLimit(in: first) == nil,
                      let object = (try? JSONSerialization.jsonObject(with: first)) as? [String: Any]
                else { return false }
                if object["id"] != nil { return true }
            }
            scanned = data.count
            if let firstEnd, data[(data.startIndex + firstEnd + 1)...].contains(where: { !Self.isBlankByte($0) }) {
                return true
            }
            let chunk = try stream.read(upTo: ByteStream.chunkSize)
            if chunk.isEmpty { return false }
            data.append(chunk)
        }
        return false
    }

    private static func isBlankByte(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09
    }

    /// Decodes a whole input and parses it in `format`, or in the sniffed format when nil.
    func articles(in data: Data, format: ArticleFormat?, origin: ArticleOrigin) -> [Outcome] {
        if let problem = Self.fileProblem(in: data, format: format) {
            return [.failure(origin.error(line: problem.line, problem.reason))]
        }
        if format == .timeML {  // libxml2 decodes it, honouring the XML declaration's encoding
            return [TimeMLArticleParser.parse(data, origin: origin, dateOverride: dateOverride)]
        }
        if format == .jsonLines {  // each line is checked on its own
            return JSONArticleParser.parseLines(data, origin: origin, dateOverride: dateOverride)
        }
        guard var text = data.withUnsafeBytes({ String(validUTF8: $0) }) else {
            return [.failure(origin.error(line: Self.lineOfFirstInvalidByte(in: data), .notUTF8))]
        }
        if text.unicodeScalars.first == "\u{FEFF}" { text.unicodeScalars.removeFirst() }
        switch format ?? ArticleFormat(sniffing: text) {
        case .plainText:
            return [PlainTextArticleParser.parse(text, origin: origin, dateOverride: dateOverride)]
        case .json:
            return JSONArticleParser.parseDocument(text, origin: origin, dateOverride: dateOverride)
        case .jsonLines:
            return JSONArticleParser.parseLines(Data(text.utf8), origin: origin, dateOverride: dateOverride)
        case .timeML:
            return [TimeMLArticleParser.parse(Data(text.utf8), origin: origin, dateOverride: dateOverride)]
        }
    }

    /// What makes the bytes no article text at all, with the line when it has one: nothing but
    /// whitespace, a UTF-16 byte order mark, a NUL byte (binary data).
    ///
    /// TimeML may be UTF-16 (libxml2 reads it), so only emptiness is checked for it; JSON Lines
    /// checks NULs per line past its first `binarySniffLength` bytes.
    static func fileProblem(in data: Data, format: ArticleFormat?) -> (line: Int?, reason: ArticleReadError.Reason)? {
        if ArticleFormat.firstSignificantByte(in: data) == nil { return (nil, .empty) }
        if format == .timeML { return nil }
        if data.starts(with: [0xFF, 0xFE]) || data.starts(with: [0xFE, 0xFF]) { return (nil, .utf16) }
        let scanned = format == .jsonLines ? data.prefix(binarySniffLength) : data
        let nul = scanned.withUnsafeBytes { raw -> Int? in
            guard let base = raw.baseAddress, let found = memchr(base, 0, raw.count) else { return nil }
            return base.distance(to: UnsafeRawPointer(found))
        }
        if let nul { return (JSONArticleParser.lineNumber(at: nul, in: data), .binary) }
        return nil
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
}
