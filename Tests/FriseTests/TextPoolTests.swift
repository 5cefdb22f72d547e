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

    /// Events shared in batches (their texts hashed first, then looked up in the same order):
    /// over several batches, every event keeps its texts, and each text held by more than one
    /// event, in any field, ends with one storage, wherever the short texts left out fall.
    @Test func sharingEventsKeepsTheirTextsAndGivesEachTextOneCopy() {
        /// A text built apart each time (its own storage), one of `variants`.
        func text(_ stem: String, _ number: Int, of variants: Int) -> String {
            [stem, "variante numéro", String(number % variants)].joined(separator: " ")
        }
        let originals = (0..<(3 * TextPool.batch + 5)).map { number -> Event in
            var event = EventMergerTests.event(
                "d\(number)", .visit, "2024-04-09",
                actors: number % 3 == 0 ? ["Zoé", text("Acteur", number, of: 4)] : [text("Acteur", number, of: 4)],
                places: number % 2 == 0 ? [text("Lieu", number, of: 5), "Rabat"] : ["Lyon"])
            event.headline = text("Titre", number, of: 7)
            event.sentence.text = number % 4 == 0 ? "Courte." : text("Phrase du texte", number, of: 6)
            event.timexes = [
                TextSpan(start: 0, end: 5, text: "lundi"),
                TextSpan(start: 9, end: 30, text: text("le 9 avril", number, of: 3)),
            ]
            return event
        }
        var events = originals
        var pool = TextPool()
        pool.share(&events)
        #expect(events == originals)
        let texts = events.flatMap { event in
            [event.headline, event.sentence.text] + Array(event.timexTexts) + event.actors + event.places
        }
        for (value, copies) in Dictionary(grouping: texts, by: { $0 }) where value.utf8.count > 15 {
            #expect(ChronologyPoolingTests.storages(copies).count == 1, "\(value): \(copies.count) copies")
        }
    }
}

/// A chronology's texts are pooled once it holds `poolingFrom` events: those added before, and
/// each one added after; none below.
@Suite struct ChronologyPoolingTests {
    /// Events of several articles reporting one sentence, each copy of it built apart.
    static func events(of document: String) -> [Event] {
        (0..<3).map { number in
            var event = EventMergerTests.event(
                document, .visit, "2024-04-0\(number + 1)", actors: ["Personne \(document)\(number)"])
            event.sentence.text = ["Le ministre Emmanuel Dorval a visité", "l’usine de Lannion mardi."].joined(separator: " ")
            event.headline = ["Emmanuel Dorval a visité", "l’usine de Lannion"].joined(separator: " ")
            return event
        }
    }

    static func storages(_ texts: [String]) -> Set<UnsafeRawPointer?> {
        Set(texts.map { text in text.utf8.withContiguousStorageIfAvailable { UnsafeRawPointer($0.baseAddress) } ?? nil })
    }

    static func document(_ id: String) -> DocumentInfo {
        DocumentInfo(id: id, source: "x", date: DocumentDate(year: 2024, month: 4)!, referenceDay: ExportFixtures.day, title: nil)
    }

    @Test(arguments: [(2, 1), (4, 1), (100, 6)])
    func textsArePooledFromTheThreshold(poolingFrom: Int, sentenceCopies: Int) {
        var builder = ChronologyBuilder(poolingFrom: poolingFrom)
        for id in ["a", "b"] { builder.add(Self.events(of: id), of: Self.document(id)) }
        let events = builder.build(filter: EventFilter()).events
        // No two share an actor: none merged.
        #expect(events.count == 6)
        #expect(Set(events.map(\.sentence.text)).count == 1)
        #expect(Self.storages(events.map(\.sentence.text)).count == sentenceCopies)
        #expect(Self.storages(events.map(\.headline)).count == sentenceCopies)
    }
}
