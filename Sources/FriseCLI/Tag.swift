import ArgumentParser
import Foundation
import Frise

/// `frise tag`: the temporal expressions of each article.
struct Tag: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "List the temporal expressions of each article with their resolved values.",
        discussion: """
            Prints one JSON object per expression: doc, start, end (Unicode-scalar offsets into \
            the body, end exclusive), text, type, value, granularity, certainty.

            Examples:
              frise tag seeds
              frise tag - --dct 2023-02-01 < article.txt
              frise tag corpus.jsonl --jobs 8 -o expressions.jsonl

            With `-`, JSON Lines on standard input give their lines on standard output as soon \
            as each is done: a stage for Spark's RDD.pipe or Hadoop Streaming.
            """)

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case jsonl
    }

    @OptionGroup var input: InputOptions

    @Option(help: "Output format: jsonl.")
    var format: Format = .jsonl

    @Option(name: .shortAndLong, help: "Write to this file instead of standard output.")
    var output: String?

    func run() throws {
        let tagger = Tagger()
        try input.writeEachArticle(to: output) { article in
            tagger.tag(article).expressions.map { TagLine(document: article.id, expression: $0).json + "\n" }.joined()
        }
    }
}
