import Foundation
import Testing
@testable import Frise

@Suite struct TimelineJSExporterTests {
    private static let february = TimeValue.month(year: 2023, month: 2, certainty: .explicit)
    private static let twoDays = TimeValue.day(CalendarDay(year: 2023, month: 1, day: 30)!, certainty: .estimated)
        .union(.day(CalendarDay(year: 2023, month: 1, day: 31)!, certainty: .estimated))

    private func json(_ events: [Event]) throws -> [String: Any] {
        let text = TimelineJSExporter(format: .json).render(ExportFixtures.chronology(events))
        return try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    private func rows(_ events: [Event]) -> [[String]] {
        Self.parseCSV(TimelineJSExporter(format: .spreadsheet).render(ExportFixtures.chronology(events)))
    }

    /// Rows of an RFC 4180 text with `,` and CRLF.
    static func parseCSV(_ text: String) -> [[String]] {
        var rows: [[String]] = [], row: [String] = [], field = "", quoted = false
        var scalars = text.unicodeScalars.makeIterator()
        var pending: Unicode.Scalar? = nil
        while let scalar = pending ?? scalars.next() {
            pending = nil
            if quoted {
                if scalar == "\"" {
                    let next = scalars.next()
                    if next == "\"" { field += "\"" } else { quoted = false; pending = next }
                } else {
                    field.unicodeScalars.append(scalar)
                }
            } else if scalar == "\"" {
                quoted = true
            } else if scalar == "," {
                row.append(field); field = ""
            } else if scalar == "\r" {
                _ = scalars.next()
                row.append(field); rows.append(row); row = []; field = ""
            } else {
                field.unicodeScalars.append(scalar)
            }
        }
        return rows
    }

    @Test func spreadsheetHasTheTemplateColumnsAndATitleRow() {
        #expect(TimelineJSExporter.columns == [
            "Year", "Month", "Day", "Time", "End Year", "End Month", "End Day", "End Time", "Display Date",
            "Headline", "Text", "Media", "Media Credit", "Media Caption", "Media Thumbnail", "Type", "Group",
            "Background",
        ])
        let table = rows([ExportFixtures.event(headline: "Appel", actors: [], sentence: "Appel.")])
        #expect(table[0] == TimelineJSExporter.columns)
        #expect(table[1].count == 18 && table[1][15] == "title" && table[1][0].isEmpty)
        #expect(table[2].count == 18 && table[2][15].isEmpty && table[2][16] == "call")
    }

    @Test func partialDatesStayPartial() throws {
        let month = ExportFixtures.event(id: "m", headline: "M", actors: [], sentence: "M.", when: Self.february)
        let table = rows([month])
        #expect(Array(table[2][0...7]) == ["2023", "2", "", "", "", "", "", ""])
        let event = try #require((try json([month])["events"] as? [[String: Any]])?.first)
        #expect(event["start_date"] as? [String: Int] == ["year": 2023, "month": 2])
        #expect(event["end_date"] == nil)
        #expect(event["display_date"] == nil, "explicit dates need no display date")
    }

    @Test func spansHaveAnEndAndEstimatesADisplayDate() throws {
        let span = ExportFixtures.event(when: Self.twoDays)
        let day = ExportFixtures.event(id: "d")
        let events = try #require(try json([span, day])["events"] as? [[String: Any]])
        #expect(events[0]["start_date"] as? [String: Int] == ["year": 2023, "month": 1, "day": 30])
        #expect(events[0]["end_date"] as? [String: Int] == ["year": 2023, "month": 1, "day": 31])
        #expect(events[0]["display_date"] as? String == "du 30 au 31 janvier 2023 (estimé)")
        #expect(events[1]["display_date"] as? String == "vers le 1er février 2023 (estimé)")
        #expect(events[1]["group"] as? String == "call")
        #expect(events[1]["unique_id"] as? String == "d")
        let text = try #require(events[1]["text"] as? [String: String])
        #expect(text["headline"] == "Nasser Bourita a reçu un appel")
        #expect(text["text"]?.contains("<blockquote>Le ministre a reçu un appel.</blockquote>") == true)
    }

    @Test func clockTimesGoToTheTimeColumn() throws {
        let evening = TimeValue(
            type: .time, value: "2023-02-01T20:30", start: ExportFixtures.day, end: ExportFixtures.day,
            granularity: .minute, certainty: .explicit)
        let event = ExportFixtures.event(when: evening)
        #expect(rows([event])[2][3] == "20:30")
        let slide = try #require((try json([event])["events"] as? [[String: Any]])?.first)
        #expect(slide["start_date"] as? [String: Int] == ["year": 2023, "month": 2, "day": 1, "hour": 20, "minute": 30])
    }

    @Test func undatedEventsAreLeftOutAndCounted() throws {
        let undated = ExportFixtures.event(id: "u", when: nil, timexes: [])
        let duration = ExportFixtures.event(
            id: "p",
            when: TimeValue(type: .duration, value: "P3D", start: nil, end: nil, granularity: .day, certainty: .explicit))
        let chronology = ExportFixtures.chronology([ExportFixtures.event(), undated, duration])
        #expect(TimelineJSExporter.leftOut(of: chronology) == 2)
        let root = try json(chronology.events)
        #expect((root["events"] as? [Any])?.count == 1)
        let title = try #require((root["title"] as? [String: Any])?["text"] as? [String: String])
        #expect(title["text"]?.contains("2 événements sans date") == true)
        #expect(rows(chronology.events).count == 3, "header, title, one event")
    }

    @Test func articleTextIsEscapedAsHTML() throws {
        let event = ExportFixtures.event(
            headline: "<script>alert(1)</script> & co", actors: ["A \"B\""], sentence: "x < y")
        let slide = try #require((try json([event])["events"] as? [[String: Any]])?.first)
        let text = try #require(slide["text"] as? [String: String])
        #expect(text["headline"] == "&lt;script&gt;alert(1)&lt;/script&gt; &amp; co")
        #expect(text["text"]?.contains("A &quot;B&quot;") == true)
        #expect(text["text"]?.contains("x &lt; y") == true)
    }

    @Test(arguments: [
        (TimeValue.year(2023, certainty: .inferred), "2023 (déduit)"),
        (TimeValue.month(year: 2023, month: 3, certainty: .estimated), "mars 2023 (estimé)"),
        (TimeValue.day(CalendarDay(year: 2023, month: 1, day: 6)!, certainty: .inferred), "le 6 janvier 2023 (déduit)"),
        (TimeValue.day(CalendarDay(year: 2022, month: 12, day: 30)!, certainty: .estimated)
            .union(.day(CalendarDay(year: 2023, month: 1, day: 2)!, certainty: .estimated)),
         "du 30 décembre 2022 au 2 janvier 2023 (estimé)"),
        (TimeValue(
            value: "2023-W05", start: CalendarDay(year: 2023, month: 1, day: 30), end: CalendarDay(year: 2023, month: 2, day: 5),
            granularity: .week, certainty: .inferred),
         "la semaine du 30 janvier 2023 (déduit)"),
    ])
    func displayDatesInFrench(value: TimeValue, expected: String) {
        #expect(FrenchLabels.displayDate(value) == expected)
    }
}
