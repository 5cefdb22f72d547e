import Testing
@testable import Frise

@Suite struct TextPoolTests {
    @Test func equalTextsShareTheFirstCopyAndOthersKeepTheirBytes() {
        var pool = TextPool()
        let composed = "Le préfet a été reçu à l’Élysée lundi.", decomposed = composed.decomposedStringWithCanonicalMapping
        #expect(pool.shared(composed) == composed)
        #expect(pool.shared("") == "" && pool.shared("é") == "é")
        // Canonically equal, other bytes: not the same text for the pool.
        #expect(Array(pool.shared(decomposed).utf8) == Array(decomposed.utf8))
        // An equal text built apart gets the first one's storage.
        let first = pool.shared("Une phrase assez longue pour être allouée")
        let again = pool.shared(["Une phrase assez longue", "pour être allouée"].joined(separator: " "))
        #expect(first.utf8.withContiguousStorageIfAvailable(\.baseAddress)
            == again.utf8.withContiguousStorageIfAvailable(\.baseAddress))
        // Enough texts to grow the table several times, each found again.
        let many = (0..<5000).map { "Phrase numéro \($0) du corpus de test." }
        for text in many { _ = pool.shared(text) }
        for text in many { #expect(pool.shared(String(text)) == text) }
    }
}
