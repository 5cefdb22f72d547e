import Foundation
import Testing
@testable import Frise

/// A temporary folder that deletes itself, with helpers to fill it and read it.
private final class Scratch {
    let root: String

    init() throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("frise-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(atPath: root) }

    /// Writes `contents` at `relative` (creating folders) and returns the full path.
    @discardableResult
    func write(_ relative: String, _ contents: String) throws -> String {
        try write(relative, Data(contents.utf8))
    }

    @discardableResult
    func write(_ relative: String, _ data: Data) throws -> String {
        let path = root + "/" + relative
        try FileManager.default.createDirectory(
            atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try data.write(to: URL(fileURLWithPath: path))
        return path
    }
}

/// Everything the reader hands back, in order.
private func readAll(
    _ paths: [String], dateOverride: DocumentDate? = nil, standardInput: String = ""
) -> [Result<Article, ArticleReadError>] {
    var results: [Result<Article, ArticleReadError>] = []
    ArticleReader(dateOverride: dateOverride) { Data(standardInput.utf8) }.read(paths: paths) { results.append($0) }
    return results
}

private func articles(_ results: [Result<Article, ArticleReadError>]) -> [Article] {
    results.compactMap { try? $0.get() }
}

private func errors(_ results: [Result<Article, ArticleReadError>]) -> [ArticleReadError] {
    results.compactMap { if case .failure(let error) = $0 { error } else { nil } }
}

@Suite struct ArticleReaderTests {
    @Test func bodyOnTheSameLineAsTheDate() throws {
        let scratch = try Scratch()
        let path = try scratch.write("seed.txt", " date 2023-02 Le ministre marocain a reçu ce mercredi.\n")
        let article = try #require(articles(readAll([path])).first)
        #expect(article.id == "seed")
        #expect(article.source == path)
        #expect(article.date == DocumentDate(year: 2023, month: 2))
        #expect(article.body == "Le ministre marocain a reçu ce mercredi.")
    }

    @Test func bodyOnTheNextLine() throws {
        let scratch = try Scratch()
        let path = try scratch.write("a.txt", "\n\ndate 2023-02-01\n\n  Premier paragraphe.\n\nSecond.  \n\n")
        let article = try #require(articles(readAll([path])).first)
        #expect(article.date == DocumentDate(year: 2023, month: 2, day: 1))
        #expect(article.body == "Premier paragraphe.\n\nSecond.")
    }

    @Test(arguments: [
        ("2023", Granularity.year), ("2023-02", .month), ("2023-02-01", .day), ("2023-02-01T09:30", .minute),
    ])
    func documentDatePrecisions(value: String, precision: Granularity) throws {
        let scratch = try Scratch()
        let path = try scratch.write("a.txt", "date \(value)\nTexte.")
        let article = try #require(articles(readAll([path])).first)
        #expect(article.date.precision == precision)
        #expect(article.date.description == value)
        #expect(article.body == "Texte.")
    }

    @Test func byteOrderMarkAndCRLFAreNormalised() throws {
        let scratch = try Scratch()
        let path = try scratch.write("a.txt", "\u{FEFF}\r\ndate 2023-02-01\r\nLigne un.\r\nLigne deux.\r\n")
        let article = try #require(articles(readAll([path])).first)
        #expect(article.body == "Ligne un.\nLigne deux.")
        #expect(article.date.day == 1)
    }

    @Test func missingDateIsReportedWithItsLine() throws {
        let scratch = try Scratch()
        let path = try scratch.write("a.txt", "\n\nDate limite : le ministre a reçu…")
        let error = try #require(errors(readAll([path])).first)
        #expect(error.reason == .missingDate)
        #expect(error.line == 3)
        #expect(error.description.hasPrefix("\(path):3: no date line"))
    }

    @Test(arguments: ["2023-02-30", "2023-13", "2023-02-01T25:00", "23-02-01"])
    func impossibleDatesAreReportedWithTheirLine(value: String) throws {
        let scratch = try Scratch()
        let path = try scratch.write("bad.txt", "\n date \(value) Texte.")
        let error = try #require(errors(readAll([path])).first)
        #expect(error.reason == .invalidDate(value))
        #expect(error.line == 2)
        #expect(error.description.hasPrefix("\(path):2: '\(value)' is not a valid date"))
    }

    @Test func invalidUTF8IsAnErrorWithTheLineOfTheFirstBadByte() throws {
        let scratch = try Scratch()
        let path = try scratch.write("latin1.txt", Data("date 2023\nle minist".utf8) + Data([0xE8]) + Data("re".utf8))
        let good = try scratch.write("good.txt", "date 2023\nTexte.")
        let results = readAll([path, good])
        let error = try #require(errors(results).first)
        #expect(error.reason == .notUTF8)
        #expect(error.line == 2)
        #expect(articles(results).map(\.id) == ["good"])
    }

    @Test func missingFileDoesNotStopTheOthers() throws {
        let scratch = try Scratch()
        let good = try scratch.write("good.txt", "date 2023\nTexte.")
        let results = readAll([scratch.root + "/absent.txt", good])
        #expect(errors(results).map(\.reason) == [.fileNotFound])
        #expect(articles(results).map(\.id) == ["good"])
    }

    @Test func jsonObject() throws {
        let scratch = try Scratch()
        let path = try scratch.write(
            "one.json",
            #"{"text": "The minister.", "date": "2023-02-01", "title": "Titre", "url": "https://x.ma", "lang": "en"}"#)
        let article = try #require(articles(readAll([path])).first)
        #expect(article.id == "one")
        #expect(article.body == "The minister.")
        #expect(article.language == "en")
        #expect(article.title == "Titre")
        #expect(article.url == "https://x.ma")
        #expect(article.date == DocumentDate(year: 2023, month: 2, day: 1))
    }

    @Test func jsonArrayNamesArticlesByElementAndReportsBadElements() throws {
        let scratch = try Scratch()
        let path = try scratch.write(
            "news.json",
            #"[{"id": "a", "text": "Un.", "date": "2023"}, {"text": "Deux."}, {"text": "3.", "date": "2023-01"}, 4]"#)
        let results = readAll([path])
        #expect(articles(results).map(\.id) == ["a", "news-3"])
        let failures = errors(results)
        #expect(failures.map(\.reason) == [.missingField("date"), .notAnObject])
        #expect(failures.map(\.element) == [2, 4])
        #expect(failures.first?.description == "\(path): element 2: missing field \"date\"")
    }

    @Test func jsonLinesWithOneBadLine() throws {
        let scratch = try Scratch()
        let lines = [
            #"{"text": "Un.", "date": "2023-02-01"}"#, "", #"{"text": "Deux.", "date": "2023-02-30"}"#,
            #"{"text": "Trois", "date": "#, #"{"id": 7, "text": "Quatre.", "date": "2023-02-02"}"#,
        ]
        let path = try scratch.write("feed.jsonl", lines.joined(separator: "\n") + "\n")
        let results = readAll([path])
        #expect(articles(results).map(\.id) == ["feed-1", "7"])
        let failures = errors(results)
        #expect(failures.map(\.line) == [3, 4])
        #expect(failures.first?.reason == .invalidDate("2023-02-30"))
        #expect(failures.last?.description.hasPrefix("\(path):4: invalid JSON") == true)
    }

    /// Lines are parsed on the jobs' threads: no two articles of a file share the storage of its
    /// name (retained and released by each thread in turn, it was memory two cores fought over),
    /// while a chronology keeps it once for all of the file's documents.
    @Test func jsonLinesArticlesHoldTheirOwnCopyOfTheFileName() throws {
        let scratch = try Scratch()
        let lines = (1...3).map { #"{"text": "Le ministre a parlé \#($0).", "date": "2023-02-0\#($0)"}"# }
        let path = try scratch.write("a-feed-named-at-some-length.jsonl", lines.joined(separator: "\n") + "\n")
        var inputs: [ArticleInput] = []
        ArticleReader().readInputs(paths: [path]) { inputs.append($0) }
        let read = try inputs.map { try $0.resolved().get() }
        #expect(read.map(\.source) == [path, path, path])
        func storage(_ text: String) -> UnsafeRawPointer? {
            text.utf8.withContiguousStorageIfAvailable { UnsafeRawPointer($0.baseAddress) } ?? nil
        }
        #expect(Set(read.map { storage($0.source) }).count == 3)
        var builder = ChronologyBuilder()
        let tagger = Tagger(), extractor = EventExtractor()
        for tagged in tagger.tag(read) { builder.add(extractor.events(in: tagged), of: tagged) }
        let documents = builder.build().documents
        #expect(documents.count == 3)
        #expect(Set(documents.map { storage($0.source) }).count == 1)
    }

    @Test func invalidJSONDocumentGivesTheLineOfTheError() throws {
        let scratch = try Scratch()
        let path = try scratch.write("broken.json", "{\n  \"text\": \"Un.\",\n  \"date\": 2023-\n}")
        let error = try #require(errors(readAll([path])).first)
        guard case .invalidJSON = error.reason else { Issue.record("unexpected \(error)"); return }
        #expect(error.line == 3)
    }

    @Test func foldersAreReadRecursivelyInPathOrder() throws {
        let scratch = try Scratch()
        try scratch.write("b.txt", "date 2023\nB.")
        try scratch.write("a/z.txt", "date 2023\nAZ.")
        try scratch.write("a/b/c.json", #"{"text": "ABC.", "date": "2023"}"#)
        try scratch.write("a.txt", "date 2023\nA.")
        try scratch.write("notes.md", "date 2023\nIgnored.")
        try scratch.write(".hidden.txt", "date 2023\nHidden.")
        try scratch.write(".git/x.txt", "date 2023\nHidden too.")
        let results = readAll([scratch.root])
        #expect(errors(results).isEmpty)
        #expect(articles(results).map(\.body) == ["A.", "ABC.", "AZ.", "B."])
        #expect(articles(results).first?.source == scratch.root + "/a.txt")
    }

    @Test func explicitFilesAreReadWhateverTheirExtension() throws {
        let scratch = try Scratch()
        let text = try scratch.write("article.md", "date 2023-02\nTexte.")
        let json = try scratch.write("feed.data", #"{"text": "Un.", "date": "2023"}"#)
        #expect(articles(readAll([text, json])).map(\.id) == ["article", "feed"])
    }

    /// JSON Lines are read line by line whatever the file's size or name: a line that is not
    /// UTF-8 costs only itself (the whole file was refused when it was read in one piece).
    @Test func sniffedJSONLinesLoseOnlyTheirBadLine() throws {
        let scratch = try Scratch()
        var bytes = Data(#"{"id": "a", "text": "Un.", "date": "2023"}"#.utf8 + [0x0A])
        bytes += Data(#"{"id": "b", "text": "Pr"#.utf8) + Data([0xE9]) + Data(#"sident.", "date": "2023"}"#.utf8 + [0x0A])
        bytes += Data(#"{"id": "c", "text": "Trois.", "date": "2023"}"#.utf8 + [0x0A])
        let results = readAll([try scratch.write("feed.data", bytes)])
        #expect(articles(results).map(\.id) == ["a", "c"])
        #expect(errors(results).map(\.reason) == [.notUTF8] && errors(results).first?.line == 2)
    }

    @Test func standardInputIsSniffed() throws {
        let plain = articles(readAll(["-"], standardInput: "date 2023-02-01 Texte."))
        #expect(plain.map(\.body) == ["Texte."])
        #expect(plain.first?.source == "-")
        let jsonLines = #"{"text":"Un.","date":"2023"}"# + "\n" + #"{"text":"Deux.","date":"2023"}"# + "\n"
        let lines = articles(readAll(["-"], standardInput: jsonLines))
        #expect(lines.map(\.id) == ["stdin-1", "stdin-2"])
    }

    @Test func dateOverrideReplacesDatesAndMakesTheDateLineOptional() throws {
        let scratch = try Scratch()
        let withLine = try scratch.write("a.txt", "date 2023-02-30 Texte A.")
        let withoutLine = try scratch.write("b.txt", "Texte B.\nSuite.")
        let json = try scratch.write("c.jsonl", #"{"text": "Texte C."}"#)
        let override = try #require(DocumentDate(parsing: "2024-05-06"))
        let results = readAll([withLine, withoutLine, json], dateOverride: override)
        #expect(errors(results).isEmpty)
        #expect(articles(results).map(\.body) == ["Texte A.", "Texte B.\nSuite.", "Texte C."])
        #expect(articles(results).allSatisfy { $0.date == override })
    }

    @Test func emptyBodyIsAnError() throws {
        let scratch = try Scratch()
        let path = try scratch.write("empty.txt", "date 2023-02-01\n   \n")
        #expect(errors(readAll([path])).map(\.reason) == [.emptyBody])
    }
}
