import Foundation
import Testing
@testable import Frise

/// The article of `seeds/`, for tests that need real events.
enum SeedArticle {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("seeds")

    /// The first article of `seeds/`, tagged.
    static func tagged() throws -> TaggedArticle {
        var articles: [Article] = []
        ArticleReader().read(paths: [folder.path]) { result in
            if case .success(let article) = result { articles.append(article) }
        }
        return Tagger().tag(try #require(articles.first))
    }
}
