import Testing
@testable import Frise

@Suite struct EventExtractorTests {
    static func events(_ body: String, date: String = "2024-03-06") -> [Event] {
        let article = Article(id: "t", source: "test", date: DocumentDate(parsing: date)!, body: body)
        return EventExtractor().events(in: Tagger().tag(article))
    }

    @Test func rolesFollowTheGrammar() throws {
        let call = try #require(Self.events(
            "La ministre de la Santé, Claire Aubin, a reçu hier un appel de son homologue belge, Pieter Claes.").first)
        #expect(call.type == .call)
        #expect(call.roles.first { $0.key.hasPrefix("Claire Aubin") }?.value == .recipient)
        #expect(call.roles.first { $0.key.hasPrefix("Pieter Claes") }?.value == .agent)

        let hosted = try #require(Self.events("Le maire, Paul Roche, a été reçu lundi par le préfet, Anne Vidal.").first)
        #expect(hosted.roles.first { $0.key.hasPrefix("Paul Roche") }?.value == .recipient)
        #expect(hosted.roles.first { $0.key.hasPrefix("Anne Vidal") }?.value == .agent)

        let talks = try #require(Self.events(
            "Le président, Marc Duval, a discuté mardi avec le maire, Paul Roche, et la préfète, Anne Vidal.").first)
        #expect(talks.roles.first { $0.key.hasPrefix("Marc Duval") }?.value == .agent)
        #expect(talks.roles.first { $0.key.hasPrefix("Paul Roche") }?.value == .partner)
        #expect(talks.roles.first { $0.key.hasPrefix("Anne Vidal") }?.value == .partner)
    }

    @Test func coordinatedWeekdaysDateOneEventAsASpan() throws {
        let visit = try #require(Self.events("La ministre, Claire Aubin, s’est rendue lundi et mardi à Dakar.").first)
        #expect(visit.type == .visit)
        #expect(visit.when?.start?.description == "2024-03-04")
        #expect(visit.when?.end?.description == "2024-03-05")
        #expect(visit.places == ["Dakar"])
    }

    /// The clauses of a text come in one list: a governor is an index in it, a clause of the same
    /// sentence, and a relative clause of a later sentence takes its own sentence's date.
    @Test func governorsAreClausesOfTheirOwnSentence() throws {
        let text = TokenizedText(
            "Le maire a parlé lundi. Mercredi, le ministre a reçu le préfet, qui a salué la réforme, et il a annoncé que la loi serait votée.")
        let clauses = FrenchEventGrammar().clauses(in: text)
        func sentence(_ clause: Int) -> Int { text.tokens[clauses[clause].tokens.lowerBound].sentence }
        let governed = clauses.indices.filter { clauses[$0].governor != nil }
        #expect(governed.count >= 2)
        for index in governed {
            let governor = try #require(clauses[index].governor)
            #expect(governor < index)
            #expect(sentence(governor) == sentence(index) && sentence(index) == 1)
        }
        let events = Self.events(text.text(fromToken: 0, toToken: text.tokens.count - 1))
        let praise = try #require(events.first { $0.trigger.text == "salué" })
        #expect(praise.when?.start?.description == "2024-03-06")
        #expect(praise.inheritedFrom == events.first { $0.trigger.text == "reçu" }?.id)
    }

    @Test func relativeClausesShareTheirGovernorsDate() throws {
        let events = Self.events("Le ministre, Paul Roche, s’est rendu hier à Lyon, où il a rencontré des élus.")
        #expect(events.count == 2)
        #expect(events[1].when == events[0].when)
        #expect(events[1].inheritedFrom == events[0].id)
        #expect(events[1].headline.hasPrefix("Paul Roche a rencontré"))
    }

    /// Headlines: subject, verb group and complements, without dates (and the preposition or
    /// the commas around them) or quotation marks, the governor's subject before a coordinated
    /// verb, and a capital first, accented or not.
    @Test func headlinesLeaveDatesAndQuotesOut() {
        let events = Self.events(
            "Le ministre Paul Roche a reçu mardi à Paris son homologue. Il a ensuite annoncé, le 6 janvier, "
                + "« une réforme ». La délégation est arrivée à Lyon, où étaient réunis lundi les ministres. "
                + "Marie Dufour a visité l'usine jeudi, puis a salué les ouvriers.")
        #expect(events.map(\.headline) == [
            "Paul Roche a reçu à Paris son homologue", "Il a ensuite annoncé une réforme",
            "La délégation est arrivée à Lyon", "Étaient réunis les ministres", "Marie Dufour a visité l'usine",
            "Marie Dufour a salué les ouvriers",
        ])
    }

    @Test func anUndatedEventIsKept() throws {
        let events = Self.events("Le ministre, Paul Roche, a critiqué la réforme.")
        #expect(events.count == 1)
        #expect(events[0].when == nil)
        #expect(events[0].type == .criticism)
    }

    /// The names of the participants a body holds, in text order.
    static func names(_ body: String) -> [String] {
        FrenchParticipants.participants(in: TokenizedText(body)).map(\.name)
    }

    /// Gazetteer names are read whether their capital comes first or later ("Arabie saoudite",
    /// "République centrafricaine"); a run of lower-case words names nothing.
    @Test func gazetteerNamesNeedACapitalSomewhere() {
        #expect(Self.names("Le ministre s'est rendu en Arabie saoudite mardi.").contains("Arabie saoudite"))
        #expect(Self.names("Les casques bleus quittent la République centrafricaine.").contains("République centrafricaine"))
        #expect(Self.names("Il évoque l'arabie saoudite et la république centrafricaine.").isEmpty)
    }

    /// A hyphenated place name is one name whatever particle joins its capitals, and a place
    /// after "à" or "en".
    @Test func hyphenatedPlaceNamesStayWhole() {
        let text = TokenizedText(
            "Elle a grandi à Fontenay-aux-Roses, puis vécu à Bois-au-Roi et à Pontfort-sur-Lac avec Jean Morel.")
        let participants = FrenchParticipants.participants(in: text)
        #expect(participants.map(\.name) == ["Fontenay-aux-Roses", "Bois-au-Roi", "Pontfort-sur-Lac", "Jean Morel"])
        #expect(participants.prefix(3).allSatisfy { $0.isLocative || $0.kind == .place })
    }

    /// A surname that also names a people stays in the name it ends; the people, written with
    /// its article, is no name.
    @Test func aSurnameThatNamesAPeopleEndsTheName() {
        #expect(Self.names("Reçus par le préfet, Anne Gallois, les élus ont voté.") == ["Anne Gallois"])
        #expect(Self.names("Le commissaire Luc Breton a parlé aux Bretons.") == ["Luc Breton"])
    }

    /// An initial and its full stop stay inside the name; a sentence's closing initial joins
    /// no word that is not a name.
    @Test func initialsStayInTheName() {
        #expect(Self.names("Le sénateur Paul K. Marchetti a reçu J. Lenoir lundi.") == ["Paul K. Marchetti", "J. Lenoir"])
        #expect(Self.names("Il a voté le plan B. Le maire a signé.").allSatisfy { !$0.contains(".") })
    }

    /// Départements are places; a place that opens a longer name is read with it, except after
    /// "de", where it completes a phrase.
    @Test func placesAndTheNamesTheyOpen() {
        let participants = FrenchParticipants.participants(in: TokenizedText(
            "Ils ont battu Rhône Basket Villeurbanne à Roanne (Loire), selon le président des clubs de France Paul Morin."))
        #expect(participants.map(\.name) == ["Rhône Basket Villeurbanne", "Roanne", "Loire", "Paul Morin"])
        #expect(participants.first { $0.name == "Loire" }?.kind == .place)
    }

    /// A title with a complement in "du" ("ministre du Travail") is read whole; the nearest title
    /// wins ("président", not "arrivée du président").
    @Test func aTitleMayHoldAComplementInDu() {
        func titled(_ body: String) -> [String] {
            FrenchParticipants.participants(in: TokenizedText(body)).map(\.display)
        }
        #expect(titled("Ils ont été reçus par le ministre du Travail, Lucas Moreau, lundi.")
            == ["Lucas Moreau (ministre du Travail)"])
        #expect(titled("L'arrivée du président Paul Marin a été saluée.") == ["Paul Marin (président)"])
        // A phrase the name completes is not its title.
        #expect(titled("Le patron du camping de Vaudrey a porté plainte.") == ["Vaudrey"])
    }

    /// A title after an elided article ("l’entraîneur de Cassagne") is the title of the name
    /// after it, and the names inside it are no participants.
    @Test func aTitleAfterAnElidedArticleIsFound() {
        let participants = FrenchParticipants.participants(in: TokenizedText(
            "« Enfin », a réagi l’entraîneur de Cassagne, Mathieu Roussel, hier soir."))
        #expect(participants.map(\.name) == ["Mathieu Roussel"])
        #expect(participants.first?.title == "entraîneur de Cassagne")
    }

    /// A later, shorter mention of a person takes the full name it ends ("Deng", "Akol Deng").
    @Test func shortMentionsTakeTheFullName() {
        let names = FrenchParticipants.participants(in: TokenizedText(
            "Le gouverneur, Peter Akol Deng, a parlé lundi. Akol Deng a ensuite reçu Marie-Anne Deng. Deng a conclu."))
            .map(\.name)
        #expect(names == ["Peter Akol Deng", "Peter Akol Deng", "Marie-Anne Deng", "Peter Akol Deng"])
    }

    /// The grammar reads the lemmas of a text's finite verbs once, for its clauses and their
    /// triggers; a clause's trigger read without them (its verbs read for it alone) is the same.
    @Test func verbLemmasReadOnceForTheText() throws {
        let text = TokenizedText(
            "Le ministre a annoncé que la réforme serait votée en mars, et ils ont appelé à la grève.")
        let grammar = FrenchEventGrammar()
        let lemmas = grammar.verbLemmas(in: text)
        #expect(lemmas.map(FrenchTriggers.lemma(ofNumber:)) == text.tokens.indices.map { FrenchTriggers.finiteLemma(at: $0, in: text) })
        let clauses = grammar.clauses(in: text, verbLemmas: lemmas)
        #expect(clauses == grammar.clauses(in: text))
        #expect(clauses.count >= 3)
        for clause in clauses {
            #expect(grammar.trigger(in: clause, of: text, verbLemmas: lemmas) == grammar.trigger(in: clause, of: text))
        }
        #expect(clauses.compactMap { grammar.trigger(in: $0, of: text, verbLemmas: lemmas)?.lemma } == ["annoncer", "voter", "appeler"])
    }

    /// A word ends like a participle of an "-er" verb exactly when it ends with one of
    /// `acuteEndings`, in either normal form of "é" (read from the end, not ending by ending).
    @Test func acuteEndingsInEitherNormalForm() {
        let words = ["indiqué", "annoncée", "visités", "rencontrées", "créé", "crée", "créées", "indique", "es",
                     "ess", "éss", "été", "e", "é", "s", "Élysée", "rendu", "passées!"]
        let endings = FrenchTense.utf8Forms(of: FrenchTriggers.acuteEndings)
        for form in [\String.precomposedStringWithCanonicalMapping, \String.decomposedStringWithCanonicalMapping] {
            let text = TokenizedText(words.map { $0[keyPath: form] }.joined(separator: " "))
            for index in text.tokens.indices {
                let expected = endings.contains { text.token(index, endsWith: $0) }
                #expect(FrenchTriggers.hasAcuteEnding(at: index, in: text) == expected, "\(text.tokens[index])")
            }
        }
        #expect(FrenchTriggers.hasAcuteEnding(at: 0, in: TokenizedText("indiqué")))
    }

    /// Coordinated expressions form one group; the nearest group to the token wins, the first on
    /// a tie, whatever order the expressions come in, and wherever the slice given starts.
    @Test func theNearestGroupOfExpressionsDatesTheClause() throws {
        let article = Article(id: "t", source: "test", date: DocumentDate(parsing: "2024-03-06")!,
                              body: "Il a plu lundi et mardi, puis il a neigé le 20 mars.")
        let tagged = Tagger().tag(article)
        let text = tagged.text, expressions = tagged.expressions
        #expect(expressions.map(\.mention.text) == ["lundi", "mardi", "le 20 mars"])
        func token(_ folded: String) throws -> Int { try #require(text.tokens.indices.last { text.folded($0) == folded }) }
        // Appended after what the list holds already; nothing appended when none is given.
        func group(_ given: ArraySlice<Int>, _ folded: String) throws -> [String]? {
            var found = [-1]
            guard ClauseDater.appendNearestGroup(given, of: expressions, to: try token(folded), in: text, into: &found)
            else {
                #expect(found == [-1])
                return nil
            }
            #expect(found.first == -1)
            return found.dropFirst().map { expressions[$0].mention.text }
        }
        let inOrder = Array(expressions.indices), reversed = Array(expressions.indices.reversed())
        // A clause's own expressions are a slice of the article's, seldom starting at 0.
        for given in [inOrder[...], reversed[...], ([0] + inOrder)[1...], ([2, 2] + reversed)[2...]] {
            #expect(try group(given, "plu") == ["lundi", "mardi"])
            #expect(try group(given, "neige") == ["le 20 mars"])
            // "il" is three tokens from either group: the first.
            #expect(try group(given, "il") == ["lundi", "mardi"])
        }
        #expect(try group([], "plu") == nil)
    }

    /// A capitalised word alone at a sentence's start is a name only when the article also
    /// writes it with a capital inside a sentence.
    @Test func aSentenceInitialWordIsANameWhenCapitalisedElsewhere() {
        #expect(Self.names("Dupont arrive lundi. Le maire attend Dupont.") == ["Dupont", "Dupont"])
        #expect(Self.names("Pourtant il pleut. Le maire attend Dupont.") == ["Dupont"])
        #expect(Self.names("Dupont arrive lundi. Le maire attend dupont.").isEmpty)
    }

    /// The extractor finds a clause's participants as a run of the article's: the grammar hands
    /// them in text order, no two starting at one token, titles attached and short names joined.
    @Test(arguments: FixtureGoldTests.names)
    func participantsComeInTextOrder(name: String) throws {
        let (tagged, _) = try FixtureGoldTests.analyse(name)
        let participants = FrenchEventGrammar().participants(in: tagged.text)
        #expect(participants.count > 1, "\(name)")
        let starts = participants.map(\.tokens.lowerBound)
        #expect(zip(starts, starts.dropFirst()).allSatisfy { $0 < $1 }, "\(name): \(starts)")
    }
}
