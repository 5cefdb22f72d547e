/// French feasts, vague times and recurrence words.
extension FrenchLexicon {
    /// Feasts by their folded words, hyphens and apostrophes left out ("saint sylvestre", "jour de l an").
    static let holidays: WordMap<Holiday> = [
        "noel": .fixed(month: 12, day: 25), "jour de noel": .fixed(month: 12, day: 25),
        "veille de noel": .fixed(month: 12, day: 24), "reveillon de noel": .fixed(month: 12, day: 24),
        "nouvel an": .fixed(month: 1, day: 1), "jour de l an": .fixed(month: 1, day: 1),
        "saint sylvestre": .fixed(month: 12, day: 31), "reveillon du nouvel an": .fixed(month: 12, day: 31),
        "epiphanie": .fixed(month: 1, day: 6), "chandeleur": .fixed(month: 2, day: 2),
        "saint valentin": .fixed(month: 2, day: 14), "fete du travail": .fixed(month: 5, day: 1),
        "fete de la musique": .fixed(month: 6, day: 21), "saint jean": .fixed(month: 6, day: 24),
        "assomption": .fixed(month: 8, day: 15), "toussaint": .fixed(month: 11, day: 1),
        "armistice": .fixed(month: 11, day: 11), "saint nicolas": .fixed(month: 12, day: 6),
        "halloween": .fixed(month: 10, day: 31),
        "paques": .easter(offset: 0), "dimanche de paques": .easter(offset: 0), "lundi de paques": .easter(offset: 1),
        "vendredi saint": .easter(offset: -2), "mardi gras": .easter(offset: -47),
        "mercredi des cendres": .easter(offset: -46), "ascension": .easter(offset: 39),
        "jeudi de l ascension": .easter(offset: 39), "pentecote": .easter(offset: 49),
        "lundi de pentecote": .easter(offset: 50),
    ]

    /// The first words of the feast names, to reject most tokens at once.
    static let holidayFirstWords = WordSet(holidays.keys.map { String($0.prefix { $0 != " " }) })

    /// The feast names' leading words ("jour", "jour de", "jour de l"…): a name read word by
    /// word goes on while it is one of them.
    static let holidayPrefixes = WordSet(holidays.keys.flatMap { key in
        let words = key.split(separator: " ")
        return (1...words.count).map { words[..<$0].joined(separator: " ") }
    })

    /// Feast words that are also ordinary words or names: they count only capitalised
    /// ("l'Ascension", not "l'ascension du mont Blanc").
    static let capitalizedHolidays: WordSet = ["ascension", "assomption", "armistice", "toussaint", "noel"]

    /// Adverbs that only say past, present or future ("récemment", "désormais", "bientôt").
    static let vagueAdverbs: WordMap<VagueTime> = [
        "recemment": .past, "dernierement": .past, "naguere": .past, "autrefois": .past, "jadis": .past,
        "auparavant": .past, "nouvellement": .past, "anciennement": .past,
        "actuellement": .present, "desormais": .present, "dorenavant": .present, "maintenant": .present,
        "presentement": .present,
        "bientot": .future, "prochainement": .future, "ulterieurement": .future, "incessamment": .future,
    ]

    /// Adjectives and adverbs of recurrence ("quotidien", "annuellement"). Masculine plurals
    /// ("les quotidiens", "des mensuels") are mostly newspapers and stay out.
    static let recurrenceWords: WordMap<Duration> = [
        "quotidien": Duration(1, .day), "quotidienne": Duration(1, .day),
        "quotidiennes": Duration(1, .day), "quotidiennement": Duration(1, .day),
        "journalier": Duration(1, .day), "journaliere": Duration(1, .day), "journalierement": Duration(1, .day),
        "hebdomadaire": Duration(1, .week),
        "mensuel": Duration(1, .month), "mensuelle": Duration(1, .month),
        "mensuelles": Duration(1, .month), "mensuellement": Duration(1, .month),
        "trimestriel": Duration(3, .month), "trimestrielle": Duration(3, .month),
        "annuel": Duration(1, .year), "annuelle": Duration(1, .year), "annuels": Duration(1, .year),
        "annuelles": Duration(1, .year), "annuellement": Duration(1, .year),
    ]

    /// Nouns after which a recurrence adjective is a title, not a frequency ("la presse quotidienne").
    static let recurrenceNounHeads: WordSet = ["presse", "journal", "journaux", "magazine", "revue", "titre"]

    /// Words before a noun that make "quotidien", "mensuel" a noun (a newspaper), not a frequency.
    static let nounMarkers: WordSet = [
        "le", "la", "l", "les", "un", "une", "des", "du", "de", "d", "ce", "cet", "cette", "ces", "au", "aux",
        "son", "sa", "ses", "leur", "leurs", "notre", "nos", "votre", "vos", "mon", "ma", "mes", "quel", "quelle",
        "grand", "grands", "premier", "second", "deuxieme", "autre", "autres", "chaque", "ce",
    ]
}
