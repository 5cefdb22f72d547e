import Foundation

/// One input as `ArticleReader.readInputs` hands it on: an article or a failure, or a JSON
/// Lines line whose parsing is left to whoever takes it, so that lines read by one thread are
/// parsed on every core (`resolved()`).
public struct ArticleInput: Sendable {
    private enum Content: Sendable {
        case read(Result<Article, ArticleReadError>)
        /// A line that is not blank (a line 1's byte order mark taken off), with its number.
        case line(Data, number: Int, origin: ArticleOrigin, dateOverride: DocumentDate?)
    }

    private let content: Content
    /// The bytes the input holds: its line, or its article's body (none for a failure). Kept, not
    /// read from the content each time the queue weighs the input (a copy of the content a time).
    public let byteCount: Int

    init(_ outcome: Result<Article, ArticleReadError>) {
        content = .read(outcome)
        byteCount = (try? outcome.get())?.bodyUTF8.count ?? 0
    }

    init(line: Data, number: Int, origin: ArticleOrigin, dateOverride: DocumentDate?) {
        // The origin's strings copied for each line: lines are parsed on the jobs' threads and their
        // articles filed on the calling one, and one string all of them shared had its count
        // changed by each thread in turn, some thirty times an article (atomic operations on
        // memory another core held).
        content = .line(line, number: number, origin: origin.ownCopy, dateOverride: dateOverride)
        byteCount = line.count
    }

    /// The article, or why there is none: the line parsed now, when the input is one.
    public func resolved() -> Result<Article, ArticleReadError> {
        switch content {
        case .read(let outcome):
            outcome
        case .line(let bytes, let number, let origin, let dateOverride):
            JSONArticleParser.parse(line: bytes, number: number, origin: origin, dateOverride: dateOverride)
        }
    }
}
