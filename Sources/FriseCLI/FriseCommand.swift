import ArgumentParser
import Frise

@main
struct FriseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "frise",
        abstract: "Turn news articles into chronologies.",
        discussion: """
            Frise reads articles (plain text with a `date` line, JSON, JSON Lines or TimeML), finds \
            their temporal expressions, resolves them against each article's date, extracts \
            the events they date and exports the ordered events.

            Examples:
              frise timeline seeds                     CSV chronology on standard output
              frise timeline seeds -o chronology.xml   XML, validated against Frise's schema
              frise timeline seeds -o timeline.html    a self-contained HTML timeline
              frise timeline seeds --excel -o t.csv    CSV for French-locale Excel (BOM, ';')
              frise timeline seeds --format timelinejs TimelineJS JSON
              frise tag seeds --format jsonl           one JSON object per temporal expression
              frise events seeds                       one JSON object per event, before merging
              frise validate chronology.xml            check a file against the schema
              frise eval corpora/ftib-dev              score the tagger against a TimeML corpus
            """,
        version: FriseVersion.string,
        subcommands: [Timeline.self, Tag.self, Events.self, Validate.self, Eval.self]
    )
}
