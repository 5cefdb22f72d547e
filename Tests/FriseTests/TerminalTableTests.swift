import Testing
@testable import Frise

@Suite struct TerminalTableTests {
    private static var chronology: Chronology {
        let long = ExportFixtures.event(
            headline: "Une très longue phrase\nsur deux lignes qui ne tiendra jamais dans la largeur d’un terminal étroit",
            actors: ["Nasser Bourita (ministre marocain des Affaires étrangères)", "Antony Blinken"])
        let span = ExportFixtures.event(
            id: "seed-e2", headline: "Visite", actors: [],
            when: TimeValue.day(CalendarDay(year: 2023, month: 1, day: 30)!, certainty: .inferred)
                .union(.day(CalendarDay(year: 2023, month: 1, day: 31)!, certainty: .inferred)))
        let wide = ExportFixtures.event(id: "seed-e3", headline: "東京で会談が行われた", when: nil, timexes: [])
        return ExportFixtures.chronology([long, span, wide])
    }

    /// The text with SGR escapes removed.
    private func plain(_ text: String) -> String {
        var out = "", escape = false
        for character in text {
            if character == "\u{1B}" { escape = true } else if escape { if character == "m" { escape = false } } else {
                out.append(character)
            }
        }
        return out
    }

    @Test(arguments: [30, 50, 72, 100, 160])
    func everyLineFitsTheWidth(width: Int) {
        let text = TerminalTable(width: width, colour: false).render(Self.chronology)
        let lines = text.split(separator: "\n")
        #expect(lines.count == 5, "header, three events, summary")
        for line in lines { #expect(TerminalTable.displayWidth(String(line)) <= max(width, 30), "\(line)") }
    }

    @Test func cellsShowDatesTypesAndCutText() {
        let lines = TerminalTable(width: 80, colour: false).render(Self.chronology).split(separator: "\n")
        #expect(lines[0].hasPrefix("date") && lines[0].contains("type") && lines[0].contains("headline"))
        #expect(lines[1].hasPrefix("~2023-02-01 ") && lines[1].contains(" call "))
        #expect(lines[1].contains("Une très longue phrase sur deux"), "line breaks become spaces")
        #expect(lines[1].contains("…"))
        #expect(lines[2].hasPrefix("2023-01-30/31"))
        #expect(lines[3].hasPrefix("—"))
        #expect(lines[4].hasPrefix("3 events, 2 dated, from 1 article"))
    }

    @Test func actorsColumnGoesWhenNarrow() {
        let wide = TerminalTable(width: 120, colour: false).render(Self.chronology)
        let narrow = TerminalTable(width: 50, colour: false).render(Self.chronology)
        #expect(wide.contains("actors") && wide.contains("Nasser Bourita (ministre"))
        #expect(!narrow.contains("actors"))
    }

    @Test func colourOnlyAddsEscapes() {
        let plainText = TerminalTable(width: 90, colour: false).render(Self.chronology)
        let coloured = TerminalTable(width: 90, colour: true).render(Self.chronology)
        #expect(!plainText.contains("\u{1B}"))
        #expect(coloured.contains("\u{1B}[1mdate") && coloured.contains("\u{1B}[36mcall"))
        #expect(plain(coloured).split(separator: "\n").map { $0.trimmingSuffixSpaces }
            == plainText.split(separator: "\n").map { $0.trimmingSuffixSpaces })
    }

    @Test func wideCharactersCountTwice() {
        #expect(TerminalTable.displayWidth("東京") == 4)
        #expect(TerminalTable.displayWidth("Élysée") == 6)
        #expect(TerminalTable.fit("東京で会談", 5) == "東京…")
        #expect(TerminalTable.fit("abc", 3) == "abc")
    }
}

extension Substring {
    fileprivate var trimmingSuffixSpaces: Substring {
        var text = self
        while text.last == " " { text.removeLast() }
        return text
    }
}
