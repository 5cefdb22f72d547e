import Foundation
import Testing
@testable import Frise

/// One line of the French corpus: a sentence with its expected span and value.
struct CorpusCase: CustomTestStringConvertible, Sendable {
    let line: Int
    let date: String
    let sentence: String
    let span: Range<Int>?
    let value: String?
    let granularity: String?
    let certainty: String?

    var testDescription: String { "line \(line): \(sentence)" }

    /// Loads a corpus file from the test bundle; brackets mark the expected span.
    static func load(_ name: String) -> [CorpusCase] {
        let url = Bundle.module.url(forResource: name, withExtension: "tsv", subdirectory: "Corpus")!
        let text = try! String(contentsOf: url, encoding: .utf8)
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
            return CorpusCase(
                line: number + 1, date: columns[0], sentence: String(sentence),
                span: start.flatMap { s in end.map { s..<$0 } }, value: hasValue ? columns[2] : nil,
                granularity: hasValue ? columns[3] : nil, certainty: hasValue ? columns[4] : nil)
        }
    }
}

@Suite struct FrenchCorpusTests {
    static let cases = CorpusCase.load("french-dates")

    @Test func corpusIsLarge() { #expect(Self.cases.count >= 60) }

    @Test(arguments: cases)
    func expression(_ example: CorpusCase) throws {
        let date = try #require(DocumentDate(parsing: example.date))
        let tagged = Tagger().tag(Article(id: "t", source: "corpus", date: date, body: example.sentence))
        guard let span = example.span else {
            #expect(tagged.expressions.map(\.mention.text) == [], "line \(example.line)")
            return
        }
        let found = tagged.expressions.first { $0.mention.range == span }
        let expression = try #require(
            found, "line \(example.line): no expression at \(span); found \(tagged.expressions.map(\.mention.text))")
        #expect(expression.value.value == example.value, "line \(example.line)")
        #expect(expression.value.granularity.rawValue == example.granularity, "line \(example.line)")
        #expect(expression.value.certainty.rawValue == example.certainty, "line \(example.line)")
    }
}
