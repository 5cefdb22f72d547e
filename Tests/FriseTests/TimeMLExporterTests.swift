import Foundation
import Testing
@testable import Frise

/// The opening of the seed article (a month DCT, "ce mercredi", "le 6 janvier", "lundi et mardi").
private let seedBody = """
     Le ministre marocain des Affaires étrangères, Nasser Bourita a reçu ce mercredi, un appel \
    téléphonique de son homologue américain, Antony Blinken, indique sur Twitter les services de \
    communication de la diplomatie marocaine.

    Pour rappel, l’administration Biden a loué, le 6 janvier, le leadership du roi Mohammed VI dans le \
    soutien au peuple palestinien. «Le Maroc a une relation unique avec les Palestiniens», a indiqué \
    le porte-parole du département d’Etat américain, Ned Price.

    Suite à l’escalade israélienne à Jénine et Gaza, Blinken s’est rendu, lundi et mardi, en Israël \
    et en Cisjordanie.

    """

/// Bodies that are hard to carry through XML, each with at least one expression.
private let trickyBodies: [String] = [
    "Hier, 3 < 4 && 5 > 2 ; « citation » \"double\" 'simple' ]]> &amp; fin le 6 janvier 2023",
    "Aujourd’hui 🎉👨‍👩‍👧 le sommet s’ouvre ; demain\u{A0}matin, il fermera\u{202F}: 🇫🇷",
    "Le 6 janvier 2023\u{1}, il a\u{7} signé\u{1B}[0m l’accord\u{0}. Le lendemain\u{B}, rien\u{C}.\u{FFFF}",
    "\r\nLe 3 mars 2022,\r\n\til est parti.\r\nIl reviendra en 2024",
    "en 2023",
    "hier",
    "  \n  la semaine dernière  \n  ",
    "Rien de temporel ici, sauf ce <TIMEX3 tid=\"t9\"> écrit à la main le 2 mars.",
]

/// The body as XML carries it: the tagger's body without the scalars XML 1.0 forbids.
private func carried(_ body: String) -> String {
    String(String.UnicodeScalarView(body.unicodeScalars.filter(XMLText.isAllowed)))
}

/// The offset in the carried body of an offset in `body`.
private func carriedOffset(_ offset: Int, in body: String) -> Int {
    body.unicodeScalars.prefix(offset).filter(XMLText.isAllowed).count
}

private func tag(_ body: String, date: String = "2023-02", id: String = "essai") -> TaggedArticle {
    Tagger().tag(Article(id: id, source: "\(id).txt", date: DocumentDate(parsing: date)!, body: body))
}

/// Renders, parses back, and checks the body and every TIMEX3 against the tagger's output.
private func expectRoundTrip(_ tagged: TaggedArticle, sourceLocation: SourceLocation = #_sourceLocation) throws {
    let xml = try TimeMLExporter().render(tagged)
    let parsed = try TimeMLDocument(data: Data(xml.utf8), id: tagged.article.id, source: "round-trip.tml")
    let body = tagged.article.body
    #expect(parsed.body == carried(body), sourceLocation: sourceLocation)
    #expect(parsed.creationTime == tagged.article.date.description, sourceLocation: sourceLocation)
    #expect(parsed.creationTimeID == "t0", sourceLocation: sourceLocation)
    let expected = tagged.expressions.map { expression in
        let range = expression.mention.range
        return [
            "\(carriedOffset(range.lowerBound, in: body))..<\(carriedOffset(range.upperBound, in: body))",
            carried(expression.mention.text), expression.value.type.rawValue, expression.value.value,
            expression.value.mod ?? "-",
        ]
    }
    let found = parsed.timexes.map { ["\($0.range)", $0.text, $0.type, $0.value, $0.mod ?? "-"] }
    #expect(found == expected, sourceLocation: sourceLocation)
    #expect(parsed.timexes.map(\.tid) == parsed.timexes.indices.map { "t\($0 + 1)" }, sourceLocation: sourceLocation)
}

