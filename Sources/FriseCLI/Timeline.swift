import ArgumentParser
import Foundation
import CFriseAllocator
import Frise

/// `frise timeline`: the chronology of the events of all articles.
struct Timeline: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "timeline",
        abstract: "Build the chronology of the events the articles report.",
        discussion: """
            The format comes from --format, else from the extension of -o (.csv, .xml, .json, \
            .jsonl, .html), else an aligned table when standard output is a terminal, else CSV. \
            XML output is validated against Frise's schema before it is written.

            TimelineJS needs a date on every slide: the timelinejs and timelinejs-csv formats \
            leave out undated events (and say how many on standard error and in the title slide). \
            Every other format keeps them, after the dated ones.

            Examples:
              frise timeline seeds
              frise timeline seeds --excel -o chronologie.csv
              frise timeline seeds fixtures -o chronology.xml
              frise timeline seeds --format timelinejs -o timeline.json
              frise timeline seeds --format html -o chronologie.html
              frise timeline article.txt --dct 2023-02-01 --format jsonl
              frise timeline corpus.jsonl --jobs 8 -o chronology.csv
              frise timeline --events shards/* -o chronology.xml

            With --events, the paths are the outputs of `frise events` (shards of a corpus \
            processed apart, on a cluster for instance): the chronology is the one a single run \
            over the corpus would build.
            """)

    @OptionGroup var input: InputOptions

    @OptionGroup(title: "Filters") var filters: FilterOptions

    @Option(help: "Output format: \(TimelineFormat.summary).")
    var format: TimelineFormat?

    @Option(name: .shortAndLong, help: "Write to this file instead of standard output.")
    var output: String?

    @Flag(help: "CSV for spreadsheets in French locales: a UTF-8 byte order mark and `;` between fields.")
    var excel = false

    @Option(help: "CSV field delimiter: one character, or `tab` (overrides the `;` of --excel).")
    var delimiter: String?

    @Flag(help: "Read events written by `frise events` (JSON Lines shards) instead of articles.")
    var events = false

    func validate() throws {
        if events, input.documentDate != nil {
            throw ValidationError("--dct applies to articles: the events of --events are already dated.")
        }
        if let delimiter { _ = try TimelineFormat.delimiter(delimiter) }
        if let format, format != .csv, excel || delimiter != nil {
            throw ValidationError("--excel and --delimiter apply to CSV output, not to --format \(format.rawValue).")
        }
    }

    /// Events from which a chronology's build gives freed memory back at once.
    static let largeChronology = 1 << 20

    func run() throws {
        var terminal = Terminal.standardOutput()
        if output != nil { terminal.colour = false }
        let chosen = TimelineFormat.choose(
            format: format, output: output, csvOptionGiven: excel || delimiter != nil, terminal: terminal)
        var csv = excel ? CSVExporter.excel : CSVExporter()
        if let delimiter { csv.delimiter = try TimelineFormat.delimiter(delimiter) }
        let notices = Notices(quiet: input.quiet)

        var builder = ChronologyBuilder()
        let failures: Int
        if events {
            failures = EventShards.read(
                input.paths, maxLineBytes: input.maxArticleBytes.bytes, jobs: input.jobs, into: &builder)
        } else {
            let tagger = Tagger(), extractor = EventExtractor(), jobs = input.jobs
            failures = try input.forEachArticle(
                prepare: { EventExtractor.prepare(jobs: jobs) }, admit: { builder.admit($0) },
                groups: { ArticleEvents.of($0, tagger: tagger, extractor: extractor) }
            ) { (result: consuming ArticleEvents) in
                // Swapped out, the events array is the builder's alone: its events move into the chronology.
                var events: [Event] = []
                swap(&events, &result.events)
                builder.add(events, of: result.document)
            }
        }
        // A chronology of a million events or more peaks while it is built (its events, and the
        // merge's tables on top): the memory each step frees goes back to the system at once, not
        // kept while the next allocates more (the 200 MB bench corpus: 5% less peak memory, 2%
        // more time). Smaller ones keep the allocator's pace.
        let large = builder.count >= Self.largeChronology
        if large { _ = frise_allocator_return_freed_memory(1) }
        let chronology = builder.build(filter: filters.filter, jobs: input.jobs)
        if large { _ = frise_allocator_return_freed_memory(0) }
        try chosen.write(chronology, csv: csv, terminal: terminal, jobs: input.jobs, to: output)

        if chosen == .timelinejs || chosen == .timelinejsCSV {
            let left = TimelineJSExporter.leftOut(of: chronology)
            if left > 0 { notices.note("\(left) event\(left == 1 ? "" : "s") without a date left out: TimelineJS needs one") }
        }
        if let output {
            let count = chronology.events.count
            notices.note("\(count) event\(count == 1 ? "" : "s") written to \(output) (\(chosen.rawValue))")
        }
        ExitReclaim.leave(chronology)
        if failures > 0 { throw ExitCode(1) }  // forEachArticle has reported them and their count
    }
}

/// Leaves a value's memory for the system to reclaim when the process ends, as compilers do:
/// freeing a chronology of half a million events string by string took 0.45 s, longer than
/// writing it out.
enum ExitReclaim {
    static func leave(_ value: some Any) { _ = Unmanaged.passRetained(Held(value)) }

    private final class Held<Value> {
        let value: Value
        init(_ value: Value) { self.value = value }
    }
}

/// The events of one article, and what the chronology records about it.
struct ArticleEvents: Sendable {
    var events: [Event]
    var document: DocumentInfo

    /// Those of each article of a group, tagged and extracted pass by pass (`Tagger.tag(_:)`).
    static func of(_ articles: [Article], tagger: Tagger, extractor: EventExtractor) -> [ArticleEvents] {
        let tagged = tagger.tag(articles)
        var events = extractor.events(in: tagged)
        // Each article's events moved out of the list, not copied (`ChronologyBuilder.add`).
        return tagged.indices.map { index in
            var own: [Event] = []
            swap(&own, &events[index])
            return ArticleEvents(events: own, document: ChronologyBuilder.document(of: tagged[index]))
        }
    }
}
