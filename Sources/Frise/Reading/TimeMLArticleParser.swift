import Foundation

/// Parses a TimeML (`.tml`) document as an article.
///
/// The date is the `value` of the TIMEX3 with `functionInDocument="CREATION_TIME"`,
/// cut to what `DocumentDate` parses (`1999-05-17T10:00:00` → `1999-05-17T10:00`);
/// a date override replaces it, and the document may then have none. The body is
/// the text content of `TEXT`, all markup removed and whitespace kept exactly, so
/// that offsets line up with gold annotations (see `TimeMLDocument`). The raw
/// bytes go to libxml2, which honours the XML declaration's encoding.
enum TimeMLArticleParser {
    static func parse(_ data: Data, origin: ArticleOrigin, dateOverride: DocumentDate?) -> Result<Article, ArticleReadError> {
        do throws(TimeMLError) {
            let document = try TimeMLDocument(data: data, id: origin.stem, source: origin.source)
            var article = try document.article(dateOverride: dateOverride)
            article.source = origin.source
            guard Article.holdsText(article.bodyUTF8) else { return .failure(origin.error(.emptyBody)) }
            return .success(article)
        } catch {
            return .failure(readError(for: error, origin: origin))
        }
    }

    /// The reader's error for a TimeML problem, with the line when one is known.
    private static func readError(for error: TimeMLError, origin: ArticleOrigin) -> ArticleReadError {
        switch error {
        case .unreadable(_, let detail):
            return origin.error(.unreadable(detail))
        case .notWellFormed(let diagnostics):
            return origin.error(line: diagnostics.first?.line, .invalidTimeML(error.description))
        case .missingText, .missingCreationTime:
            return origin.error(.invalidTimeML(error.description))
        case .invalidCreationTime(let value, let line):
            return origin.error(line: line, .invalidDate(value))
        }
    }
}
