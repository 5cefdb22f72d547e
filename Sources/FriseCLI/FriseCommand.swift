import ArgumentParser

@main
struct FriseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "frise",
        abstract: "Turn news articles into chronologies.",
        discussion: """
            Frise reads articles (plain text with a `date` line, JSON or JSON Lines), finds \
            their temporal expressions, resolves them against each article's date, extracts \
            the events they date and exports the ordered events.

            Examples:
              frise timeline seeds                     CSV chronology on standard output
              frise timeline seeds -o chronology.xml   XML, validated against Frise's schema
              frise tag seeds --format jsonl           one JSON object per temporal expression
              frise events seeds                       one JSON object per event, before merging
              frise validate chronology.xml            check a file against the schema
            """,
        subcommands: [Timeline.self, Tag.self, Events.self, Validate.self, Eval.self]
    )
}
