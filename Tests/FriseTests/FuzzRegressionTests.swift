import Foundation
import Testing
@testable import Frise

/// The pipeline of the libFuzzer target (Fuzz/Sources/FriseFuzz), for replaying what it found.
///
/// A fuzz input's first byte picks the reader (0 plain text, 1 JSON, 2 JSON Lines, 3 TimeML,
/// 4 sniffed, by file extension) and, divided by 5, a date override (none, 2023-02,
/// 2024-02-29, 1999); the rest is the file's content.
enum FuzzReplay {
    static let extensions = [".txt", ".json", ".jsonl", ".tml", ""]
    static let overrides: [DocumentDate?] = [
        nil, DocumentDate(year: 2023, month: 2), DocumentDate(year: 2024, month: 2, day: 29), DocumentDate(year: 1999),
    ]

    /// The chronology of a fuzz input, with its CSV and XML; throws what the XML export throws.
    static func run(_ input: [UInt8], filter: EventFilter = EventFilter()) throws
        -> (chronology: Chronology, csv: String, xml: String)
    {
        let selector = Int(input[0])
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("frise-fuzz-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.path + "/input" + extensions[selector % 5]
        try Data(input.dropFirst()).write(to: URL(fileURLWithPath: path))

        var builder = ChronologyBuilder()
        var articles: [Article] = []
        ArticleReader(dateOverride: overrides[selector / 5 % 4]).read(paths: [path]) { result in
            if case .success(let article) = result { articles.append(article) }
        }
        for article in articles {
            let tagged = Tagger().tag(builder.admit(article))
            builder.add(EventExtractor().events(in: tagged), of: tagged)
            _ = try TimeMLExporter().render(tagged)
        }
        let chronology = builder.build(filter: filter)
        return (chronology, CSVExporter().render(chronology), try XMLExporter().render(chronology))
    }

    static func run(_ input: String, filter: EventFilter = EventFilter()) throws
        -> (chronology: Chronology, csv: String, xml: String)
    {
        try run(Array(input.utf8), filter: filter)
    }
}

/// Every input the fuzzer (Fuzz/run.sh) found that crashed, hung or broke an invariant,
/// minimised, with the fix it led to.
@Suite struct FuzzRegressionTests {
    /// `{"id": ""}`: the document id was written as `id=""`, which frise.xsd refuses (an
    /// Identifier is non-empty), so the XML export threw. An id with nothing XML can carry
    /// now counts as no id (the reader) and ids keep only XML characters (`ChronologyBuilder.admit`).
    @Test(arguments: [
        ("\u{1}{\"id\":\"\",\"date\":\"2011\",\"text\":\"i\"}", ["input"]),
        ("\u{1}{\"id\":\"\\u0001\",\"date\":\"2011\",\"text\":\"i\"}", ["input"]),
        ("\u{2}{\"id\":\"a\\u0001\",\"date\":\"2011\",\"text\":\"i\"}\n{\"id\":\"a\",\"date\":\"2011\",\"text\":\"i\"}\n",
         ["a", "a-2"]),
    ])
    func documentIDsStayUsableInXML(input: String, expected: [String]) throws {
        let (chronology, _, xml) = try FuzzReplay.run(input)
        #expect(chronology.documents.map(\.id) == expected)
        for id in expected { #expect(xml.contains("<document id=\"\(id)\"")) }
    }

    @Test func admitDropsWhatXMLCannotCarry() {
        var builder = ChronologyBuilder()
        let date = DocumentDate(year: 2023)!
        #expect(builder.admit(Article(id: "a\u{1}", source: "a", date: date, body: "x")).id == "a")
        #expect(builder.admit(Article(id: "a", source: "a", date: date, body: "x")).id == "a-2")
        #expect(builder.admit(Article(id: "\u{1}\u{FFFE}", source: "b", date: date, body: "x")).id == "document")
    }

    /// Two articles report one happening; the second's other event inherits its date from its
    /// report, which the merger folds into the first article's event. `inheritedFrom` named the
    /// merged-away id, so the XML broke frise.xsd's keyref. It now names the event that kept it.
    @Test func inheritedDateFollowsAMergedEvent() throws {
        let input = "\u{2}{\"date\":\"2024-11-21\",\"text\":\"Valentina Ortúzar,acheve jeudi\"}\n"
            + "{\"date\":\"2024-11-21\",\"text\":\"Valentina Ortúzar a achevé jeudi où a rentré\"}"
        let (chronology, _, _) = try FuzzReplay.run(input)
        let ids = Set(chronology.events.map(\.id))
        let inherited = chronology.events.compactMap(\.inheritedFrom)
        #expect(!inherited.isEmpty)
        #expect(inherited.allSatisfy(ids.contains))
    }

    /// The same keyref, broken by a filter: `frise timeline --type praise -o x.xml` kept an event
    /// that inherits its date from a meeting the filter left out, and the XML export failed.
    @Test func filteredOutEventsAreNoLongerNamed() throws {
        let text = try String(
            contentsOf: FixtureGoldTests.fixtures.appendingPathComponent("01_diplomatie_peche.txt"), encoding: .utf8)
        let (chronology, _, _) = try FuzzReplay.run("\u{0}" + text, filter: EventFilter(types: [.praise]))
        #expect(!chronology.events.isEmpty)
        #expect(chronology.events.allSatisfy { $0.inheritedFrom == nil })
    }

    // Found by hand while probing the fuzz target's DCT edges (the fuzzer had not reached them).

    /// `date 0000`: the publication day 0000-01-01 is no xs:date (XML Schema 1.0 has no year 0),
    /// so every XML export of such an article failed. Years before 1 are now an impossible date.
    @Test func yearZeroIsAnImpossibleDate() throws {
        #expect(DocumentDate(parsing: "0000") == nil && DocumentDate(parsing: "0000-03-01") == nil)
        #expect(DocumentDate(year: 0) == nil && DocumentDate(year: -5, month: 1) == nil)
        let (chronology, _, _) = try FuzzReplay.run("\u{0}date 0000\nLe ministre a reçu son homologue en mars.")
        #expect(chronology.documents.isEmpty)
    }

    /// "hier" in a 0001-01-01 article is 0000-12-31, which no xs:date writes: the XML now leaves
    /// such a value's start and end out (CSV and JSON keep them).
    @Test func valuesBeforeYearOneHaveNoXMLDays() throws {
        let (chronology, csv, xml) = try FuzzReplay.run("\u{0}date 0001-01-01\nLe ministre a reçu hier son homologue à Rabat.")
        let when = try #require(chronology.events.first?.when)
        #expect(when.value == "0000-12-31")
        #expect(xml.contains("<when value=\"0000-12-31\" granularity=\"day\""))
        #expect(csv.contains(",0000-12-31,0000-12-31,0000-12-31,day,"))
    }

    /// Before year 0, `/` and `%` round toward zero: a yearless month in a past clause chose
    /// month -9 of year 0 and crashed. Easter before year 0 named February 31 and crashed.
    @Test func monthsAndEasterBeforeYearZero() {
        let anchor = CalendarDay(year: 0, month: 1, day: 15)!
        let march = Resolver().resolve(.month(3, year: nil, .bare), in: ResolutionContext(anchor: anchor, tense: .past))
        #expect(march?.value == "-0001-03" && march?.start == CalendarDay(year: -1, month: 3, day: 1))
        for year in -30...0 {  // a Sunday from 22 March to 25 April, as every Easter
            let easter = CalendarDay.easter(year)
            let earliest = CalendarDay(year: year, month: 3, day: 22)!, latest = CalendarDay(year: year, month: 4, day: 25)!
            #expect(easter.weekday == .sunday && earliest <= easter && easter <= latest, "\(year): \(easter)")
        }
    }
}
