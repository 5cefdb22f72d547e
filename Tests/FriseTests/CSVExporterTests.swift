import Testing
@testable import Frise

/// Small chronologies for the exporter tests.
enum ExportFixtures {
    static let day = CalendarDay(year: 2023, month: 2, day: 1)!

    static func event(
        id: String = "seed-e1", headline: String = "Nasser Bourita a reçu un appel",
        actors: [String] = ["Nasser Bourita"], places: [String] = [], trigger: String = "appel",
        sentence: String = "Le ministre a reçu un appel.",
        when: TimeValue? = .day(day, certainty: .estimated), timexes: [String] = ["ce mercredi"],
        inheritedFrom: String? = nil
    ) -> Event {
        Event(
            id: id, document: "seed", trigger: TextSpan(start: 22, end: 27, text: trigger), eventClass: .occurrence,
            type: .call, when: when, timexes: timexes.map { TextSpan(start: 10, end: 10 + $0.count, text: $0) },
            inheritedFrom: inheritedFrom, actors: actors, places: places, headline: headline,
            sentence: TextSpan(start: 5, end: 5 + sentence.count, text: sentence))
    }

    static func chronology(_ events: [Event]) -> Chronology {
        Chronology(
            events: events,
            documents: [
                DocumentInfo(
                    id: "seed", source: "seeds/seed.txt", date: DocumentDate(year: 2023, month: 2)!, referenceDay: day,
                    title: nil)
            ])
    }
}

@Suite struct CSVExporterTests {
    private func rows(_ csv: String) -> [Substring] {
        csv.split(separator: "\r\n", omittingEmptySubsequences: false).dropLast()
    }

    @Test func headerIsStable() {
        let header = "id,start,end,value,granularity,certainty,type,cameo,class,headline,actors,places,timex,"
            + "trigger,sentence,document,offset,inherited_from,sources"
        #expect(CSVExporter.columns.joined(separator: ",") == header)
        #expect(CSVExporter().render(ExportFixtures.chronology([])) == header + "\r\n")
    }

