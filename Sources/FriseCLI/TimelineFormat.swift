import ArgumentParser
import Foundation
import Frise

/// The output formats of `frise timeline`, and how each is rendered.
enum TimelineFormat: String, ExpressibleByArgument, CaseIterable {
    case csv, xml, json, jsonl
    case timelinejs
    case timelinejsCSV = "timelinejs-csv"
    case html, table

    /// One line per format, for the help.
    static let summary = """
        csv (default when piped; --excel, --delimiter), xml (validated), json, jsonl (one event a \
        line), timelinejs (TimelineJS JSON), timelinejs-csv (TimelineJS's 18-column sheet), html \
        (one self-contained page), table (aligned text; the default on a terminal)
        """

    /// The format an output file's extension implies, if any (`.csv`, `.xml`, `.json`,
    /// `.jsonl`/`.ndjson`, `.html`/`.htm`).
    init?(fileExtensionOf path: String) {
        switch URL(fileURLWithPath: path).pathExtension.lowercased() {
        case "csv": self = .csv
        case "xml": self = .xml
        case "json": self = .json
        case "jsonl", "ndjson": self = .jsonl
        case "html", "htm": self = .html
        default: return nil
        }
    }

    /// The format to write: `--format`, else the extension of `-o`, else CSV when a CSV
    /// option is given or standard output is not a terminal, else the table.
    static func choose(
        format: TimelineFormat?, output: String?, csvOptionGiven: Bool, terminal: Terminal
    ) -> TimelineFormat {
        if let format { return format }
        if let output { return TimelineFormat(fileExtensionOf: output) ?? .csv }
        return csvOptionGiven || !terminal.isTerminal ? .csv : .table
    }

    /// The delimiter a `--delimiter` value names: one character, or `tab` / `\t` for a tab.
    static func delimiter(_ text: String) throws -> Character {
        if text == "tab" || text == "\\t" { return "\t" }
        guard text.count == 1, let character = text.first else {
            throw ValidationError("--delimiter takes one character (or `tab`), not '\(text)'.")
        }
        guard !["\"", "\r", "\n", "\r\n"].contains(character) else {
            throw ValidationError("--delimiter cannot be a double quote or a line break.")
        }
        return character
    }

    /// Writes the chronology to `output` (standard output when nil). CSV, JSON, JSON Lines and
    /// XML go out in pieces, so that a large chronology never has its whole text in memory
    /// (formatted `jobs` pieces at once on as many cores, XML checked against its schema piece
    /// by piece, on another core than the writing's); a file is written to a temporary file
    /// renamed into place when complete.
    func write(_ chronology: Chronology, csv: CSVExporter, terminal: Terminal, jobs: Int, to output: String?) throws {
        // How the format is written: its pieces handed to a sink, or its whole text at once.
        let writePieces: (([UInt8]) throws -> Void) throws -> Void
        switch self {
        case .csv: writePieces = { try csv.write(chronology, jobs: jobs, to: $0) }
        case .json: writePieces = { try JSONExporter().write(chronology, jobs: jobs, to: $0) }
        case .jsonl: writePieces = { try JSONLinesExporter().write(chronology, jobs: jobs, to: $0) }
        case .xml: writePieces = { try XMLExporter().write(chronology, jobs: jobs, to: $0) }
        case .timelinejs: return try OutputWriter.write(TimelineJSExporter(format: .json).render(chronology), to: output)
        case .timelinejsCSV:
            return try OutputWriter.write(TimelineJSExporter(format: .spreadsheet).render(chronology), to: output)
        case .html: return try OutputWriter.write(HTMLExporter().render(chronology), to: output)
        case .table:
            let table = TerminalTable(width: terminal.width, colour: terminal.colour).render(chronology)
            return try OutputWriter.write(table, to: output)
        }
        Interruption.install()
        do {
            let file = try output.map { (path) throws(OutputError) in try OutputFile(path: path) }
            try writePieces { piece in
                try piece.withUnsafeBufferPointer { bytes in
                    if let file { try file.write(bytes) } else { try OutputWriter.write(bytes, to: nil) }
                }
            }
            try file?.commit()
        } catch let error as OutputError {
            Diagnostics.report(error.description)
            throw ExitCode(1)
        }
    }
}
