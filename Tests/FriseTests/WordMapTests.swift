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
        // Looked up by their bytes, the same words give the same values, and others none.
        func byBytes(_ word: String) -> Int? { Array(word.utf8).withUnsafeBufferPointer { table[utf8: $0] } }
        for (value, word) in words.enumerated() { #expect(byBytes(word) == value, "\(word)") }
        #expect(byBytes("mot500") == nil && byBytes("e") == nil && byBytes("un mot plus long que quinze octet") == nil)
    }

    @Test func aTableSizedAheadHoldsTheSameAsOneGrown() {
        let words = (0..<3_000).map { "forme\($0)" }
        for capacity in [0, 10, 1 << 12] {
            var table = WordMap<Int>(minimumCapacity: capacity)
            for (value, word) in words.enumerated() { table[word] = value }
            #expect(table.keys == words && table.values == Array(words.indices))
            #expect(words.enumerated().allSatisfy { table[$0.element] == $0.offset } && table["forme3000"] == nil)
        }
    }

    /// A large table (5,000 keys, grown to 32,768 slots; the verb forms' holds 13,600 in 65,536):
    /// every key is found, by string, by bytes and as a token, after growing and after a removal,
    /// and fifteen thousand words that are no keys are not.
    @Test func aLargeTableFindsItsKeysAndNoOthers() {
        // Words of letters only ("motfj" for 59), which the tokenizer reads as one token each.
        func word(_ number: Int) -> String { "mot" + String(String(number).unicodeScalars.map { Character(Unicode.Scalar($0.value + 49)!) }) }
        var table = WordMap<Int>()
        for number in 0..<5_000 { table[word(number)] = number }
        table[word(17)] = nil
        func byBytes(_ word: String) -> Int? { Array(word.utf8).withUnsafeBufferPointer { table[utf8: $0] } }
        for number in 0..<5_000 where number != 17 {
            #expect(table[word(number)] == number && byBytes(word(number)) == number, "\(word(number))")
        }
        #expect(table[word(17)] == nil && byBytes(word(17)) == nil)
        #expect((5_000..<20_000).allSatisfy { table[word($0)] == nil && byBytes(word($0)) == nil })
        let text = TokenizedText([4999, 17, 5000, 0].map(word).joined(separator: " "))
        #expect(text.tokens.indices.map { table[$0, in: text] } == [4999, nil, nil, 0])
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
        for (index, token) in text.tokens.enumerated() {
            let folded = text.folded(index)
            #expect(token.foldedHash == WordHash.value(of: folded.utf8), "\(folded)")
            #expect(set.contains(index, in: text) == set.contains(folded), "\(folded)")
            #expect(set.contains(token, in: text.foldedBytes) == set.contains(folded), "\(folded)")
        }
        #expect(text.tokens.indices.filter { set.contains($0, in: text) }.map(text.folded) == ["l", "'", "ete", "20", "«", "constitutionnellement", "jenine", "."])
    }

    @Test func setAlgebra() {
        let set: WordSet = ["a", "b"]
        #expect(set.union(["c"]).isSuperset(of: ["a", "b", "c"]))
        #expect(!set.subtracting(["a"]).contains("a"))
        #expect(set == WordSet(["b", "a"]))
    }
}
