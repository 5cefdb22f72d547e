import Foundation
import Frise
import Testing

/// Opens Frise's CSV in LibreOffice Calc (headless) and reads the cells back: accents,
/// quotes, line breaks and formula-looking text must arrive as text, never evaluated.
/// Skipped when `soffice` is absent; `.ci/run` installs it.
@Suite(.serialized, .enabled(if: ExternalTool.soffice != nil, "LibreOffice (soffice) is not installed"))
struct SpreadsheetTests {
    /// Text that spreadsheets like to mangle.
    static let tricky = [
        "Élysée, « café » à Noël – ½ €", "il a dit \"non\", puis \"oui\"", "ligne 1\nligne 2", "=1+1",
        "+33 6 12 34 56 78", "-x", "@x", "espaces  doubles ; point-virgule", "=HYPERLINK(\"http://x\")",
    ]

    /// One event per tricky text, which fills its headline, actor and sentence.
    static let chronology: Chronology = {
        let day = CalendarDay(year: 2023, month: 2, day: 1)!
        let events = tricky.enumerated().map { index, text in
            Event(
                id: "doc-e\(index + 1)", document: "doc", trigger: TextSpan(start: 0, end: 1, text: "x"),
                eventClass: .occurrence, type: .statement, when: .day(day, certainty: .explicit), timexes: [],
                actors: [text], places: [], headline: text, sentence: TextSpan(start: 0, end: text.count, text: text))
        }
        let document = DocumentInfo(
            id: "doc", source: "doc.txt", date: DocumentDate(year: 2023, month: 2, day: 1)!, referenceDay: day,
            title: nil)
        return Chronology(events: events, documents: [document])
    }()

    /// What a cell must read for a free-text field: the text, after the one `'` Frise puts
    /// before formula-looking text (LibreOffice and Excel keep it visible).
    static func expected(_ text: String) -> String {
        guard let first = text.unicodeScalars.first, "=+-@".unicodeScalars.contains(first) else { return text }
        return "'" + text
    }

    /// Converts a CSV file with LibreOffice and returns the first sheet's rows.
    static func open(_ csv: URL, separator: UInt8, in directory: URL) throws -> [[FlatODSReader.Cell]] {
        let profile = directory.appendingPathComponent("lo-profile").absoluteString
        let result = try CLIRunner.run(
            [
                "-env:UserInstallation=\(profile)", "--headless", "--infilter=CSV:\(separator),34,76,1",
                "--convert-to", "fods", "--outdir", directory.path, csv.path,
            ], executable: ExternalTool.soffice!)
        #expect(result.status == 0, "\(result.stderr)")
        return try FlatODSReader.rows(of: csv.deletingPathExtension().appendingPathExtension("fods"))
    }

    @Test(arguments: [("comma", CSVExporter()), ("excel", CSVExporter.excel), ("tab", CSVExporter(delimiter: "\t"))])
    func trickyCellsSurviveAsText(name: String, exporter: CSVExporter) throws {
        let directory = try CLIRunner.temporaryDirectory()
        let csv = directory.appendingPathComponent("\(name).csv")
        try Data(exporter.render(Self.chronology).utf8).write(to: csv)
        let rows = try Self.open(csv, separator: exporter.delimiter.asciiValue!, in: directory)
        #expect(rows.first?.map(\.text) == CSVExporter.columns, "header, with the byte order mark not in `id`")
        #expect(rows.count == Self.tricky.count + 1)
        let headline = CSVExporter.columns.firstIndex(of: "headline")!
        let actors = CSVExporter.columns.firstIndex(of: "actors")!
        let sentence = CSVExporter.columns.firstIndex(of: "sentence")!
        for (text, row) in zip(Self.tricky, rows.dropFirst()) {
            for column in [headline, actors, sentence] {
                let cell = try #require(row.count > column ? row[column] : nil)
                #expect(cell.text == Self.expected(text), "\(name): \(CSVExporter.columns[column])")
                #expect(cell.valueType == "string" && cell.formula == nil, "\(name): \(text) is text")
            }
        }
    }

    @Test func excelOutputOfTheFixturesReadsBackCellForCell() throws {
        let directory = try CLIRunner.temporaryDirectory()
        let csv = directory.appendingPathComponent("fixtures.csv")
        let written = try CLIRunner.run(["timeline", "seeds", "fixtures", "--excel", "-o", csv.path, "--quiet"])
        #expect(written.status == 0, "\(written.stderr)")
        #expect(written.stderr.isEmpty)
        let json = try CLIRunner.run(["timeline", "seeds", "fixtures", "--format", "json"])
        let root = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let events = try #require(root["events"] as? [[String: Any]])
        let rows = try Self.open(csv, separator: UInt8(ascii: ";"), in: directory)
        #expect(rows.count == events.count + 1)
        let headline = CSVExporter.columns.firstIndex(of: "headline")!
        let sentence = CSVExporter.columns.firstIndex(of: "sentence")!
        for (event, row) in zip(events, rows.dropFirst()) {
            #expect(row[0].text == event["id"] as? String)
            #expect(row[headline].text == Self.expected(event["headline"] as? String ?? ""))
            let text = (event["sentence"] as? [String: Any])?["text"] as? String ?? ""
            #expect(row[sentence].text == Self.expected(text))
        }
    }
}
