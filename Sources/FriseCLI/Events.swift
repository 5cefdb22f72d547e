import ArgumentParser
import Foundation
import Frise

/// `frise events`: the events of each article, before any merging.
struct Events: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "List the events of each article, one JSON object per event, before any merging.",
        discussion: """
            Prints doc, id, trigger (start, end, text: Unicode-scalar offsets into the body), \
            class (TimeML), type and cameo, when (value, start, end, granularity, certainty, or \
            null when undated), timexes, inherited_from, actors, places, headline and sentence.

            Examples:
              frise events seeds
              frise events articles.jsonl -o events.jsonl
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
        let tagger = Tagger(), extractor = EventExtractor()
        try input.writeEachArticle(to: output) { article in
            extractor.events(in: tagger.tag(article)).map { EventLine(event: $0).json + "\n" }.joined()
        }
    }
}
