import Foundation
import Testing
@testable import Frise

/// A small hand-written TimeML document: a DCT with a time, markup inside TEXT and
/// inside a TIMEX3, an escaped ampersand, a decomposed accent (e + U+0300) before a
/// TIMEX3, a MAKEINSTANCE and a TLINK.
private let sample = """
    <?xml version="1.0" encoding="UTF-8"?>
    <TimeML>
    <DOCID>essai</DOCID>
    <DCT><TIMEX3 tid="t0" type="TIME" value="2023-02-01T09:30:00" functionInDocument="CREATION_TIME">1er février</TIMEX3></DCT>
    <TEXT>
      Le <EVENT eid="e1" eiid="ei1" class="OCCURRENCE">sommet</EVENT> s’est tenu <TIMEX3 tid="t1" type="DATE" value="2023-01-31">hier</TIMEX3> à Gene\u{300}ve ;
    l’accord sera <EVENT eid="e2" class="OCCURRENCE">signé</EVENT> <TIMEX3 tid="t2" type="DATE" value="2023-02-03" mod="APPROX">vendredi <SIGNAL sid="s1">prochain</SIGNAL></TIMEX3> &amp; après.
    </TEXT>
    <MAKEINSTANCE eventID="e2" eiid="ei7" tense="FUTURE"/>
    <TLINK lid="l1" eventInstanceID="ei1" relatedToTime="t1" relType="IS_INCLUDED"/>
    </TimeML>
    """

/// A temporary folder holding `files`, deleted when the value goes away.
private final class TimeMLFolder {
    let root: String

    init(_ files: [String: String]) throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("frise-tml-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
        for (name, text) in files { try Data(text.utf8).write(to: URL(fileURLWithPath: root + "/" + name)) }
    }

    deinit { try? FileManager.default.removeItem(atPath: root) }
}

private func read(_ path: String, dateOverride: DocumentDate? = nil) -> [Result<Article, ArticleReadError>] {
    var results: [Result<Article, ArticleReadError>] = []
    ArticleReader(dateOverride: dateOverride).read(paths: [path]) { results.append($0) }
    return results
}

/// The body's scalars in `range`.
private func slice(_ body: String, _ range: Range<Int>) -> String {
    String(String.UnicodeScalarView(Array(body.unicodeScalars)[range]))
}

@Test func readerTakesTheCreationTimeAndTheTextOfATimeMLFile() throws {
    let folder = try TimeMLFolder(["essai-01.tml": sample, "notes.md": "ignored"])
    let results = read(folder.root)
    #expect(results.count == 1)
    let article = try #require(try results.first?.get())
    #expect(article.id == "essai-01")
    #expect(article.date.description == "2023-02-01T09:30")
    #expect(article.body.hasPrefix("\n  Le sommet s’est tenu hier à Gene\u{300}ve ;\nl’accord"))
    #expect(article.body.hasSuffix("vendredi prochain & après.\n"))
    #expect(!article.body.contains("<") && !article.body.contains("1er février"))
}

