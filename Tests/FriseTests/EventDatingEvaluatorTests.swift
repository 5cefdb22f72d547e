import Foundation
import Testing
@testable import Frise

@Suite struct EventDatingEvaluatorTests {
    /// A tiny hand-written TimeML document: one event dated in its clause, one linked to the DCT
    /// that Frise leaves undated, one linked to a duration (not counted).
    static let document = """
        <?xml version="1.0" encoding="UTF-8"?>
        <TimeML>
        <DCT><TIMEX3 tid="t0" type="DATE" value="2023-02-01" functionInDocument="CREATION_TIME"/></DCT>
        <TEXT>Le ministre a <EVENT eid="e1" class="OCCURRENCE">signé</EVENT> l’accord <TIMEX3 tid="t1" type="DATE" value="2023-01-31">hier</TIMEX3>. \
        Les syndicats <EVENT eid="e2" class="OCCURRENCE">protestent</EVENT>. \
        La grève a <EVENT eid="e3" class="OCCURRENCE">duré</EVENT> <TIMEX3 tid="t2" type="DURATION" value="P3D">trois jours</TIMEX3>.</TEXT>
        <MAKEINSTANCE eventID="e1" eiid="ei1"/><MAKEINSTANCE eventID="e2" eiid="ei2"/><MAKEINSTANCE eventID="e3" eiid="ei3"/>
        <TLINK lid="l1" eventInstanceID="ei1" relatedToTime="t1" relType="IS_INCLUDED"/>
        <TLINK lid="l2" eventInstanceID="ei2" relatedToTime="t0" relType="IS_INCLUDED"/>
        <TLINK lid="l3" eventInstanceID="ei3" relatedToTime="t2" relType="DURING"/>
        </TimeML>
        """

    @Test func countsLinkedDatedAndCorrectEvents() throws {
        let gold = try TimeMLDocument(data: Data(Self.document.utf8), id: "toy", source: "toy.tml")
        let tagged = Tagger().tag(try gold.article())
        let result = EventDatingEvaluator().evaluate(tagged, against: gold)
        #expect(result.linked == 2)
        #expect(result.dated == 1)
        #expect(result.correct == 1)
        #expect(result.precision == 1)
        #expect(result.recall == 0.5)
        #expect(result.misses.map(\.event) == ["protestent"])
    }
}
