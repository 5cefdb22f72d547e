/// Parses a plain-text article: optional whitespace, `date VALUE`, then the body.
///
/// The body may follow the value on the same line (` date 2023-02 Le ministre…`)
/// or start on the next one. Line ends are normalised to LF and the body is
/// trimmed of surrounding whitespace. A first word `date` counts as a date line
/// only when the next word starts with a digit, so "Date limite…" stays body text.
///
/// With a date override the date line is optional: when present its value is
/// ignored (even a malformed one) and it is not part of the body.
enum PlainTextArticleParser {
    static func parse(
        _ text: String, origin: ArticleOrigin, dateOverride: DocumentDate?
    ) -> Result<Article, ArticleReadError> {
        let text = normalizingLineEnds(text)
        let scalars = text.unicodeScalars
        var index = scalars.startIndex
        var line = 1
        while index < scalars.endIndex, scalars[index] == "\u{FEFF}" || isSpace(scalars[index]) {
            if scalars[index] == "\n" { line += 1 }
            index = scalars.index(after: index)
        }
        let header = dateLine(in: scalars, at: index)
        let date: DocumentDate
        if let dateOverride {
            date = dateOverride
        } else if let header {
            guard let parsed = DocumentDate(parsing: header.value) else {
                return .failure(origin.error(line: line, .invalidDate(header.value)))
            }
            date = parsed
        } else {
            return .failure(origin.error(line: line, .missingDate))
        }
        let body = trimmed(scalars[(header?.end ?? index)...])
        guard !body.isEmpty else { return .failure(origin.error(line: line, .emptyBody)) }
        return .success(Article(id: origin.stem, source: origin.source, date: date, body: body))
    }

    /// The value of a `date VALUE` line starting at `start` and where the value ends, or nil.
    private static func dateLine(
        in scalars: String.UnicodeScalarView, at start: String.UnicodeScalarView.Index
    ) -> (value: String, end: String.UnicodeScalarView.Index)? {
        var index = start
        for letter in "date".unicodeScalars {
            guard index < scalars.endIndex, scalars[index].properties.lowercaseMapping == String(letter)
            else { return nil }
            index = scalars.index(after: index)
        }
        let afterWord = index
        while index < scalars.endIndex, isSpace(scalars[index]), scalars[index] != "\n" {
            index = scalars.index(after: index)
        }
        guard index > afterWord, index < scalars.endIndex, ("0"..."9").contains(scalars[index]) else { return nil }
        let valueStart = index
        while index < scalars.endIndex, !isSpace(scalars[index]) {
            index = scalars.index(after: index)
        }
        return (String(scalars[valueStart..<index]), index)
    }

    /// The text without leading and trailing whitespace.
    private static func trimmed(_ scalars: Substring.UnicodeScalarView) -> String {
        guard let first = scalars.firstIndex(where: { !isSpace($0) }),
              let last = scalars.lastIndex(where: { !isSpace($0) })
        else { return "" }
        return String(scalars[first...last])
    }

    private static func isSpace(_ scalar: Unicode.Scalar) -> Bool { scalar.properties.isWhitespace }

    /// The text with every CRLF replaced by LF.
    static func normalizingLineEnds(_ text: String) -> String {
        guard text.utf8.contains(13) else { return text }
        var result = String.UnicodeScalarView()
        var pendingReturn = false
        for scalar in text.unicodeScalars {
            if pendingReturn, scalar != "\n" { result.append("\r") }
            pendingReturn = scalar == "\r"
            if !pendingReturn { result.append(scalar) }
        }
        if pendingReturn { result.append("\r") }
        return String(result)
    }
}
