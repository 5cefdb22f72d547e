extension FrenchGazetteer {
    /// Well-known organisations by key, to the name to display: `organisations["onu"] == "ONU"`,
    /// `organisations["comite al qods"] == "Comité Al-Qods"`.
    ///
    /// Each name is written once as it is usually spelt and keyed with `key(_:)`; a name
    /// listed twice keeps its first spelling.
    static let organisations: WordMap<String> = {
        var table = WordMap<String>()
        for (_, names) in organisationRows {
            for name in names {
                let folded = key(name)
                let (known, hash) = table.lookUp(folded)
                if known == nil { table.insert(folded, name, hash: hash) }
            }
        }
        return table
    }()

    /// Organisation names grouped by field (the field is documentation only).
    static let organisationRows: [(field: String, names: [String])] = [
        ("United Nations system", [
            "ONU", "Nations unies", "Organisation des Nations unies", "Conseil de sécurité",
            "Assemblée générale des Nations unies", "FMI", "Fonds monétaire international", "Banque mondiale",
            "OMC", "Organisation mondiale du commerce", "OMS", "Organisation mondiale de la santé", "Unesco",
            "Unicef", "HCR", "Haut-Commissariat aux réfugiés", "UNRWA", "PAM", "Programme alimentaire mondial",
            "FAO", "OIT", "AIEA", "Agence internationale de l'énergie atomique", "OCHA", "PNUD", "Finul", "Minusma",
            "Monusco", "Cour internationale de justice", "CIJ", "Cour pénale internationale", "CPI",
        ]),
        ("Regional and international bodies", [
            "OTAN", "Alliance atlantique", "Union européenne", "UE", "Commission européenne", "Parlement européen",
            "Conseil européen", "Conseil de l'Europe", "BCE", "Banque centrale européenne",
            "Cour européenne des droits de l'homme", "CEDH", "Cour de justice de l'Union européenne", "CJUE",
            "Frontex", "Europol", "Interpol", "OSCE", "OCDE",
            "OPEP", "G7", "G20", "BRICS", "ASEAN", "Ligue arabe", "Union africaine", "UA", "Cédéao", "UEMOA",
            "Conseil de coopération du Golfe", "CCG", "Organisation de la coopération islamique", "OCI",
            "Comité Al-Qods", "Union du Maghreb arabe", "Organisation internationale de la francophonie", "OIF",
            "Croix-Rouge", "CICR", "Comité international de la Croix-Rouge", "Croissant-Rouge",
            "Médecins sans frontières", "MSF", "Amnesty International", "Human Rights Watch",
            "Reporters sans frontières", "RSF", "Greenpeace", "Oxfam", "Forum économique mondial",
        ]),
        ("Palestinian, Middle Eastern and armed groups", [
            "Hamas", "Hezbollah", "Fatah", "OLP", "Autorité palestinienne", "Jihad islamique", "État islamique",
            "Daech", "EI", "Al-Qaïda", "Aqmi", "Talibans", "Houthis", "Boko Haram", "Shebab", "Chebab", "Wagner",
            "Groupe Wagner", "PKK", "FARC", "Polisario", "Front Polisario", "Tsahal", "Mossad", "Shin Bet",
            "Knesset", "Gardiens de la révolution", "Brigades Ezzedine al-Qassam", "JNIM",
        ]),
        ("Governments and institutions by their seat", [
            "Maison Blanche", "Département d'État", "Pentagone", "Congrès", "Sénat américain", "FBI", "CIA", "NSA",
            "NASA", "Kremlin", "Douma", "Bundestag", "Downing Street", "Élysée", "Matignon", "Quai d'Orsay",
            "Bercy", "Beauvau", "Assemblée nationale", "Sénat", "Conseil constitutionnel", "Conseil d'État",
            "Cour de cassation", "Cour des comptes", "Banque de France", "Insee", "DGSI", "DGSE", "GIGN",
            "Makhzen",
        ]),
        ("French parties and unions", [
            "Rassemblement national", "RN", "Front national", "FN", "La France insoumise", "France insoumise", "LFI",
            "Les Républicains", "LR", "Parti socialiste", "PS", "Parti communiste", "PCF", "Renaissance", "MoDem",
            "EELV", "Les Écologistes", "Reconquête", "UDI", "Nupes", "Nouveau Front populaire", "NFP",
            "CGT", "CFDT", "FO", "Force ouvrière", "Unsa", "FSU", "CFE-CGC", "CFTC", "Medef",
            "CPME", "FNSEA",
        ]),
        ("Companies", [
            "SNCF", "RATP", "EDF", "Engie", "TotalEnergies", "Airbus", "Renault", "Stellantis", "Peugeot",
            "La Poste", "Air France", "BNP Paribas", "Société générale", "Crédit agricole", "LVMH", "Sanofi",
            "Apple", "Google", "Alphabet", "Amazon", "Microsoft", "Meta", "Tesla", "SpaceX", "OpenAI", "Boeing",
            "Gazprom", "Aramco", "OCP", "Royal Air Maroc", "Huawei", "Samsung", "Toyota", "Volkswagen",
        ]),
        ("Sport", [
            "FIFA", "UEFA", "CIO", "Comité international olympique", "CAF", "PSG", "Paris Saint-Germain", "OM",
            "Olympique de Marseille", "OL", "Real Madrid", "FC Barcelone", "Barça", "NBA", "FFF",
        ]),
    ]
}
