import ArgumentParser
import Foundation
import Frise

/// `frise timeline`: the chronology of the events of all articles.
struct Timeline: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Build the chronology of the events the articles report.",
        discussion: """
            The format comes from --format, else from the extension of -o (.csv, .xml, .json), \
            else CSV. XML output is validated against Frise's schema before it is written.

            Examples:
              frise timeline seeds
              frise timeline seeds fixtures -o chronology.xml
              frise timeline article.txt --dct 2023-02-01 --format json
            """)

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case csv, xml, json
    }

    @OptionGroup var input: InputOptions

    @Option(help: "Output format: \(Format.allCases.map(\.rawValue).joined(separator: ", ")).")
    var format: Format?

    @Option(name: .shortAndLong, help: "Write to this file instead of standard output.")
    var output: String?

    func run() throws {
        let chosen = format ?? output.flatMap { Format(rawValue: URL(fileURLWithPath: $0).pathExtension.lowercased()) } ?? .csv
        var builder = ChronologyBuilder()
        let tagger = Tagger(), extractor = EventExtractor()
        let failures = input.forEachArticle { article in
            let tagged = tagger.tag(builder.admit(article))
            builder.add(extractor.events(in: tagged), of: tagged)
        }
        let chronology = builder.build()
        let text: String
        switch chosen {
        case .csv: text = CSVExporter().render(chronology)
        case .json: text = JSONExporter().render(chronology)
        case .xml: text = try XMLExporter().render(chronology)
        }
        try OutputWriter.write(text, to: output)
        if failures > 0 {
            Diagnostics.report("\(failures) input\(failures == 1 ? "" : "s") could not be read")
            throw ExitCode(1)
        }
    }
}
