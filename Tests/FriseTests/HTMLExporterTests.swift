import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
@testable import Frise

@Suite struct HTMLExporterTests {
    private static let hostile = "<script>alert('x')</script> & \"co\""

    private static var chronology: Chronology {
        var visit = ExportFixtures.event(
            id: "seed-e2", headline: hostile, actors: ["Antony <b>Blinken</b>"], places: ["Israël"],
            trigger: "ministre", when: .day(ExportFixtures.day, certainty: .explicit))
        visit.type = .visit
        visit.sources = [
            EventSource(
                document: "seed", trigger: TextSpan(start: 8, end: 16, text: "ministre"), sentence: visit.sentence,
                timexes: [])
        ]
        let undated = ExportFixtures.event(id: "seed-e3", headline: "Sans date", when: nil, timexes: [])
        return ExportFixtures.chronology([ExportFixtures.event(), visit, undated])
    }

    /// The page's text content, parsed as XML: the markup must be well-formed.
    private func text(of page: String) throws -> String {
        final class Collector: NSObject, XMLParserDelegate {
            var text = ""
            func parser(_ parser: XMLParser, foundCharacters string: String) { text += string }
        }
        let parser = XMLParser(data: Data(page.utf8))
        let collector = Collector()
        parser.delegate = collector
        #expect(parser.parse(), "\(String(describing: parser.parserError)) line \(parser.lineNumber)")
        return collector.text
    }

    @Test func pageIsSelfContainedAndWellFormed() throws {
        let page = HTMLExporter().render(Self.chronology)
        #expect(page.hasPrefix("<!DOCTYPE html>\n<html lang=\"fr\">"))
        #expect(!page.contains("http://") && !page.contains("https://") && !page.contains("src="))
        #expect(!page.contains("<script"), "no script, and article text cannot inject one")
        #expect(page.contains("default-src 'none'"))
        #expect(page.contains("<svg ") && page.contains("<style>"))
        let text = try text(of: page)
        #expect(text.contains(Self.hostile), "the hostile headline is shown as text")
        #expect(text.contains("Antony <b>Blinken</b>"))
    }

    @Test func eventsLinkToTheirCardsSourcesAndSentences() {
        let page = HTMLExporter().render(Self.chronology)
        for id in ["seed-e1", "seed-e2", "seed-e3"] { #expect(page.contains("id=\"ev-\(id)\"")) }
        #expect(page.contains("<a href=\"#ev-seed-e1\">"), "the axis mark links to the card")
        #expect(page.contains("href=\"#doc-seed\"") && page.contains("id=\"doc-seed\""))
        #expect(page.contains("<a href=\"seeds/seed.txt\">seeds/seed.txt</a>"))
        #expect(page.contains("<details><summary>Source : "))
        #expect(page.contains("Le <mark class=\"trigger\">ministre</mark>"))
        #expect(page.contains("<h2>Sans date dans le texte</h2>"))
    }

    @Test func estimatedDatesAreDrawnAsSuch() {
        let page = HTMLExporter().render(Self.chronology)
        #expect(page.contains("class=\"mark c-estimated\""))
        #expect(page.contains("class=\"event t-call c-estimated\""))
        #expect(page.contains("class=\"mark c-explicit\""))
        #expect(page.contains("<span class=\"certainty\">estimée</span>"))
        #expect(page.contains(".c-estimated .card{border-left-style:dashed}"))
        #expect(page.contains("@media (max-width:42rem)"), "responsive")
    }

    @Test func emptyChronologyStillMakesAPage() throws {
        let page = HTMLExporter().render(ExportFixtures.chronology([]))
        #expect(!page.contains("<svg"))
        _ = try text(of: page)
    }

    @Test func sourcePathsArePercentEncoded() {
        #expect(HTMLExporter.link(to: "seeds/a b#é.txt") == "seeds/a%20b%23%C3%A9.txt")
        #expect(HTMLExporter.link(to: "https://example.org/a?b=1") == "https://example.org/a?b=1")
        #expect(HTMLExporter.link(to: "-") == nil)
    }

    @Test(arguments: [(3, 1), (27, 1), (60, 7), (400, 31), (3000, 365), (40_000, 3650)])
    func axisTicksStayFew(days: Int, spacing: Int) {
        let first = CalendarDay(year: 2023, month: 1, day: 5)!.dayNumber
        let ticks = HTMLTimelineAxis.tickDays(first: first, days: days)
        #expect(!ticks.isEmpty && ticks.count <= 13, "\(days) days: \(ticks.count) ticks")
        #expect(zip(ticks, ticks.dropFirst()).allSatisfy { $1.0 - $0.0 >= spacing - 3 })
    }
}