@Test func goldAnnotationsLineUpWithTheBody() throws {
    let gold = try TimeMLDocument(data: Data(sample.utf8), id: "essai", source: "essai.tml")
    #expect(gold.creationTime == "2023-02-01T09:30:00")
    #expect(gold.timexes.map(\.tid) == ["t1", "t2"])
    for timex in gold.timexes { #expect(slice(gold.body, timex.range) == timex.text) }
    for event in gold.events { #expect(slice(gold.body, event.range) == event.text) }
    #expect(gold.timexes[0].range == 24..<28)
    #expect(gold.timexes[1].text == "vendredi prochain")
    let tail = "vendredi prochain & après.\n".unicodeScalars.count
    #expect(gold.timexes[1].range.lowerBound == gold.body.unicodeScalars.count - tail)  // e + U+0300 counts two
    #expect(gold.timexes[1].mod == "APPROX" && gold.timexes[0].mod == nil)
    #expect(gold.events.map(\.text) == ["sommet", "signé"])
    #expect(gold.events.map(\.eiid) == ["ei1", "ei7"])
    #expect(gold.events.map(\.eventClass) == ["OCCURRENCE", "OCCURRENCE"])
    #expect(gold.timeLinks == [.init(lid: "l1", eventInstanceID: "ei1", relatedToTime: "t1", relType: "IS_INCLUDED")])
}

@Test func creationTimesAreCutToADocumentDate() throws {
    func date(_ value: String) throws -> String? {
        let text = "<TimeML><TIMEX3 functionInDocument=\"CREATION_TIME\" value=\"\(value)\"/><TEXT>x</TEXT></TimeML>"
        return try TimeMLDocument(data: Data(text.utf8), id: "d", source: "d.tml").documentDate?.description
    }
    #expect(try date("1999-05-17") == "1999-05-17")
    #expect(try date("1999-05-17T10:00") == "1999-05-17T10:00")
    #expect(try date("1999-05-17TMO") == "1999-05-17")
    #expect(try date("1999-05") == "1999-05")
    #expect(try date("PRESENT_REF") == nil)
}

@Test func badTimeMLIsReportedAndAnOverrideSuppliesAMissingDate() throws {
    let undated = "<TimeML><TEXT>Le 3 mai.</TEXT></TimeML>"
    let bomb = "<!DOCTYPE TimeML [<!ENTITY a \"aaaa\">]>\n<TimeML><TEXT>&a;</TEXT></TimeML>"
    let folder = try TimeMLFolder([
        "a.tml": undated, "b.tml": "<TimeML><TEXT>oups</TimeML>", "c.tml": bomb,
        "d.tml": "<TimeML><TIMEX3 functionInDocument=\"CREATION_TIME\" value=\"2023\"/></TimeML>",
    ])
    let failures = read(folder.root).compactMap { result -> ArticleReadError? in
        if case .failure(let error) = result { return error } else { return nil }
    }
    #expect(failures.map { ($0.source as NSString).lastPathComponent } == ["a.tml", "b.tml", "c.tml", "d.tml"])
    #expect(failures.allSatisfy { if case .invalidTimeML = $0.reason { true } else { false } })
    #expect(failures[2].line == 1)
    let overridden = try #require(try read(folder.root + "/a.tml", dateOverride: DocumentDate(year: 2023)).first?.get())
    #expect(overridden.body == "Le 3 mai.")
    #expect(throws: TimeMLError.self) { try TimeMLDocument(data: Data(bomb.utf8), id: "c", source: "c.tml") }
}

/// A scored annotation at `range` (the text is irrelevant to scoring).
private func item(_ range: Range<Int>, _ value: String, type: String = "DATE") -> TimexEvaluation.Annotation {
    TimexEvaluation.Annotation(range: range, text: "x", type: type, value: value)
}

@Test func scoresFollowTempEval3OnAToyDocument() {
    let gold = [item(0..<5, "a"), item(10..<20, "b"), item(30..<35, "c"), item(40..<45, "d")]
    let system = [
        item(0..<5, "a"),  // strict, right value
        item(12..<20, "b"),  // relaxed only, right value
        item(50..<55, "s"), item(60..<62, "t"),  // spurious
        item(40..<45, "wrong"),  // strict, wrong value
    ]
    let evaluation = TimexEvaluator().evaluate(system, against: gold, document: "toy")
    #expect(evaluation.counts.gold == 4 && evaluation.counts.system == 5)
    #expect(evaluation.counts.strictMatches == 2 && evaluation.counts.relaxedMatches == 3)
    let scores = evaluation.scores
    func close(_ measure: TimexEvaluation.Measure, _ p: Double, _ r: Double, _ f: Double) -> Bool {
        abs(measure.precision - p) < 1e-9 && abs(measure.recall - r) < 1e-9 && abs(measure.f1 - f) < 1e-9
    }
    #expect(close(scores.strict, 2.0 / 5, 2.0 / 4, 4.0 / 9))
    #expect(close(scores.relaxed, 3.0 / 5, 3.0 / 4, 2.0 / 3))
    #expect(close(scores.type, 3.0 / 5, 3.0 / 4, 2.0 / 3))
    #expect(close(scores.value, 2.0 / 5, 2.0 / 4, 4.0 / 9))
    #expect(evaluation.errors(.missed).map { $0.gold?.value } == ["c"])
    #expect(evaluation.errors(.spurious).map { $0.system?.value } == ["s", "t"])
    #expect(evaluation.errors(.wrongSpan).map { $0.system?.range } == [12..<20])
    #expect(evaluation.errors(.wrongType).isEmpty)
    #expect(evaluation.errors(.wrongValue).map { [$0.gold?.value, $0.system?.value] } == [["d", "wrong"]])

    var corpus = evaluation
    corpus.add(TimexEvaluator().evaluate([item(0..<3, "z")], against: [item(0..<3, "z")], document: "two"))
    #expect(corpus.counts.strictMatches == 3 && corpus.counts.gold == 5 && corpus.counts.system == 6)
}

@Test func relaxedMatchingIsOneToOneByLargestOverlap() {
    let gold = [item(0..<10, "g")]
    let evaluation = TimexEvaluator().evaluate([item(0..<3, "s1"), item(2..<10, "s2")], against: gold, document: "d")
    #expect(evaluation.counts.relaxedMatches == 1)
    #expect(evaluation.errors(.wrongSpan).map { $0.system?.value } == ["s2"])
    #expect(evaluation.errors(.spurious).map { $0.system?.value } == ["s1"])
}

@Test func systemExpressionsAreScoredAgainstAGoldDocument() throws {
    let gold = try TimeMLDocument(data: Data(sample.utf8), id: "essai", source: "essai.tml")
    let mention = TemporalMention(
        range: 24..<28, text: "hier", meaning: .dayOffset(-1, from: .documentDate), sentence: 0, tokens: 5..<6)
    let value = TimeValue.day(CalendarDay(year: 2023, month: 1, day: 31)!, certainty: .inferred)
    let evaluation = TimexEvaluator().evaluate([TemporalExpression(mention: mention, value: value)], against: gold)
    #expect(evaluation.counts.strictMatches == 1 && evaluation.counts.correctValue == 1)
    #expect(evaluation.errors(.missed).map { $0.gold?.text } == ["vendredi prochain"])
}
