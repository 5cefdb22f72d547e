import Testing
@testable import Frise

@Suite struct FrenchLexiconTests {
    // MARK: - Verb forms

    @Test(arguments: [
        ("loue", "louer"), ("louee", "louer"), ("loua", "louer"), ("salue", "saluer"), ("indique", "indiquer"),
        ("discute", "discuter"), ("affirme", "affirmer"), ("precisant", "preciser"), ("aborde", "aborder"),
        ("ajoute", "ajouter"), ("recu", "recevoir"), ("recoit", "recevoir"), ("recevra", "recevoir"),
        ("rendu", "rendre"), ("rend", "rendre"), ("rendit", "rendre"), ("eu", "avoir"), ("ont", "avoir"),
        ("ecrit", "ecrire"), ("ecrivait", "ecrire"), ("dit", "dire"), ("fait", "faire"), ("pris", "prendre"),
        ("promis", "promettre"), ("entretenu", "entretenir"), ("soutient", "soutenir"), ("revient", "revenir"),
        ("elu", "elire"), ("reelu", "reelire"), ("mort", "mourir"), ("nee", "naitre"), ("ouvert", "ouvrir"),
        ("detruit", "detruire"), ("craint", "craindre"), ("atteint", "atteindre"), ("conclu", "conclure"),
        ("reconnait", "reconnaitre"), ("disparu", "disparaitre"), ("accueilli", "accueillir"),
        ("envoie", "envoyer"), ("enverra", "envoyer"), ("appelle", "appeler"), ("appellera", "appeler"),
        ("reunit", "reunir"), ("reunissaient", "reunir"), ("investi", "investir"), ("rompt", "rompre"),
        ("abattu", "abattre"), ("poursuivi", "poursuivre"), ("dementi", "dementir"), ("parti", "partir"),
        ("mangeait", "manger"), ("negociaient", "negocier"), ("deploie", "deployer"), ("vaincu", "vaincre"),
        ("interdisez", "interdire"), ("acquis", "acquerir"), ("resolu", "resoudre"), ("survecu", "survivre"),
    ])
    func conjugatedFormsLeadToInfinitives(form: String, infinitive: String) {
        #expect(FrenchConjugator.forms(of: infinitive).contains(form), "\(infinitive) should give \(form)")
        if FrenchEventLexicon.verbs[infinitive] != nil || FrenchEventLexicon.lightVerbs.contains(infinitive) {
            #expect(FrenchEventLexicon.verbForms[form] == infinitive)
        }
    }

    @Test(arguments: ["a", "entre", "ne", "avions", "entretiens", "combats", "le", "de", "appel", "accords"])
    func wordsThatAreNotVerbForms(word: String) {
        #expect(FrenchEventLexicon.verbForms[word] == nil)
    }

    @Test func participlesShapedLikeNounPluralsStayVerbForms() {
        #expect(FrenchEventLexicon.verbForms["morts"] == "mourir")
        #expect(FrenchEventLexicon.verbForms["attaques"] == "attaquer")  // "attaqués"
        #expect(FrenchEventLexicon.verbForms["rencontres"] == "rencontrer")  // "rencontrés"
    }

    @Test func everyLexiconVerbIsItsOwnForm() {
        for lemma in FrenchEventLexicon.verbs.keys where !FrenchEventLexicon.homographs.contains(lemma) {
            #expect(FrenchEventLexicon.verbForms[lemma] != nil, "\(lemma)")
        }
    }

    @Test func noVerbIsListedTwice() {
        let listed = FrenchEventLexicon.verbRows.flatMap(\.2)
        #expect(listed.count == Set(listed).count)
        #expect(listed.count >= 250)
    }

    // MARK: - Verb and noun meanings

    @Test(arguments: [
        ("louer", EventType.praise), ("saluer", .praise), ("indiquer", .statement), ("telephoner", .call),
        ("rendre", .visit), ("recevoir", .hosting), ("discuter", .meeting), ("negocier", .negotiation),
        ("condamner", .criticism), ("signer", .agreement), ("manifester", .protest), ("bombarder", .violence),
        ("inculper", .legal), ("elire", .election), ("annoncer", .announcement), ("demissionner", .other),
    ])
    func verbTypes(lemma: String, type: EventType) {
        #expect(FrenchEventLexicon.verbs[lemma]?.type == type)
    }

    @Test(arguments: [
        ("indiquer", EventClass.reporting), ("ecrire", .reporting), ("promettre", .iAction), ("tenter", .iAction),
        ("commencer", .aspectual), ("reprendre", .aspectual), ("rester", .state), ("louer", .occurrence),
    ])
    func verbClasses(lemma: String, eventClass: EventClass) {
        #expect(FrenchEventLexicon.verbs[lemma]?.eventClass == eventClass)
    }

    @Test(arguments: [
        ("entretiens", EventType.meeting), ("entretien", .meeting), ("appel", .call), ("appels", .call),
        ("visite", .visit), ("voyage", .visit), ("rencontres", .meeting), ("communique", .statement),
        ("escalade", .violence), ("riposte", .violence), ("accord", .agreement), ("greve", .protest),
        ("scrutin", .election), ("proces", .legal), ("seisme", .other), ("pourparlers", .negotiation),
    ])
    func nounTypes(noun: String, type: EventType) {
        #expect(FrenchEventLexicon.nouns[noun]?.type == type)
    }

