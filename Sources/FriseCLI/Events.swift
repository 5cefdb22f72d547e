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
        var lines = ""
        let failures = input.forEachArticle { article in
            for event in extractor.events(in: tagger.tag(article)) {
                lines += EventLine(event: event).json + "\n"
            }
        }
        try OutputWriter.write(lines, to: output)
        if failures > 0 { throw ExitCode(1) }  // forEachArticle has reported them and their count
    }
}
