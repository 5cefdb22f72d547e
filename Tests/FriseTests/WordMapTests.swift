import Testing
@testable import Frise

@Suite struct WordMapTests {
    @Test func looksUpWhatWasInsertedAndNothingElse() {
        var table = WordMap<Int>()
        // Enough words to grow the table several times.
        let words = (0..<500).map { "mot\($0)" } + ["é", "aujourd'hui", "", "un mot plus long que quinze octets"]
        for (value, word) in words.enumerated() { table[word] = value }
        #expect(table.count == words.count)
        for (value, word) in words.enumerated() { #expect(table[word] == value, "\(word)") }
        #expect(table["mot500"] == nil && table["e"] == nil && table["Mot1"] == nil)
        #expect(table.keys == words)
    }

    @Test func replacingAndRemovingKeepTheOthers() {
        var table: WordMap<String> = ["mars": "3", "mai": "5", "juin": "6"]
        table["mai"] = "cinq"
        table["mars"] = nil
        table["absent"] = nil
        #expect(table["mai"] == "cinq" && table["mars"] == nil && table["juin"] == "6")
        #expect(table.keys == ["mai", "juin"])
    }

    @Test func tokensAreLookedUpByTheHashTheTokenizerComputed() {
        let set: WordSet = ["l", "'", "ete", "jenine", "«", "constitutionnellement", "20", "."]
        let text = TokenizedText("L’Été 20 « constitutionnellement » à Jénine.")
        for token in text.tokens {
            #expect(token.foldedHash == WordHash.value(of: token.folded.utf8), "\(token.folded)")
            #expect(set.contains(token) == set.contains(token.folded), "\(token.folded)")
        }
        #expect(text.tokens.filter { set.contains($0) }.map(\.folded) == ["l", "'", "ete", "20", "«", "constitutionnellement", "jenine", "."])
    }

    @Test func setAlgebra() {
        let set: WordSet = ["a", "b"]
        #expect(set.union(["c"]).isSuperset(of: ["a", "b", "c"]))
        #expect(!set.subtracting(["a"]).contains("a"))
        #expect(set == WordSet(["b", "a"]))
    }
}
