import Foundation

extension JSONArticleParser {
    /// Parses JSON Lines held in memory: one object per line, blank lines skipped;
    /// a bad line is reported with its number and does not stop the others.
    static func parseLines(_ data: Data, origin: ArticleOrigin, dateOverride: DocumentDate?) -> [Outcome] {
        var outcomes: [Outcome] = []
        var splitter = LineSplitter(limit: Int.max)
        let collect = { (number: Int, line: LineSplitter.Line) in
            guard case .bytes(let bytes) = line,
                  let outcome = parseLine(bytes, number: number, origin: origin, dateOverride: dateOverride)
            else { return }
            outcomes.append(outcome)
        }
        splitter.feed(data, collect)
        splitter.finish(collect)
        return outcomes
    }

    /// The article (or failure) of JSON Lines line `number`; nil for a blank line.
    ///
    /// Each line is checked on its own, so one bad line costs only itself: a
    /// NUL byte makes it binary, bytes that are not UTF-8 are reported, nesting
    /// past `JSONNesting.limit` is refused before Foundation parses it. A UTF-8
    /// byte order mark opening line 1 is skipped.
    static func parseLine(_ bytes: Data, number: Int, origin: ArticleOrigin, dateOverride: DocumentDate?) -> Outcome? {
        content(ofLine: bytes, number: number).map {
            parse(line: $0, number: number, origin: origin, dateOverride: dateOverride)
        }
    }

    /// What is left to parse of line `number`: the line, without the byte order mark that may
    /// open line 1; nil when it is blank.
    static func content(ofLine bytes: Data, number: Int) -> Data? {
        var bytes = bytes
        if number == 1, bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
        return isBlank(bytes) ? nil : bytes
    }

    /// `parseLine` of a line that `content(ofLine:number:)` gave.
    static func parse(line bytes: Data, number: Int, origin: ArticleOrigin, dateOverride: DocumentDate?) -> Outcome {
        func failure(_ reason: ArticleReadError.Reason) -> Outcome { .failure(origin.error(line: number, reason)) }
        if bytes.withUnsafeBytes({ raw in raw.baseAddress.flatMap { memchr($0, 0, raw.count) } != nil }) {
            return failure(.binary)
        }
        let id = "\(origin.stem)-\(number)"
        if let flat = bytes.withUnsafeBytes(FlatJSONObject.parse) {
            // One level: nothing nested too deep; UTF-8, since it checked its strings.
            return article(from: { flat[$0] }, origin: origin, id: id, line: number, dateOverride: dateOverride)
        }
        guard bytes.withUnsafeBytes({ String(validUTF8: $0) }) != nil else { return failure(.notUTF8) }
        if JSONNesting.offsetPastLimit(in: bytes) != nil { return failure(.nestedTooDeep(limit: JSONNesting.limit)) }
        let value: Any
        do {
            value = try JSONSerialization.jsonObject(with: bytes)
        } catch {
            return failure(.invalidJSON(explanation(of: error).detail))
        }
        guard let object = value as? [String: Any] else { return failure(.notAnObject) }
        return article(from: object, origin: origin, id: id, line: number, dateOverride: dateOverride)
    }
}