    @Test func lightVerbsAreConjugated() {
        for verb in ["effectue", "mene", "tenu", "passe", "donne", "organise"] {
            #expect(FrenchEventLexicon.verbForms[verb].map(FrenchEventLexicon.lightVerbs.contains) == true, "\(verb)")
        }
    }

    // MARK: - Gazetteer

    @Test(arguments: [
        ("caire", PlaceKind.city), ("le caire", .city), ("israel", .country), ("cisjordanie", .territory),
        ("jenine", .city), ("gaza", .territory), ("bande de gaza", .territory), ("etats unis", .country),
        ("tel aviv", .city), ("cote d ivoire", .country), ("republique democratique du congo", .country),
        ("rdc", .country), ("moyen orient", .region), ("maroc", .country), ("kiev", .city), ("kyiv", .city),
        ("pekin", .city), ("new york", .city), ("sahara occidental", .territory), ("bretagne", .region),
        ("marseille", .city), ("n djamena", .city), ("la haye", .city), ("haye", .city),
    ])
    func places(key: String, kind: PlaceKind) {
        #expect(FrenchGazetteer.places[key] == kind)
    }

    @Test(arguments: ["dominique", "salvador", "maurice", "nancy", "florence", "orange"])
    func firstNamesAreNotPlaces(word: String) {
        #expect(FrenchGazetteer.places[word] == nil)
    }

    @Test func keysFoldAndDropHyphensAndApostrophes() {
        #expect(FrenchGazetteer.key("États-Unis") == "etats unis")
        #expect(FrenchGazetteer.key("Côte d’Ivoire") == "cote d ivoire")
        #expect(FrenchGazetteer.key("Comité Al-Qods") == "comite al qods")
        // Letters that fold to no ASCII base keep their own form, words split the same way.
        #expect(FrenchGazetteer.key("  Wrocław-Łódź (2e)") == "wrocław łodź 2e")
    }

    @Test(arguments: [
        ("marocain", "Maroc"), ("marocaines", "Maroc"), ("americaine", "États-Unis"), ("americains", "États-Unis"),
        ("israelien", "Israël"), ("israeliennes", "Israël"), ("palestinien", "Palestine"), ("egyptiens", "Égypte"),
        ("europeen", "Europe"), ("francaise", "France"), ("francais", "France"), ("turque", "Turquie"),
        ("grecques", "Grèce"), ("belges", "Belgique"), ("bretonne", "Bretagne"), ("sud africain", "Afrique du Sud"),
    ])
    func demonyms(form: String, place: String) {
        #expect(FrenchGazetteer.demonyms[form] == place)
    }

    @Test func demonymsCoverManyCountries() {
        #expect(Set(FrenchGazetteer.demonyms.values).count >= 120)
        #expect(FrenchGazetteer.places.values.filter { $0 == .country }.count >= 195)
    }

    @Test func titlesAndOrganisations() {
        for title in ["ministre", "ministres", "porte", "secretaire", "president", "presidente", "homologue", "pdg",
                      "generaux", "chef", "roi"] {
            #expect(FrenchGazetteer.titles.contains(title), "\(title)")
        }
        #expect(FrenchGazetteer.titlePhrases.isSuperset(of: ["porte parole", "premier ministre", "secretaire d etat"]))
        #expect(FrenchGazetteer.organisationHeads.isSuperset(of: ["administration", "comite", "departement"]))
        #expect(FrenchGazetteer.organisations["onu"] == "ONU")
        #expect(FrenchGazetteer.organisations["nations unies"] == "Nations unies")
        #expect(FrenchGazetteer.organisations["comite al qods"] == "Comité Al-Qods")
        #expect(FrenchGazetteer.organisations["organisation de la cooperation islamique"] != nil)
    }

    @Test func namePrefixesAreTheRunsOfWordsThatStartAName() {
        let names = Set(Array(FrenchGazetteer.places.keys) + FrenchGazetteer.organisations.keys)
        var runs = Set<String>(), seconds = Set<String>()
        for name in names {
            let words = name.split(separator: " ")
            for count in words.indices { runs.insert(words[...count].joined(separator: " ")) }
            if words.count > 1 { seconds.insert(String(words[1])) }
        }
        #expect(runs.isSuperset(of: ["etats", "etats unis", "organisation de la cooperation", "nations unies"]))
        #expect(Set(FrenchGazetteer.namePrefixes.map(\.0)) == runs)
        // Whether each run is a name itself.
        #expect(FrenchGazetteer.namePrefixes.allSatisfy { $0.1 == names.contains($0.0) })
        #expect(FrenchGazetteer.namePrefixes["etats"] == false && FrenchGazetteer.namePrefixes["etats unis"] == true)
        #expect(Set(FrenchGazetteer.nameSecondWords) == seconds && seconds.contains("unis"))
    }

    @Test func everyPastParticipleOfTheLexiconsVerbsIsOne() {
        let lemmas = Set(FrenchEventLexicon.verbForms.values)
        let participles = Set(lemmas.flatMap(FrenchConjugator.pastParticiples(of:)))
        #expect(participles.isSuperset(of: ["recu", "rendues", "ecrit", "pris", "morts"]))
        #expect(Set(FrenchTriggers.participles) == participles)
    }

    @Test(arguments: ["twitter", "afp", "sm", "mme", "allah", "ramadan", "pour", "suite", "durant", "le"])
    func nonActors(word: String) {
        #expect(FrenchGazetteer.nonActors.contains(word))
    }
}
