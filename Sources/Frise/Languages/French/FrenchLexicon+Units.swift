/// French words for amounts and periods of time, parts of days and seasons.
extension FrenchLexicon {
    /// Nouns of amounts of time: their unit and how many of it one stands for
    /// ("décennie" = 10 years, "trimestre" = 3 months).
    static let durationUnits: WordMap<(unit: DurationUnit, factor: Double)> = [
        "seconde": (.second, 1), "secondes": (.second, 1), "minute": (.minute, 1), "minutes": (.minute, 1),
        "heure": (.hour, 1), "heures": (.hour, 1), "jour": (.day, 1), "jours": (.day, 1),
        "journee": (.day, 1), "journees": (.day, 1), "semaine": (.week, 1), "semaines": (.week, 1),
        "mois": (.month, 1), "an": (.year, 1), "ans": (.year, 1), "annee": (.year, 1), "annees": (.year, 1),
        "trimestre": (.month, 3), "trimestres": (.month, 3), "semestre": (.month, 6), "semestres": (.month, 6),
        "decennie": (.year, 10), "decennies": (.year, 10), "siecle": (.year, 100), "siecles": (.year, 100),
        "millenaire": (.year, 1000), "millenaires": (.year, 1000),
    ]

    /// Nouns that are themselves a fixed amount of time ("un quinquennat" = 5 years).
    static let durationNouns: WordMap<Duration> = [
        "quinquennat": Duration(5, .year), "septennat": Duration(7, .year),
    ]

    /// Nouns of calendar periods that "dernier", "prochain", "ce" count ("la semaine dernière").
    static let calendarUnits: WordMap<CalendarUnit> = [
        "jour": .day, "semaine": .week, "mois": .month, "trimestre": .quarter, "semestre": .half,
        "an": .year, "annee": .year, "decennie": .decade, "siecle": .century,
    ]

    /// Adjectives after a period noun: how many periods they move, and from what
    /// ("dernière" = -1 from the DCT, "suivante" = +1 from the reference time).
    static let periodAdjectives: WordMap<(offset: Int, anchor: Anchor)> = [
        "dernier": (-1, .documentDate), "derniere": (-1, .documentDate), "passe": (-1, .documentDate),
        "passee": (-1, .documentDate), "ecoule": (-1, .documentDate), "ecoulee": (-1, .documentDate),
        "prochain": (1, .documentDate), "prochaine": (1, .documentDate),
        "precedent": (-1, .reference), "precedente": (-1, .reference),
        "suivant": (1, .reference), "suivante": (1, .reference),
    ]

    /// Words for parts of a day; "après-midi" ("apres" + "-" + "midi") is read by `FrenchDateRules.partOfDay`.
    static let partsOfDay: WordMap<PartOfDay> = [
        "matin": .morning, "matinee": .morning, "soir": .evening, "soiree": .evening, "nuit": .night,
        "journee": .daytime,
    ]

    static let seasons: WordMap<Season> = [
        "printemps": .spring, "ete": .summer, "automne": .fall, "hiver": .winter,
    ]

    /// Begin/middle/end words before a period ("début octobre", "mi-mars", "la fin de l'année").
    static let periodModifiers: WordMap<TimexModifier> = [
        "debut": .start, "mi": .mid, "milieu": .mid, "fin": .end,
    ]

    /// Adjectives placed between a number and its unit ("trois longues années").
    static let unitAdjectives: WordSet = [
        "longues", "longs", "longue", "long", "petites", "petits", "petite", "petit", "bonnes", "bons",
        "pleines", "pleins", "premiers", "premieres", "derniers", "dernieres", "prochains", "prochaines",
        "grandes", "grands", "courtes", "courts", "interminables",
    ]

    /// Nouns of round amounts ("une dizaine de jours" = about 10 days).
    static let approximateNumbers: WordMap<Int> = [
        "dizaine": 10, "douzaine": 12, "quinzaine": 15, "vingtaine": 20, "trentaine": 30, "quarantaine": 40,
        "cinquantaine": 50, "soixantaine": 60, "centaine": 100,
    ]

    /// Words an amount of time may start with: number words, "quelques", "plusieurs".
    static let quantityStarts: WordMap<Bool> = {
        var table = WordMap<Bool>()
        for word in FrenchNumbers.words.keys { table[word] = true }
        for word in vagueQuantities { table[word] = true }
        return table
    }()

    /// Words standing for an unspecified amount before a plural unit ("quelques jours").
    static let vagueQuantities: WordSet = ["quelques", "plusieurs", "nombreuses", "nombreux"]

    /// Nouns before "de N ans" whose complement is a span of time, not an age ("une peine de 2 ans").
    static let durationHeads: WordSet = [
        "peine", "peines", "periode", "duree", "delai", "mandat", "contrat", "plan", "programme", "bail",
        "absence", "sejour", "sursis", "prison", "retard", "interdiction", "suspension", "moratoire", "terme",
        "espace", "intervalle", "attente", "exil", "detention", "reclusion", "travail", "cours", "bout", "total",
    ]
}