private let validator = Result { try XMLValidator(schemaURL: TimeMLExporter.schemaURL) }

@Suite struct TimeMLExporterTests {
    @Test func seedArticleRoundTripsWithItsDCTAndAnchors() throws {
        let tagged = tag(seedBody, id: "seed")
        #expect(tagged.expressions.count >= 4)
        try expectRoundTrip(tagged)

        let xml = try TimeMLExporter().render(tagged)
        #expect(
            xml.hasPrefix("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<TimeML xmlns:frise=\"urn:frise:chronology:1\">"))
        #expect(xml.contains("<DOCID>seed</DOCID>"))
        #expect(
            xml.contains(
                "<DCT><TIMEX3 tid=\"t0\" type=\"DATE\" value=\"2023-02\" temporalFunction=\"false\" "
                    + "functionInDocument=\"CREATION_TIME\" frise:referenceDay=\"2023-02-01\">2023-02</TIMEX3></DCT>"))
        #expect(xml.contains("<TEXT> Le ministre"), "nothing is added at the start of TEXT")
        #expect(
            xml.contains(
                "<TIMEX3 tid=\"t1\" type=\"DATE\" value=\"2023-02-01\" temporalFunction=\"true\" anchorTimeID=\"t0\" "
                    + "frise:granularity=\"day\" frise:certainty=\"estimated\" frise:start=\"2023-02-01\" "
                    + "frise:end=\"2023-02-01\">ce mercredi</TIMEX3>"))
        #expect(xml.contains("value=\"2023-01-06\""))
        #expect(xml.hasSuffix("Cisjordanie.\n</TEXT>\n</TimeML>\n"))
    }

    @Test(arguments: trickyBodies)
    func trickyBodyRoundTrips(_ body: String) throws {
        let tagged = tag(body, date: "2023-02-01")
        #expect(!tagged.expressions.isEmpty, "the case needs an expression")
        try expectRoundTrip(tagged)
    }

    @Test func expressionsAtTheVeryStartAndEndOfTheBodyAreNotPadded() throws {
        let xml = try TimeMLExporter().render(tag("hier", date: "2023-02-01T09:30"))
        #expect(xml.contains("type=\"TIME\" value=\"2023-02-01T09:30\""), "a DCT with a time is a TIME")
        #expect(xml.contains("<TEXT><TIMEX3 tid=\"t1\""))
        #expect(xml.contains(">hier</TIMEX3></TEXT>"))
    }

    @Test func emptyBodyGivesAnEmptyText() throws {
        let tagged = tag("")
        let xml = try TimeMLExporter().render(tagged)
        #expect(xml.contains("<TEXT></TEXT>") || xml.contains("<TEXT/>"))
        try expectRoundTrip(tagged)
    }

    @Test func explicitValuesHaveNoAnchorAndAnaphoraPointsAtTheirReference() throws {
        let xml = try TimeMLExporter().render(
            tag("Le 6 janvier 2023, il est arrivé à Rabat. La veille, il avait quitté Paris.", date: "2023-02-01"))
        #expect(
            xml.contains(
                "<TIMEX3 tid=\"t1\" type=\"DATE\" value=\"2023-01-06\" temporalFunction=\"false\" "
                    + "frise:granularity=\"day\" frise:certainty=\"explicit\""))
        #expect(xml.contains("value=\"2023-01-05\" temporalFunction=\"true\" anchorTimeID=\"t1\""))
    }

    @Test func setsCarryTheirFrequencyAndNoSpan() throws {
        let xml = try TimeMLExporter().render(tag("Elle se rend au club deux fois par semaine.", date: "2023-02-01"))
        #expect(
            xml.contains(
                "type=\"SET\" value=\"P1W\" freq=\"2X\" temporalFunction=\"false\" frise:granularity=\"week\" "
                    + "frise:certainty=\"explicit\">deux fois par semaine</TIMEX3>"))
    }

    @Test func overlappingExpressionsKeepTheFirstAndLongest() throws {
        let body = "Le 6 janvier 2023 au soir."
        let base = tag(body, date: "2023-02-01")
        let day = try #require(base.expressions.first)
        func expression(_ range: Range<Int>, _ value: String) -> TemporalExpression {
            var copy = day
            copy.mention.range = range
            let scalars = body.unicodeScalars.dropFirst(range.lowerBound).prefix(range.count)
            copy.mention.text = String(String.UnicodeScalarView(scalars))
            copy.value.value = value
            return copy
        }
        let tagged = TaggedArticle(
            article: base.article, text: base.text, anchor: base.anchor,
            expressions: [
                expression(3..<12, "2023-01-06"), expression(3..<17, "2023-01-06"), expression(13..<25, "2023"),
                expression(18..<25, "2023-01-06TEV"), expression(30..<40, "2023"),
            ])
        let xml = try TimeMLExporter().render(tagged)
        let parsed = try TimeMLDocument(data: Data(xml.utf8), id: "essai", source: "overlap.tml")
        #expect(parsed.body == body)
        #expect(parsed.timexes.map(\.range) == [3..<17, 18..<25])
        #expect(parsed.timexes.map(\.text) == ["6 janvier 2023", "au soir"])
    }

    @Test func everyCorpusSentenceRendersValidTimeML() throws {
        var rendered = 0
        for example in CorpusCase.loadAll() {
            let tagged = tag(example.sentence, date: example.date)
            let xml = try TimeMLExporter().render(tagged)
            #expect(try validator.get().validate(data: Data(xml.utf8), sourceName: example.testDescription) == [])
            rendered += tagged.expressions.count
        }
        #expect(rendered >= 300)
    }

    @Test func handBrokenTimeMLFailsValidationWithALineNumber() throws {
        let valid = try TimeMLExporter().render(tag(seedBody, id: "seed"))
        #expect(try validator.get().validate(data: Data(valid.utf8), sourceName: "ok.tml") == [])

        let missingText = """
            <?xml version="1.0" encoding="UTF-8"?>
            <TimeML>
            <DOCID>a</DOCID>
            <DCT><TIMEX3 tid="t0" type="DATE" value="2023-02" temporalFunction="false" functionInDocument="CREATION_TIME">2023-02</TIMEX3></DCT>
            </TimeML>
            """
        let duplicateTid = """
            <?xml version="1.0" encoding="UTF-8"?>
            <TimeML>
            <DOCID>a</DOCID>
            <DCT><TIMEX3 tid="t0" type="DATE" value="2023-02" temporalFunction="false" functionInDocument="CREATION_TIME">2023-02</TIMEX3></DCT>
            <TEXT>Hier
            <TIMEX3 tid="t1" type="DATE" value="2023-01-31" temporalFunction="false">hier</TIMEX3> et
            <TIMEX3 tid="t1" type="DATE" value="2023-02-01" temporalFunction="false">aujourd'hui</TIMEX3>.</TEXT>
            </TimeML>
            """
        let danglingAnchor = duplicateTid.replacingOccurrences(
            of: "tid=\"t1\" type=\"DATE\" value=\"2023-02-01\" temporalFunction=\"false\"",
            with: "tid=\"t2\" type=\"DATE\" value=\"2023-02-01\" temporalFunction=\"true\" anchorTimeID=\"t7\"")
        let badValue = valid.replacingOccurrences(of: "value=\"2023-01-06\"", with: "value=\"6 janvier\"")
        for (name, text, line) in [
            ("missing-text.tml", missingText, 2), ("duplicate-tid.tml", duplicateTid, 7),
            ("dangling-anchor.tml", danglingAnchor, 7),
        ] {
            let problems = try validator.get().validate(data: Data(text.utf8), sourceName: name)
            #expect(problems.first?.file == name)
            #expect(problems.first?.line == line, "\(problems)")
        }
        let problems = try validator.get().validate(data: Data(badValue.utf8), sourceName: "bad-value.tml")
        #expect(problems.count >= 1)
        #expect(problems.allSatisfy { $0.line > 4 }, "\(problems)")
    }
}
