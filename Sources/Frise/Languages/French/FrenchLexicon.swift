/// French words with their temporal meaning, one table per concept, keyed by folded form.
enum FrenchLexicon {
    /// Month names and their usual abbreviations (the period is a separate token).
    static let months: WordMap<Int> = [
        "janvier": 1, "janv": 1, "fevrier": 2, "fevr": 2, "fev": 2, "mars": 3, "avril": 4, "avr": 4,
        "mai": 5, "juin": 6, "juillet": 7, "juil": 7, "aout": 8, "septembre": 9, "sept": 9,
        "octobre": 10, "oct": 10, "novembre": 11, "nov": 11, "decembre": 12, "dec": 12,
    ]

    /// Abbreviated month names; their period belongs to them ("janv.").
    static let monthAbbreviations: WordSet = ["janv", "fevr", "fev", "avr", "juil", "sept", "oct", "nov", "dec"]

    /// Month names that are also ordinary words or names ("Mars", "mai", "sept"), and
    /// abbreviations: these need a day, a year or a preposition before they count as months.
    static let ambiguousMonths: WordSet = monthAbbreviations.union(["mars", "mai"])

    static let weekdays: WordMap<Weekday> = [
        "lundi": .monday, "mardi": .tuesday, "mercredi": .wednesday, "jeudi": .thursday,
        "vendredi": .friday, "samedi": .saturday, "dimanche": .sunday,
    ]

    /// Adjectives after a date that fix its direction ("lundi dernier", "juin prochain").
    static let directionAdjectives: WordMap<Deixis> = [
        "dernier": .last, "derniere": .last, "derniers": .last, "dernieres": .last, "passe": .last,
        "passee": .last, "prochain": .next, "prochaine": .next, "prochains": .next, "prochaines": .next,
    ]

    /// Demonstratives that make a weekday deictic ("ce mercredi").
    static let demonstratives: WordSet = ["ce", "cet", "cette"]

    // The determiners that belong to a date's span ("le", "la", "l'") are compared in
    // `FrenchDateRules.determinerLength`, which every rule calls at every token.

    /// Words before a bare month that make it a date ("en mars", "depuis mai", "fin juin").
    static let calendarPrepositions: WordSet = [
        "en", "de", "d", "depuis", "des", "avant", "apres", "jusqu", "fin", "debut", "mi", "courant", "entre",
        "et", "au", "a", "vers", "durant", "pendant", "mois", "ou", "dans", "pour", "par",
    ]

    /// Words before a bare four-digit number that make it a year ("en 2019", "depuis 1998").
    /// "de", "à" and "et" only count between two years ("de 2019 à 2021"): "près de 2000
    /// personnes" is a count.
    static let yearPrepositions: WordSet = [
        "en", "depuis", "des", "avant", "apres", "fin", "debut", "mi", "courant", "entre", "vers", "durant",
        "pendant", "annee", "an", "printemps", "ete", "automne", "hiver", "saison", "exercice",
    ]

    /// Words that join two years into a range or a list ("de 2019 à 2021", "2019 et 2021").
    static let yearLinks: WordSet = ["de", "a", "au", "et", "ou"]

    /// Function words that may follow a bare year ("attendre 1995 pour voir", "en 2019 et 2020"):
    /// a count is followed by its noun instead ("2000 soldats").
    static let yearFollowers: WordSet = [
        "pour", "et", "ou", "a", "au", "aux", "dans", "en", "sur", "avec", "par", "quand", "lorsque", "puis",
        "avant", "apres", "depuis", "le", "la", "les", "l", "un", "une", "qui", "que", "qu", "il", "elle", "ils",
        "elles", "on", "ce", "cette", "ces", "son", "sa", "ses", "leur", "leurs", "contre", "selon", "lors",
        "jusqu", "deja", "seulement", "encore", "alors", "ne", "n", "s", "se", "y", "est", "sont", "etait",
        "ont", "avaient", "etaient", "seront", "auront", "furent", "fut", "sera", "aura", "avait",
    ]

    /// Nouns dated by "de" + a year ("la loi de 1905", "les élections de 2002"): they name events and
    /// periods, not amounts.
    static let yearHeads: WordSet = [
        "loi", "lois", "crise", "guerre", "election", "elections", "presidentielle", "presidentielles",
        "legislatives", "municipales", "europeennes", "regionales", "cantonales", "referendum", "scrutin",
        "coupe", "championnat", "jeux", "mondial", "edition", "promotion", "tempete", "canicule", "recensement",
        "exercice", "bilan", "rentree", "printemps", "ete", "automne", "hiver", "debut", "fin", "mois", "annee",
        "traite", "accord", "accords", "reforme", "sommet", "attentats", "constitution", "revolution", "greve",
        "greves", "krach", "evenements", "saison", "millesime", "cru", "vendanges", "campagne", "tour", "session",
        "decret", "ordonnance", "arrete", "rapport", "recolte", "cuvee", "classe", "fete", "festival", "salon",
    ]

    /// Nouns that a number before them counts ("un bilan de 2000 morts"), so it is no year.
    static let countNouns: WordSet = [
        "euros", "euro", "francs", "dollars", "personnes", "habitants", "voix", "morts", "victimes", "blesses",
        "metres", "kilometres", "km", "kilos", "tonnes", "hectares", "litres", "salaries", "emplois", "places",
        "participants", "spectateurs", "manifestants", "soldats", "eleves", "logements", "exemplaires", "points",
    ]

    /// Single words that are days counted from the document date.
    static let deicticDays: WordMap<Int> = ["aujourd'hui": 0, "hier": -1, "demain": 1]
}
