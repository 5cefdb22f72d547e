/// Finds and resolves the temporal expressions of an article.
public struct Tagger: Sendable {
    public init() {}

    /// The article's tokens, its publication day (exact or estimated) and its resolved expressions.
    public func tag(_ article: Article) -> TaggedArticle {
        let pack = LanguagePacks.pack(for: article.language)
        let text = TokenizedText(wellFormed: article.bodyUTF8)
        let mentions = Recognizer(pack: pack).mentions(in: text)
        let (anchor, expressions) = DocumentResolver(pack: pack).resolve(mentions, in: text, date: article.date)
        return TaggedArticle(article: article, text: text, anchor: anchor, expressions: expressions)
    }
}

/// An article with its tokens and resolved temporal expressions.
public struct TaggedArticle: Sendable {
    public let article: Article
    public let text: TokenizedText
    /// The publication day resolution used: the DCT, or its estimate.
    public let anchor: CalendarDay
    public let expressions: [TemporalExpression]
}
