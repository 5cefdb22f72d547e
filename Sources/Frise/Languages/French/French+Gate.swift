/// Where French mentions can start: the vocabulary of the rules, gathered from the lexicon.
extension French {
    public var mentionGate: MentionGate? { Self.gate }

    /// The gate selects among the French rules by their anchors.
    /// Roman centuries ("XIXe siècle") start with a word no table lists.
    /// "été" after a form of avoir is the participle of être ("a été"), not the summer.
    static let gate = MentionGate(
        anchors: FrenchGateWords.anchors, leads: FrenchGateWords.leads, reach: 6,
        notAnchorsAfter: ["ete": ["a", "ont", "ai", "as", "avons", "avez", "avait", "avaient", "aura", "auront",
                                  "aurait", "auraient", "eut", "eurent", "ayant", "avoir"]],
        rules: FrenchDateRules.all
    ) {
        FrenchNumbers.romanOrdinal(folded: $0) != nil
    }
}

enum FrenchGateWords {
    /// Words that only a temporal mention needs: each mention holds one of them or a number.
    static let anchors: Set<String> = {
        var words = Set<String>()
        words.formUnion(FrenchLexicon.months.keys)
        words.formUnion(FrenchLexicon.weekdays.keys)
        words.formUnion(FrenchLexicon.weekdays.keys.map { $0 + "s" })
        words.formUnion(["aujourd", "hier", "demain", "lendemain", "veille", "surlendemain"])
        words.formUnion(FrenchLexicon.durationUnits.keys)
        words.formUnion(FrenchLexicon.durationNouns.keys)
        words.formUnion(FrenchLexicon.calendarUnits.keys)
        words.formUnion(FrenchLexicon.partsOfDay.keys)
        words.formUnion(FrenchLexicon.partsOfDay.keys.map { $0 + "s" })
        words.formUnion(FrenchLexicon.seasons.keys)
        words.formUnion(FrenchLexicon.vagueAdverbs.keys)
        words.formUnion(FrenchLexicon.recurrenceWords.keys)
        words.formUnion(FrenchLexicon.approximateNumbers.keys)
        // A feast's name starts with its anchor ("saint" of "la Saint-Jean"): "Jean" alone is a name.
        words.formUnion(FrenchLexicon.holidayFirstWords.subtracting(leads))
        words.formUnion([
            "midi", "minuit", "week", "weekend", "fois", "moment", "epoque", "present", "actuelle", "h", "min",
        ])
        return words
    }()

    /// Words a mention may start with before its anchor: determiners, prepositions, quantities,
    /// ordinals and the modifiers of periods.
    static let leads: Set<String> = {
        var words = Set<String>(FrenchNumbers.words.keys)
        words.formUnion(FrenchNumbers.ordinalWords.keys)
        words.formUnion(FrenchLexicon.vagueQuantities)
        words.formUnion(FrenchLexicon.periodModifiers.keys)
        words.formUnion(FrenchLexicon.calendarPrepositions)
        words.formUnion(FrenchLexicon.yearPrepositions)
        words.formUnion(FrenchLexicon.unitAdjectives)
        words.formUnion(FrenchLexicon.directionAdjectives.keys)
        words.formUnion([
            "le", "la", "l", "les", "un", "une", "du", "de", "d", "des", "au", "aux", "a", "ce", "cet", "cette", "ces",
            "il", "chaque", "tous", "toutes", "tout", "toute", "par", "sur", "plus", "moins", "pres", "environ",
            "quelque", "nos", "dans", "jusque", "jusqu", "depuis", "lors", "meme", "demi", "demie", "quart",
            "quarts", "partir", "alentours", "environs", "ici", "cours", "dici", "apres", "avant", "dès", "y",
            "nouvelle", "nouvel", "nouveau", "precedent", "precedente", "suivant", "suivante",
        ])
        return words
    }()
}
