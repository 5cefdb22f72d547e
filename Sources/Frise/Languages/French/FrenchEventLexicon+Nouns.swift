extension FrenchEventLexicon {
    /// Event nouns by folded singular and plural: `nouns["entretiens"]` is (meeting, occurrence).
    ///
    /// Nouns that fold onto a more common word are left out: "marche" is also
    /// "marché" (market). Words that head organisation names ("alliance",
    /// "union", "front") are left out too, so "Alliance atlantique" stays a name.
    static let nouns: WordMap<Meaning> = {
        var table = WordMap<Meaning>()
        for (type, eventClass, words) in nounRows {
            for word in words {
                for form in [word, plural(of: word)] where table[form] == nil { table[form] = (type, eventClass) }
            }
        }
        return table
    }()

    /// The noun table by singular, one row per meaning.
    static let nounRows: [(EventType, EventClass, [String])] = [
        (.call, .occurrence, ["appel", "coup de fil", "telephone"]),
        (.visit, .occurrence, ["visite", "voyage", "deplacement", "tournee", "sejour", "escale", "periple", "venue"]),
        (.hosting, .occurrence, ["reception", "accueil"]),
        (.meeting, .occurrence, [
            "entretien", "rencontre", "reunion", "sommet", "conference", "discussion", "echange", "consultation",
            "concertation", "seance", "colloque", "tete a tete", "conseil des ministres",
        ]),
        (.negotiation, .occurrence, ["negociation", "pourparlers", "tractations", "dialogue", "mediation"]),
        (.statement, .reporting, [
            "communique", "declaration", "discours", "interview", "allocution", "message", "avertissement",
            "tweet", "conference de presse", "point de presse",
        ]),
        (.statement, .iAction, ["demande", "promesse", "exhortation", "requete"]),
        (.announcement, .occurrence, ["annonce", "lancement", "inauguration", "publication", "proclamation"]),
        (.praise, .occurrence, ["hommage", "eloge", "felicitations", "remerciements", "soutien", "ovation"]),
        (.criticism, .occurrence, [
            "critique", "denonciation", "reproche", "accusation", "ultimatum", "sanction", "blame", "mise en garde",
            "desaveu", "reprobation",
        ]),
        (.criticism, .iAction, ["menace", "refus"]),
        (.agreement, .occurrence, [
            "accord", "traite", "pacte", "signature", "ratification", "cessez le feu", "treve", "compromis",
            "memorandum", "protocole", "partenariat", "fusion", "rachat",
        ]),
        (.protest, .occurrence, [
            "greve", "manifestation", "rassemblement", "protestation", "boycott", "emeute", "mobilisation",
            "defile", "contestation", "revolte", "soulevement", "sit in", "blocage", "petition",
        ]),
        (.violence, .occurrence, [
            "attentat", "attaque", "frappe", "bombardement", "explosion", "fusillade", "assassinat", "meurtre",
            "escalade", "riposte", "offensive", "incursion", "raid", "affrontement", "combat", "guerre", "conflit",
            "violence", "tir", "agression", "massacre", "invasion", "enlevement", "embuscade", "represailles",
            "bataille", "tuerie", "pilonnage", "prise d otages", "insurrection", "blocus", "coup d etat", "putsch",
            "execution", "lynchage", "guerilla",
        ]),
        (.election, .occurrence, [
            "election", "scrutin", "vote", "referendum", "primaire", "investiture", "legislatives", "presidentielle",
            "municipales", "regionales", "europeennes", "senatoriales", "nomination", "designation", "reelection",
            "plebiscite",
        ]),
        (.legal, .occurrence, [
            "proces", "condamnation", "arrestation", "inculpation", "enquete", "verdict", "audience", "jugement",
            "plainte", "perquisition", "interpellation", "incarceration", "extradition", "expulsion",
            "acquittement", "relaxe", "amende", "poursuites", "requisitoire", "recours", "audition", "mise en examen",
            "garde a vue", "deliberation",
        ]),
        (.other, .occurrence, [
            "incendie", "seisme", "tempete", "inondation", "accident", "naufrage", "crash", "deces", "mort",
            "demission", "victoire", "defaite", "match", "finale", "ouragan", "cyclone", "typhon", "canicule",
            "secheresse", "eruption", "avalanche", "epidemie", "ceremonie", "funerailles", "obseques", "naissance",
            "mariage", "faillite", "ouverture", "fermeture", "evacuation", "sauvetage", "liberation", "retrait",
            "deploiement", "limogeage", "tremblement de terre", "glissement de terrain", "coup d envoi",
        ]),
        (.other, .iAction, ["tentative", "decision"]),
    ]

    /// The plural of an event noun: "appel" → "appels", "tribunal" → "tribunaux", "proces" → "proces".
    ///
    /// Multiword nouns put the plural on their head ("coup de fil" → "coups de fil").
    static func plural(of noun: String) -> String {
        if let space = noun.firstIndex(of: " ") {
            return plural(of: String(noun[..<space])) + noun[space...]
        }
        if noun.hasSuffix("s") || noun.hasSuffix("x") || noun.hasSuffix("z") { return noun }
        if noun.hasSuffix("al") { return noun.dropLast(2) + "aux" }
        if noun.hasSuffix("eu") || noun.hasSuffix("au") { return noun + "x" }
        return noun + "s"
    }
}