    @Test func datedEventRow() {
        let event = ExportFixtures.event(places: ["Rabat", "Washington"])
        let csv = CSVExporter().render(ExportFixtures.chronology([event]))
        #expect(csv.hasSuffix("\r\n"))
        #expect(
            rows(csv)[1]
                == "seed-e1,2023-02-01,2023-02-01,2023-02-01,day,estimated,call,041,OCCURRENCE,"
                + "Nasser Bourita a reçu un appel,Nasser Bourita,Rabat ; Washington,ce mercredi,appel,"
                + "Le ministre a reçu un appel.,seed,5,,seed")
    }

    @Test func undatedEventHasEmptyDateCells() {
        let event = ExportFixtures.event(when: nil, timexes: [], inheritedFrom: nil)
        let cells = rows(CSVExporter().render(ExportFixtures.chronology([event])))[1]
            .split(separator: ",", omittingEmptySubsequences: false)
        #expect(cells.count == CSVExporter.columns.count)
        #expect(cells[1...5].allSatisfy { $0.isEmpty })
        #expect(cells[12].isEmpty)
    }

    @Test func fieldsWithCommaQuoteOrNewlineAreQuoted() {
        let event = ExportFixtures.event(
            headline: "Blinken, en visite", actors: ["Mohammed VI"], trigger: "dit \"oui\"",
            sentence: "Ligne un\nligne deux\r\nfin")
        let csv = CSVExporter().render(ExportFixtures.chronology([event]))
        #expect(csv.contains(",\"Blinken, en visite\","))
        #expect(csv.contains(",\"dit \"\"oui\"\"\","))
        #expect(csv.contains(",\"Ligne un\nligne deux\r\nfin\","))
    }

    /// The quote test reads fields eight bytes at a time: a comma, quote, CR or LF at any place
    /// of a long field, or none, is found as one at a time would.
    @Test func specialBytesAreFoundAtEveryPosition() {
        let plain = "Une phrase assez longue pour tenir plusieurs mots de huit octets"
        for special in [",", "\"", "\r", "\n"] {
            for position in 1...plain.count {  // (a leading CR is also neutralised: tested below)
                var headline = plain
                headline.insert(contentsOf: special, at: headline.index(headline.startIndex, offsetBy: position))
                let event = ExportFixtures.event(headline: headline)
                let csv = CSVExporter().render(ExportFixtures.chronology([event]))
                let escaped = headline.replacingOccurrences(of: "\"", with: "\"\"")
                #expect(csv.contains(",\"\(escaped)\","), "\(position) \(special.debugDescription)")
            }
        }
        let csv = CSVExporter().render(ExportFixtures.chronology([ExportFixtures.event(headline: plain)]))
        #expect(csv.contains(",\(plain),"))
        // Fields shorter than a word, and a word or two long: read byte by byte, or with their
        // last word overlapping the one before.
        for length in 1...17 {
            for position in 0..<length {
                for special in [",", "\"", "\r", "\n"] where !(position == 0 && special == "\r") {
                    var characters = Array(repeating: "x", count: length)
                    characters[position] = special
                    let headline = characters.joined()
                    let csv = CSVExporter().render(ExportFixtures.chronology([ExportFixtures.event(headline: headline)]))
                    let escaped = headline.replacingOccurrences(of: "\"", with: "\"\"")
                    #expect(csv.contains(",\"\(escaped)\","), "\(length) \(position) \(special.debugDescription)")
                }
            }
            let headline = String(repeating: "y", count: length)
            #expect(CSVExporter().render(ExportFixtures.chronology([ExportFixtures.event(headline: headline)]))
                .contains(",\(headline),"))
        }
        // Several quotes, side by side or a word and more apart: each one doubled.
        for first in 0..<20 {
            for second in first..<20 {
                var characters = Array(repeating: "z", count: 20)
                characters[first] = "\""
                characters[second] = "\""
                characters[19 - first] = "\""
                let headline = characters.joined()
                let csv = CSVExporter().render(ExportFixtures.chronology([ExportFixtures.event(headline: headline)]))
                let escaped = headline.replacingOccurrences(of: "\"", with: "\"\"")
                #expect(csv.contains(",\"\(escaped)\","), "\(first) \(second)")
            }
        }
    }

    @Test(arguments: ["=1+2", "+33 6", "-cmd", "@SUM(A1)", "\tonglet", "\rretour"])
    func formulaInjectionIsNeutralised(text: String) {
        let event = ExportFixtures.event(id: text, headline: text, actors: [text, "B"], places: [text], trigger: text)
        let csv = CSVExporter().render(ExportFixtures.chronology([event]))
        let needsQuotes = text.hasPrefix("\r")
        let cell = needsQuotes ? "\"'\(text)\"" : "'\(text)"
        #expect(csv.contains("\r\n" + cell + ","))  // id
        #expect(csv.contains("," + cell + ","))  // headline, places, trigger
        #expect(csv.contains(needsQuotes ? ",\"'\(text) ; B\"," : ",'\(text) ; B,"))  // actors
        #expect(!csv.contains("," + text))
    }

    @Test func valuesAreNotTreatedAsFreeText() {
        let value = TimeValue(value: "-0044-03-15", start: nil, end: nil, granularity: .day, certainty: .explicit)
        let row = rows(CSVExporter().render(ExportFixtures.chronology([ExportFixtures.event(when: value)])))[1]
        #expect(row.contains(",,,-0044-03-15,day,explicit,"))
    }

    @Test func excelPresetWritesByteOrderMarkAndSemicolons() {
        let event = ExportFixtures.event(actors: ["Antony Blinken", "Nasser Bourita"])
        let csv = CSVExporter(delimiter: ";", byteOrderMark: true).render(ExportFixtures.chronology([event]))
        #expect(csv.unicodeScalars.first == "\u{FEFF}")
        #expect(csv.dropFirst().hasPrefix("id;start;end;value;"))
        #expect(rows(csv)[1].contains(";\"Antony Blinken ; Nasser Bourita\";"))
        #expect(CSVExporter.excel.render(ExportFixtures.chronology([event])) == csv)
    }

    /// Names of the vocabulary (types, classes, granularities) go unquoted, unless the delimiter
    /// is a letter, a digit or an underscore that one of them holds.
    @Test func namesAreQuotedOnlyWhenTheyHoldTheDelimiter() {
        let value = TimeValue(value: "2023-02-01", start: nil, end: nil, granularity: .partOfDay, certainty: .explicit)
        let chronology = ExportFixtures.chronology([ExportFixtures.event(when: value)])
        #expect(rows(CSVExporter().render(chronology))[1].contains(",partOfDay,explicit,"))
        let row = rows(CSVExporter(delimiter: "a", byteOrderMark: false).render(chronology))[1]
        #expect(row.contains("a\"partOfDay\"aexplicita"))
        #expect(rows(CSVExporter(delimiter: "_", byteOrderMark: false).render(chronology))[1].contains("_partOfDay_explicit_"))
    }

    /// A delimiter of several bytes ("§" is two): a field is quoted when it holds it, a quote,
    /// CR or LF, wherever in the field, and not otherwise.
    @Test func fieldsAreQuotedAroundADelimiterOfSeveralBytes() {
        func row(_ fields: [String]) -> String {
            var writer = CSVRowWriter(delimiter: "§", byteOrderMark: false)
            for field in fields { writer.append(field, freeText: false) }
            writer.endRow()
            return String(decoding: writer.takeBytes(), as: UTF8.self)
        }
        let padding = String(repeating: "x", count: 20)  // past the scan's first sixteen bytes too
        #expect(row(["a", "b c", padding]) == "a§b c§\(padding)\r\n")
        for special in ["§", "\"", "\r", "\n"] {
            for field in [special, "a\(special)b", padding + special] {
                let quoted = "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
                #expect(row(["a", field]) == "a§\(quoted)\r\n", "\(field.debugDescription)")
            }
        }
        // "§" is C2 A7: a field holding another scalar that starts with C2 is left unquoted.
        #expect(row(["a", "°"]) == "a§°\r\n")
    }

    @Test func quotedQuoteFollowedByCombiningMarkStaysBalanced() {
        let event = ExportFixtures.event(headline: "a\"\u{301}b")
        let row = rows(CSVExporter().render(ExportFixtures.chronology([event])))[1]
        #expect(row.unicodeScalars.contains("\u{301}"))
        #expect(row.contains(",\"a\"\"\u{301}b\","))
    }

    /// An id `DOC-eN` is written in pieces (document, "-e", N): the same field as its string,
    /// neutralised and quoted alike, whatever the document's characters.
    @Test func idsWrittenInPiecesAreTheirString() {
        for document in ["plain", "=calc", "-moins", "a,b", "a;b", "q\"uote", "ligne\nsuite", "é", ""] {
            for delimiter: Character in [",", ";"] {
                var whole = CSVRowWriter(delimiter: delimiter, byteOrderMark: false)
                whole.append("\(document)-e12", freeText: true)
                var pieces = CSVRowWriter(delimiter: delimiter, byteOrderMark: false)
                pieces.append(document, "-e", 12)
                #expect(pieces.text == whole.text, "\(document)")
            }
            var event = ExportFixtures.event(id: "x", headline: "h", when: nil)
            event.document = document.isEmpty ? "d" : document
            event.id = "\(event.document)-e7"
            #expect(event.idNumberInDocument == 7)
            let row = rows(CSVExporter().render(ExportFixtures.chronology([event])))[1]
            var expected = CSVRowWriter(delimiter: ",", byteOrderMark: false)
            expected.append(event.id, freeText: true)
            #expect(row.hasPrefix(expected.text + ","), "\(document)")
        }
        var custom = ExportFixtures.event(id: "x", headline: "h", when: nil)
        custom.id = "autre"
        #expect(custom.idNumberInDocument == nil)
        #expect(rows(CSVExporter().render(ExportFixtures.chronology([custom])))[1].hasPrefix("autre,"))
    }
}
