/// French words with their temporal meaning, one table per concept, keyed by folded form.
enum FrenchLexicon {
    /// Month names and their usual abbreviations (the period is a separate token).
    static let months: [String: Int] = [
        "janvier": 1, "janv": 1, "fevrier": 2, "fevr": 2, "fev": 2, "mars": 3, "avril": 4, "avr": 4,
        "mai": 5, "juin": 6, "juillet": 7, "juil": 7, "aout": 8, "septembre": 9, "sept": 9,
        "octobre": 10, "oct": 10, "novembre": 11, "nov": 11, "decembre": 12, "dec": 12,
    ]

    /// Abbreviated month names; their period belongs to them ("janv.").
    static let monthAbbreviations: Set<String> = ["janv", "fevr", "fev", "avr", "juil", "sept", "oct", "nov", "dec"]

    /// Month names that are also ordinary words or names ("Mars", "mai", "sept"), and
    /// abbreviations: these need a day, a year or a preposition before they count as months.
    static let ambiguousMonths: Set<String> = monthAbbreviations.union(["mars", "mai"])

    static let weekdays: [String: Weekday] = [
        "lundi": .monday, "mardi": .tuesday, "mercredi": .wednesday, "jeudi": .thursday,
        "vendredi": .friday, "samedi": .saturday, "dimanche": .sunday,
    ]

    /// Adjectives after a date that fix its direction ("lundi dernier", "juin prochain").
    static let directionAdjectives: [String: Deixis] = [
        "dernier": .last, "derniere": .last, "passe": .last, "passee": .last,
        "prochain": .next, "prochaine": .next,
    ]

    /// Demonstratives that make a weekday deictic ("ce mercredi").
    static let demonstratives: Set<String> = ["ce", "cet", "cette"]

    /// Determiners that belong to a date's span ("le 6 janvier", "le mercredi").
    static let determiners: Set<String> = ["le", "la", "l"]

    /// Words before a bare month that make it a date ("en mars", "depuis mai", "fin juin").
    static let calendarPrepositions: Set<String> = [
        "en", "de", "d", "depuis", "des", "avant", "apres", "jusqu", "fin", "debut", "mi", "courant", "entre",
        "et", "au", "a", "vers", "durant", "pendant", "mois", "ou", "dans", "pour", "par",
    ]

    /// Words before a bare four-digit number that make it a year ("en 2019", "depuis 1998").
    /// "de", "à" and "et" only count between two years ("de 2019 à 2021"): "près de 2000
    /// personnes" is a count.
    static let yearPrepositions: Set<String> = [
        "en", "depuis", "des", "avant", "apres", "fin", "debut", "mi", "courant", "entre", "vers", "durant",
        "pendant", "annee", "an", "printemps", "ete", "automne", "hiver", "saison", "exercice",
    ]

    /// Words that join two years into a range or a list ("de 2019 à 2021", "2019 et 2021").
    static let yearLinks: Set<String> = ["de", "a", "au", "et", "ou"]

    /// Single words that are days counted from the document date.
    static let deicticDays: [String: Int] = ["aujourd'hui": 0, "hier": -1, "demain": 1]

    /// Ordinal forms of the first day of a month ("1er", "premier").
    static let firstDayWords: Set<String> = ["er", "premier"]
}
