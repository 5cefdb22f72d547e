import Testing
@testable import Frise

/// French number words and digits as the rules read them.
@Suite struct FrenchNumbersTests {
    func cursor(_ text: String) -> TokenCursor {
        TokenCursor(text: TokenizedText(text), position: 0)
    }

    @Test(arguments: [
        ("un", 1), ("trois", 3), ("dix-sept", 17), ("vingt et un", 21), ("trente-cinq", 35),
        ("soixante-dix", 70), ("soixante et onze", 71), ("quatre-vingts", 80), ("quatre-vingt-dix-neuf", 99),
        ("cent", 100), ("deux cents", 200), ("cent vingt", 120), ("mille", 1000), ("deux mille", 2000),
        ("mille neuf cent quatre-vingt-dix", 1990), ("trois mille cinq cents", 3500),
    ])
    func spelledNumbers(text: String, value: Int) {
        let found = FrenchNumbers.spelled(cursor(text + " jours"), 0)
        #expect(found?.value == value, "\(text)")
        #expect(found?.length == TokenizedText(text).tokens.count, "\(text)")
    }

    @Test func wordsThatDoNotAdd() {
        #expect(FrenchNumbers.spelled(cursor("deux trois"), 0)?.value == 2)
        #expect(FrenchNumbers.spelled(cursor("jours"), 0) == nil)
    }

    @Test(arguments: [("3", 3.0), ("30,4", 30.4), ("2.5", 2.5), ("3.000", 3000), ("1 500", 1500)])
    func digits(text: String, value: Double) {
        #expect(FrenchNumbers.cardinal(cursor(text), 0)?.value == value, "\(text)")
    }

    @Test(arguments: [("premier", 1), ("1er", 1), ("2e", 2), ("3ème", 3), ("second", 2), ("quatrième", 4)])
    func ordinals(text: String, value: Int) {
        #expect(FrenchNumbers.ordinal(cursor(text), 0)?.value == value, "\(text)")
    }

    @Test(arguments: [("xxe", 20), ("xixe", 19), ("xxieme", 21), ("xiie", 12), ("ive", 4), ("xxiᵉ", 21)])
    func romanOrdinals(word: String, value: Int) {
        #expect(FrenchNumbers.romanOrdinal(word) == value)
    }

    @Test func romanOrdinalsNeedTheirSuffix() {
        #expect(FrenchNumbers.romanOrdinal("xx") == nil)
        #expect(FrenchNumbers.romanOrdinal("le") == nil)
        #expect(FrenchNumbers.romanOrdinal("e") == nil && FrenchNumbers.romanOrdinal("eme") == nil)
        #expect(FrenchNumbers.romanOrdinal("xi\u{301}e") == nil, "a letter with a mark is no Roman digit")
        #expect(FrenchNumbers.romanOrdinal("ville") == nil && FrenchNumbers.romanOrdinal("xxl") == nil)
    }
}
