import Foundation

/// Parses articles from JSON (one object or an array of objects) and JSON Lines.
///
/// Each object has `text` and `date` (required; `date` is optional with a date
/// override, whose value then wins) and may have `id`, `title`, `url` and `lang`.
/// Without an `id`, an article is named after its file: `news` for a single
/// object, `news-3` for the third array element or the object on line 3.
/// The text is kept exactly as written; offsets refer to it.
enum JSONArticleParser {
    typealias Outcome = Result<Article, ArticleReadError>

    /// Parses a JSON document; falls back to JSON Lines when the whole text is not
    /// one JSON value but its first non-blank line is.
    ///
    /// Nesting deeper than `JSONNesting.limit` is refused before Foundation parses anything.
    static func parseDocument(_ text: String, origin: ArticleOrigin, dateOverride: DocumentDate?) -> [Outcome] {
        let data = Data(text.utf8)
        if let offset = JSONNesting.offsetPastLimit(in: data) {
            return [.failure(origin.error(line: lineNumber(at: offset, in: data), .nestedTooDeep(limit: JSONNesting.limit)))]
        }
        let value: Any
        do {
            value = try JSONSerialization.jsonObject(with: data)
        } catch {
            if let firstLine = text.utf8.split(separator: 10).first(where: { !isBlank($0) }),
               (try? JSONSerialization.jsonObject(with: Data(firstLine))) is [String: Any] {
                return parseLines(data, origin: origin, dateOverride: dateOverride)
            }
            let (detail, offset) = explanation(of: error)
            let line = offset.map { lineNumber(at: $0, in: data) }
            return [.failure(origin.error(line: line, .invalidJSON(detail)))]
        }
        if let object = value as? [String: Any] {
            return [article(from: object, origin: origin, id: origin.stem, dateOverride: dateOverride)]
        }
        guard let array = value as? [Any] else { return [.failure(origin.error(.notAnObject))] }
        return array.enumerated().map { offset, element in
            let number = offset + 1
            guard let object = element as? [String: Any] else {
                return .failure(origin.error(element: number, .notAnObject))
            }
            return article(
                from: object, origin: origin, id: "\(origin.stem)-\(number)", element: number,
                dateOverride: dateOverride)
        }
    }

    /// The article one JSON object describes, as Foundation's parser reads it.
    static func article(
        from object: [String: Any], origin: ArticleOrigin, id defaultID: String, line: Int? = nil,
        element: Int? = nil, dateOverride: DocumentDate?
    ) -> Outcome {
        article(
            from: { FieldValue(foundation: object[$0]) }, origin: origin, id: defaultID, line: line,
            element: element, dateOverride: dateOverride)
    }

    /// The article of a JSON object whose value at each key `field` gives.
    static func article(
        from field: (String) -> FieldValue, origin: ArticleOrigin, id defaultID: String, line: Int? = nil,
        element: Int? = nil, dateOverride: DocumentDate?
    ) -> Outcome {
        func failure(_ reason: ArticleReadError.Reason) -> ArticleReadError {
            origin.error(line: line, element: element, reason)
        }
        /// The UTF-8 of the string at `key`, nil when absent or null.
        func utf8(_ key: String, expected: String = "a string") throws(ArticleReadError) -> [UInt8]? {
            switch field(key) {
            case .absent, .null: return nil
            case .string(let utf8): return utf8
            default: throw failure(.invalidField(key, expected: expected))
            }
        }
        func string(_ key: String, expected: String = "a string") throws(ArticleReadError) -> String? {
            try utf8(key, expected: expected).map { String(wellFormed: $0.span) }  // checked as read
        }
        do throws(ArticleReadError) {
            guard let text = try utf8("text") else { throw failure(.missingField("text")) }
            var date = dateOverride
            if date == nil {
                guard let value = try string("date", expected: "a string such as \"2023-02-01\"") else {
                    throw failure(.missingField("date"))
                }
                guard let parsed = DocumentDate(parsing: value) else { throw failure(.invalidDate(value)) }
                date = parsed
            }
            var id = defaultID
            switch field("id") {
            case .absent, .null: break
            // Fuzzing found ids that no XML can carry: "" (the schema wants a non-empty id) and
            // control characters, which XML output drops, so that "a\u{1}" and "a" became one id.
            // The characters XML forbids are dropped here, for every format alike, and an id
            // left empty counts as none.
            case .string(let utf8):
                let usable = XMLText.sanitized(String(wellFormed: utf8.span))
                if !usable.isEmpty { id = usable }
            case .integer(let number): id = String(number)
            case .other: throw failure(.invalidField("id", expected: "a string or an integer"))
            }
            let title = try string("title"), url = try string("url"), language = try string("lang") ?? "fr"
            guard Article.holdsText(text) else { throw failure(.emptyBody) }
            return .success(
                Article(
                    id: id, source: origin.source, date: date!, bodyUTF8: text, title: title, url: url,
                    language: language))
        } catch {
            return .failure(error)
        }
    }

    /// Whether the bytes hold only spaces, tabs, carriage returns and line feeds.
    static func isBlank(_ bytes: some Sequence<UInt8>) -> Bool {
        bytes.allSatisfy { $0 == 32 || $0 == 9 || $0 == 13 || $0 == 10 }
    }

    /// `isBlank` of a line read as `Data`, over its bytes in place: iterated as `Data`, the test
    /// cost 900 instructions a line.
    static func isBlank(_ bytes: Data) -> Bool { bytes.withUnsafeBytes { isBlank($0) } }

    /// The 1-based line holding the byte at `offset`.
    static func lineNumber(at offset: Int, in data: Data) -> Int {
        data.withUnsafeBytes { raw in
            guard let base = raw.baseAddress else { return 1 }
            var line = 1, position = 0
            let end = min(offset, raw.count)
            while position < end, let found = memchr(base + position, 0x0A, end - position) {
                line += 1
                position = base.distance(to: UnsafeRawPointer(found)) + 1
            }
            return line
        }
    }

    /// Foundation's explanation of a parse error, shortened, and the byte offset it names.
    ///
    /// Foundation says "Invalid value around character 8."; this returns
    /// ("invalid value", 8). Other wordings are kept whole, without an offset.
    static func explanation(of error: Error) -> (detail: String, offset: Int?) {
        let nsError = error as NSError
        var detail = (nsError.userInfo[NSDebugDescriptionErrorKey] as? String) ?? nsError.localizedDescription
        var offset: Int?
        if let marker = detail.range(of: " around character ") {
            offset = Int(detail[marker.upperBound...].prefix(while: \.isNumber))
            detail = String(detail[..<marker.lowerBound])
        }
        if detail.hasSuffix(".") { detail.removeLast() }
        if let first = detail.first { detail = first.lowercased() + detail.dropFirst() }
        return (detail, offset)
    }
}
