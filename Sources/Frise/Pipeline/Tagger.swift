/// Finds and resolves the temporal expressions of an article.
public struct Tagger: Sendable {
    public init() {}

    /// The article's tokens, its publication day (exact or estimated) and its resolved expressions.
    public func tag(_ article: Article) -> TaggedArticle { tag([article])[0] }

    /// `tag(_:)` of each article, pass by pass: every article tokenized, then the mentions of
    /// every one found, then resolved. Each pass's code runs over several articles before the
    /// next pass's evicts it from the core's instruction cache: article by article, it was fetched
    /// again for each (news articles of about 1 KB each: see `ArticlePipeline.articlesPerGroup`).
    public func tag(_ articles: [Article]) -> [TaggedArticle] {
        // By index, field by field: `map` hands each article over as a copy, its six strings and
        // arrays retained and released.
        let packs = articles.indices.map { LanguagePacks.pack(for: articles[$0].language) }
        let texts = articles.indices.map { TokenizedText(wellFormed: articles[$0].bodyUTF8) }
        let mentions = articles.indices.map { Recognizer(pack: packs[$0]).mentions(in: texts[$0]) }
        return articles.indices.map { index in
            let (anchor, expressions) = DocumentResolver(pack: packs[index])
                .resolve(mentions[index], in: texts[index], date: articles[index].date)
            return TaggedArticle(article: articles[index], text: texts[index], anchor: anchor, expressions: expressions)
        }
    }
}

/// An article with its tokens and resolved temporal expressions.
///
/// A class of constants (a value all the same): event extraction hands one article to a dozen
/// passes, and a struct was copied for each, its eleven strings and arrays retained and released
/// (atomic operations, and with several jobs some on strings the reading thread shares).
public final class TaggedArticle: Sendable {
    public let article: Article
    public let text: TokenizedText
    /// The publication day resolution used: the DCT, or its estimate.
    public let anchor: CalendarDay
    public let expressions: [TemporalExpression]

    public init(article: Article, text: TokenizedText, anchor: CalendarDay, expressions: [TemporalExpression]) {
        self.article = article
        self.text = text
        self.anchor = anchor
        self.expressions = expressions
    }
}
