import ArgumentParser
import Foundation
import Frise

/// `frise events`: the events of each article, before any merging.
struct Events: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "events",
        abstract: "List the events of each article, one JSON object per event, before any merging.",
        discussion: """
            Prints doc, id, trigger (start, end, text: Unicode-scalar offsets into the body), \
            class (TimeML), type and cameo, when (value, start, end, granularity, certainty, \
            type, mod, freq, or null when undated), timexes, inherited_from, actors, roles, places, \
            headline and sentence, then doc_date, doc_reference_day, doc_source and doc_title: \
            what the chronology records about the article. Two articles with one id are told \
            apart as in `frise timeline` (a, a-2).

            The output is the map side of a distributed chronology: `frise timeline --events` \
            merges files of such lines (with --documents, articles without events are listed \
            too) into the chronology a single run would build.

            Examples:
              frise events seeds
              frise events articles.jsonl -o events.jsonl
              frise events - --documents < part-00000.jsonl > events-00000.jsonl
            """)

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case jsonl
    }

    @OptionGroup var input: InputOptions

    @Option(help: "Output format: jsonl.")
    var format: Format = .jsonl

    @Option(name: .shortAndLong, help: "Write to this file instead of standard output.")
    var output: String?

    @Flag(help: "Also write a line (doc and doc_… keys only) for each article that reports no event.")
    var documents = false

    func run() throws {
        let tagger = Tagger(), extractor = EventExtractor(), documents = documents, jobs = input.jobs
        var ids = ChronologyBuilder()
        try input.writeEachArticle(
            to: output, prepare: { EventExtractor.prepare(jobs: jobs) }, admit: { ids.admit($0) }
        ) { (articles) -> [[UInt8]] in
            ArticleEvents.of(articles, tagger: tagger, extractor: extractor).map { extracted in
                if extracted.events.isEmpty {
                    return documents ? Array((EventLine.documentOnly(extracted.document) + "\n").utf8) : []
                }
                var out: [UInt8] = []
                EventLine.write(extracted.events, of: extracted.document, to: &out)
                return out
            }
        }
    }
}
