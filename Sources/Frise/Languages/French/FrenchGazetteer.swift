/// What kind of place a gazetteer name is.
enum PlaceKind: String, Sendable {
    case country, region, city, territory
}

/// Names and words that tell who and where in French news: places, demonyms, titles, organisations.
///
/// Every table is keyed by folded words (see `Folding`); a multiword key joins
/// its words with one space and drops hyphens and apostrophes, as
/// `FrenchGazetteer.key(_:)` does: "États-Unis" → "etats unis", "Côte d’Ivoire"
/// → "cote d ivoire". The data are written in ordinary French spelling and
/// folded once when a table is first used. Places are in
/// `FrenchGazetteer+Places.swift`, demonyms in `FrenchGazetteer+Demonyms.swift`,
/// organisations in `FrenchGazetteer+Organisations.swift`.
enum FrenchGazetteer {
    /// The key of a name: folded words joined by one space, hyphens and apostrophes dropped.
    ///
    /// `key("Côte d’Ivoire") == "cote d ivoire"`, `key("Tel-Aviv") == "tel aviv"`.
    static func key(_ name: String) -> String {
        let folded = Folding.fold(name)
        if folded.utf8.allSatisfy({ $0 < 0x80 }) {
            // ASCII, as nearly all folded names are: words are runs of letters and digits.
            return Folding.joinedWords(ofASCII: folded.utf8) { byte in
                switch byte {
                case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
                     UInt8(ascii: "0")...UInt8(ascii: "9"): true
                default: false
                }
            }
        }
        var words: [String] = []
        var word = String.UnicodeScalarView()
        for scalar in folded.unicodeScalars {
            if scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) {
                word.append(scalar)
            } else if !word.isEmpty {
                words.append(String(word))
                word = String.UnicodeScalarView()
            }
        }
        if !word.isEmpty { words.append(String(word)) }
        return words.joined(separator: " ")
    }

    /// Every key of `places` and `organisations` (true), and every run of words that starts one
    /// and is none (false): "etats unis" and "etats".
    static let namePrefixes: WordMap<Bool> = {
        var prefixes = WordMap<Bool>()
        for var name in [places.keys, organisations.keys].joined() {
            // A key's words are joined by single spaces: its prefixes end before each space.
            name.withUTF8 { bytes in
                for end in bytes.indices where bytes[end] == UInt8(ascii: " ") {
                    let prefix = String(decoding: UnsafeBufferPointer(rebasing: bytes[..<end]), as: UTF8.self)
                    if prefixes[prefix] == nil { prefixes[prefix] = false }
                }
            }
            prefixes[name] = true
        }
        return prefixes
    }()

    /// The second word of every key of `places` and `organisations` of more than one ("unis" of
    /// "etats unis"): a word that starts names and is none ("la", "etats") starts one only
    /// where one of these follows it.
    static let nameSecondWords = WordSet([places.keys, organisations.keys].joined().compactMap { name in
        name.split(separator: " ").dropFirst().first.map(String.init)
    })

    /// Single folded words that head a title or a role before a person's name, singular and plural.
    ///
    /// "le ministre marocain des Affaires étrangères, Nasser Bourita": "ministre".
    /// "porte" stands for "porte-parole", whose hyphen splits it into two words.
    static let titles: WordSet = withPlurals([
        // Heads of state and government, royalty, religion
        "president", "presidente", "roi", "reine", "prince", "princesse", "monarque", "souverain", "emir",
        "sultan", "cheikh", "chancelier", "chanceliere", "pape", "imam", "ayatollah", "rabbin", "eveque",
        "archeveque", "cardinal", "patriarche", "pasteur", "abbe", "mufti", "calife",
        // Government, parliament, diplomacy
        "ministre", "secretaire", "porte", "vice", "ex", "ancien", "ancienne", "chef", "cheffe", "leader",
        "dirigeant", "dirigeante", "homologue", "conseiller", "conseillere", "depute", "deputee", "senateur",
        "senatrice", "elu", "elue", "candidat", "candidate", "maire", "adjoint", "adjointe", "gouverneur",
        "prefet", "prefete", "commissaire", "ambassadeur", "ambassadrice", "consul", "consule", "diplomate",
        "envoye", "envoyee", "emissaire", "mediateur", "mediatrice", "negociateur", "negociatrice",
        "representant", "representante", "rapporteur", "rapporteure", "delegue", "deleguee", "attache",
        "militant", "militante", "activiste", "opposant", "opposante", "syndicaliste", "responsable",
        // Justice and security
        "juge", "magistrat", "magistrate", "procureur", "procureure", "avocat", "avocate", "greffier",
        "general", "generale", "colonel", "commandant", "capitaine", "lieutenant", "sergent", "marechal",
        "amiral", "officier", "soldat", "policier", "policiere", "gendarme",
        // Business, institutions, culture
        "directeur", "directrice", "patron", "patronne", "pdg", "fondateur", "fondatrice", "cofondateur",
        "proprietaire", "administrateur", "administratrice", "gerant", "gerante", "tresorier", "tresoriere",
        "economiste", "expert", "experte", "analyste", "chercheur", "chercheuse", "professeur", "professeure",
        "docteur", "medecin", "journaliste", "correspondant", "correspondante", "editorialiste", "ecrivain",
        "ecrivaine", "auteur", "autrice", "acteur", "actrice", "chanteur", "chanteuse", "artiste",
        "realisateur", "realisatrice",
        // Sport
        "entraineur", "entraineuse", "selectionneur", "joueur", "joueuse", "attaquant", "defenseur", "gardien",
        "milieu", "coureur", "coureuse", "pilote", "champion", "championne", "athlete", "arbitre",
    ])

    /// Folded title phrases of several words, keyed like names ("secrétaire d’État" → "secretaire d etat").
    ///
    /// Callers that match on two words find "porte parole", "premier ministre", "vice president"…
    static let titlePhrases: WordSet = [
        "porte parole", "porte paroles", "premier ministre", "premiere ministre", "secretaire d etat",
        "secretaire general", "secretaire generale", "sous secretaire", "chef d etat", "chef d etat major",
        "chef de l etat", "chef du gouvernement", "chef de la diplomatie", "chefs de la diplomatie", "chef de file",
        "garde des sceaux", "haut commissaire", "haute commissaire", "haut representant", "haute representante",
        "vice president", "vice presidente", "vice premier ministre", "charge d affaires", "directeur general",
        "directrice generale", "president directeur general", "procureur general", "procureur de la republique",
        "juge d instruction", "conseiller special", "conseillere speciale", "prince heritier", "ministre d etat",
        "chef d etat major des armees", "numero deux", "numero un", "ex president", "ex ministre",
    ]

    /// Folded nouns that head organisation names: "l’administration Biden", "Comité Al-Qods".
    static let organisationHeads: WordSet = withPlurals([
        // Government and public bodies
        "administration", "gouvernement", "ministere", "departement", "cabinet", "bureau", "secretariat",
        "autorite", "conseil", "commission", "comite", "agence", "office", "institut", "observatoire", "mairie",
        "prefecture", "municipalite", "presidence", "parlement", "assemblee", "senat", "chambre", "congres",
        "tribunal", "cour", "parquet",
        // Armed forces and police
        "armee", "forces", "marine", "garde", "brigade", "regiment", "bataillon", "police", "gendarmerie",
        "milice",
        // Parties, unions, movements
        "parti", "syndicat", "union", "federation", "confederation", "ligue", "alliance", "front", "mouvement",
        "coalition", "rassemblement", "organisation", "association", "collectif", "communaute",
        // Companies, finance, education, culture, religion
        "entreprise", "groupe", "societe", "compagnie", "banque", "caisse", "fonds", "fondation", "universite",
        "ecole", "academie", "hopital", "musee", "club", "equipe", "eglise", "diocese", "radio", "television",
        "journal", "quotidien", "magazine",
    ])

    /// Capitalised words and names that are not people or organisations taking part in an event.
    ///
    /// Media platforms and outlets ("indique sur Twitter"), honorifics ("SM le Roi"), religious and
    /// holiday words, and function words that open sentences with a capital ("Pour rappel").
    static let nonActors: WordSet = [
        // Platforms and media outlets
        "twitter", "x", "facebook", "instagram", "youtube", "tiktok", "telegram", "whatsapp", "snapchat",
        "linkedin", "threads", "bluesky", "truth", "afp", "reuters", "ap", "bloomberg", "cnn", "bbc",
        "al jazeera", "le monde", "le figaro", "liberation", "mediapart", "bfmtv", "franceinfo", "lci", "tf1",
        "rfi", "france 24", "le parisien", "les echos", "new york times", "washington post", "map", "aps",
        "wafa", "tass", "ria", "xinhua", "anadolu", "irna", "efe", "dpa", "ansa", "hespress",
        // Honorifics and abbreviations
        "sm", "s m", "sar", "m", "mm", "mme", "mmes", "mlle", "mr", "dr", "me", "pr", "mgr",
        // Religious and holiday words
        "dieu", "allah", "seigneur", "noel", "paques", "ramadan", "aid", "toussaint", "pentecote", "careme",
        "ascension", "assomption", "hanoucca", "kippour", "shabbat", "tabaski",
        // Articles, pronouns and determiners
        "le", "la", "les", "l", "un", "une", "des", "il", "elle", "ils", "elles", "on", "nous", "vous", "je",
        "tu", "ce", "cet", "cette", "ces", "c", "ceci", "cela", "ca", "celui", "celle", "ceux", "celles",
        "son", "sa", "ses", "leur", "leurs", "mon", "ma", "mes", "notre", "nos", "votre", "vos", "qui", "que",
        "quoi", "dont", "quel", "quelle", "quels", "quelles", "tout", "tous", "toute", "toutes", "chaque",
        "plusieurs", "certains", "certaines", "aucun", "aucune", "autre", "autres", "meme",
        // Prepositions and conjunctions
        "pour", "dans", "durant", "pendant", "suite", "selon", "apres", "avant", "depuis", "mais", "et", "ou",
        "de", "du", "d", "en", "au", "aux", "a", "sur", "sous", "par", "lors", "tandis", "alors", "cependant",
        "pourtant", "ainsi", "enfin", "donc", "or", "ni", "car", "si", "quand", "lorsque", "puis", "ensuite",
        "aussi", "outre", "malgre", "contre", "entre", "vers", "chez", "avec", "sans", "parmi", "face",
        "pres", "loin", "jusqu", "jusque", "comme", "parce", "puisque",
        // Adverbs that open sentences
        "hier", "aujourd", "aujourd hui", "demain", "deja", "encore", "toujours", "jamais", "oui", "non",
        "plus", "moins", "tres", "bien", "peu", "beaucoup", "ici", "voici", "voila", "certes", "toutefois",
        "neanmoins", "notamment", "surtout", "egalement", "desormais", "auparavant", "actuellement",
        "finalement", "bref", "rappel", "cote", "ailleurs", "part", "interroge", "interrogee", "contacte",
        "contactee", "reste", "mieux", "seul", "seule", "seuls", "seules",
    ]

    /// The words with their plurals added: "ministre" → "ministres", "general" → "generaux".
    static func withPlurals(_ words: [String]) -> WordSet {
        var set = WordSet(words)
        for word in words {
            if word.hasSuffix("s") || word.hasSuffix("x") || word.hasSuffix("z") { continue }
            set.insert(word.hasSuffix("al") ? word.dropLast(2) + "aux" : word + "s")
            if word.hasSuffix("eau") || word.hasSuffix("eu") { set.insert(word + "x") }
        }
        return set
    }
}
