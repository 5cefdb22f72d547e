import Foundation
import Testing
@testable import Frise

/// One line of a French corpus: a sentence with its expected span and value.
struct CorpusCase: CustomTestStringConvertible, Sendable {
    let file: String
    let line: Int
    let date: String
    let sentence: String
    let span: Range<Int>?
    let value: String?
    let granularity: String?
    let certainty: String?
    /// The TIMEX3 type (DATE, TIME, DURATION, SET), when the line gives one.
    let type: String?
    /// The TIMEX3 mod (START, MID, END, APPROX), when the line gives one.
    let mod: String?

    var testDescription: String { "\(file):\(line): \(sentence)" }

    /// Every corpus file in the test bundle's `Corpus` folder, by name.
    static func loadAll() -> [CorpusCase] {
        let folder = Bundle.module.url(forResource: "Corpus", withExtension: nil)!
        let urls = try! FileManager.default.contentsOfDirectory(at: folder, includingPropertiesForKeys: nil)
            .filter { $0.pathExtension == "tsv" }
        return urls.sorted { $0.lastPathComponent < $1.lastPathComponent }.flatMap { load($0) }
    }

    /// Loads one corpus file; brackets mark the expected span.
    ///
    /// Columns (tab-separated): DCT, sentence, value, granularity, certainty, then optionally the
    /// TIMEX3 type and mod ("-" or empty for none). A sentence without brackets and the value "-"
    /// must yield no expression at all.
    static func load(_ url: URL) -> [CorpusCase] {
        let text = try! String(contentsOf: url, encoding: .utf8)
        let file = url.deletingPathExtension().lastPathComponent
        return text.split(separator: "\n", omittingEmptySubsequences: false).enumerated().compactMap { number, raw in
            let line = String(raw)
            guard !line.hasPrefix("#"), !line.trimmingCharacters(in: .whitespaces).isEmpty else { return nil }
            let columns = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            var sentence = String.UnicodeScalarView()
            var start: Int?, end: Int?
            for scalar in columns[1].unicodeScalars {
                if scalar == "[" { start = sentence.count } else if scalar == "]" { end = sentence.count } else {
                    sentence.append(scalar)
                }
            }
            let hasValue = columns[2] != "-"
            func optional(_ index: Int) -> String? {
                guard hasValue, index < columns.count, !columns[index].isEmpty else { return nil }
                return columns[index]
            }
            return CorpusCase(
                file: file, line: number + 1, date: columns[0], sentence: String(sentence),
                span: start.flatMap { s in end.map { s..<$0 } }, value: hasValue ? columns[2] : nil,
                granularity: optional(3), certainty: optional(4), type: optional(5), mod: optional(6))
        }
    }
}

@Suite struct FrenchCorpusTests {
    static let cases = CorpusCase.loadAll()

    @Test func corpusIsLarge() {
        #expect(Self.cases.count >= 330)
        #expect(Self.cases.filter { $0.span == nil }.count >= 60, "negatives")
    }

    @Test(arguments: cases)
    func expression(_ example: CorpusCase) throws {
        let date = try #require(DocumentDate(parsing: example.date))
        let tagged = Tagger().tag(Article(id: "t", source: "corpus", date: date, body: example.sentence))
        let place = "\(example.file):\(example.line)"
        guard let span = example.span else {
            #expect(tagged.expressions.map(\.mention.text) == [], "\(place)")
            return
        }
        let found = tagged.expressions.first { $0.mention.range == span }
        let expression = try #require(
            found, "\(place): no expression at \(span); found \(tagged.expressions.map(\.mention.text))")
        #expect(expression.value.value == example.value, "\(place)")
        #expect(expression.value.granularity.rawValue == example.granularity, "\(place)")
        #expect(expression.value.certainty.rawValue == example.certainty, "\(place)")
        if let type = example.type { #expect(expression.value.type.rawValue == type, "\(place)") }
        if let mod = example.mod {
            #expect(expression.value.mod == (mod == "-" ? nil : mod), "\(place)")
        }
    }
}
