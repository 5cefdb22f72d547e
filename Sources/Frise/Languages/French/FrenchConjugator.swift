/// Conjugates French verbs into all their folded forms, so the event lexicon can list infinitives only.
///
/// Regular verbs follow their group: "-er" ("louer": loue, louait, loua,
/// louera, loué, louant…), "-ir" like "finir" (réunit, réunissait, réunira…)
/// and "-re" like "rendre" (rend, rendait, rendit, rendu…). Irregular verbs
/// follow a model named by its root, shared by the verbs built on that root
/// with a prefix: "re|venir", "inter|venir", "cond|uire", "att|eindre".
/// Forms are folded (see `Folding`), so accents and cedillas need no rules:
/// "reçu" is "recu", "lançons" is "lancons".
///
/// Covered: infinitive, présent, imparfait, passé simple, futur, conditionnel,
/// subjonctif présent and the third persons of the imparfait du subjonctif,
/// past participles in their four agreements, present participle.
enum FrenchConjugator {
    /// Every folded form of the verb, the infinitive included, without duplicates.
    ///
    /// `forms(of: "recevoir")` holds "recoit", "recevait", "recut", "recevra", "recu", "recues"…
    static func forms(of infinitive: String) -> [String] { unique(formsWithRepeats(of: infinitive)) }

    /// `forms(of:)` before the repeats are taken out, the infinitive first: for a table that
    /// keeps a form's first entry anyway (a set per verb was a sixth of building the lexicon's).
    ///
    /// The forms are appended to one array as they are made: an array of endings mapped, then
    /// added to the forms, made two arrays for every tense (the event lexicon's table of verb
    /// forms, 417 verbs, the longest table `frise` builds at start-up: 27.3 M instructions, now
    /// 22.1 M).
    static func formsWithRepeats(of infinitive: String) -> [String] {
        let verb = Folding.fold(infinitive)
        var forms = [verb]
        forms.reserveCapacity(64)  // a regular verb's 48 forms, an irregular one's up to 62
        if let (model, prefix) = model(of: verb) {
            model.appendForms(to: &forms, prefix: prefix)
        } else if verb.hasSuffix("er") {
            firstGroup(verb, into: &forms)
        } else if verb.hasSuffix("ir") {
            secondGroup(verb, into: &forms)
        } else if verb.hasSuffix("re") {
            thirdGroup(verb, into: &forms)
        }
        return forms
    }

    /// The folded past participles of the verb, in their four agreements ("recu", "recue", "recus", "recues").
    static func pastParticiples(of infinitive: String) -> [String] {
        let verb = Folding.fold(infinitive)
        if let (model, prefix) = model(of: verb) { return model.participles.map { prefix + $0 } }
        var participles: [String] = []
        let stem = stem(of: verb)
        if verb.hasSuffix("er") { appendAgreements(of: stem + "e", to: &participles) }
        if verb.hasSuffix("ir") { appendAgreements(of: stem + "i", to: &participles) }
        if verb.hasSuffix("re") { appendAgreements(of: stem + "u", to: &participles) }
        return participles
    }

    /// A folded infinitive without its last two letters ("louer" → "lou"); folded forms are ASCII,
    /// a byte a letter.
    static func stem(of verb: String) -> String { String(decoding: verb.utf8.dropLast(2), as: UTF8.self) }

    // MARK: - Regular groups

    /// Verbs in "-eler" and "-eter" that double their consonant before a mute e ("appelle", "jette").
    static let doublingVerbs: WordSet = [
        "appeler", "rappeler", "interpeler", "renouveler", "epeler", "jeter", "rejeter", "projeter", "feuilleter",
    ]

    /// "-er" verbs: stems change before a mute e ("-oyer" → "emploie", "appeler" → "appelle") and
    /// "-ger" keeps its soft g before a and o ("mangeons", "mangeait").
    static func firstGroup(_ verb: String, into forms: inout [String]) {
        let stem = stem(of: verb)
        let soft = stem.hasSuffix("g") ? stem + "e" : stem
        var muteStems = [stem]
        if doublingVerbs.contains(verb) {
            muteStems = [stem + String(stem.last!)]
        } else if stem.hasSuffix("oy") || stem.hasSuffix("uy") {
            muteStems = [String(stem.dropLast()) + "i"]
        } else if stem.hasSuffix("ay") {
            muteStems = [stem, String(stem.dropLast()) + "i"]
        }
        for mute in muteStems {
            forms.append(mute, endings: ["e", "es", "ent"])
            let future = mute + "er"
            forms.append(future, endings: futureEndings)
            forms.append(future, endings: conditionalEndings)
        }
        forms.append(soft + "ons")
        forms.append(stem, endings: ["ez", "ions", "iez", "erent"])
        forms.append(soft, endings: ["ais", "ait", "aient", "a", "as", "ai", "ames", "ates", "asse", "at", "ant"])
        appendAgreements(of: stem + "e", to: &forms)
    }

    /// "-ir" verbs conjugated like "finir": "réunit", "réunissons", "réunissait", "réunirent", "réuni".
    static func secondGroup(_ verb: String, into forms: inout [String]) {
        let stem = stem(of: verb)
        let long = stem + "iss"
        forms.append(stem, endings: ["is", "it", "imes", "ites", "irent"])
        forms.append(long, endings: ["ons", "ez", "ent", "e", "es", "ant"])
        forms.append(long, endings: imperfectEndings)
        forms.append(verb, endings: futureEndings)
        forms.append(verb, endings: conditionalEndings)
        appendAgreements(of: stem + "i", to: &forms)
    }

    /// "-re" verbs conjugated like "rendre": "rend", "rendons", "rendait", "rendit", "rendra", "rendu";
    /// a stem in p takes a t ("rompt").
    static func thirdGroup(_ verb: String, into forms: inout [String]) {
        let stem = stem(of: verb)
        forms.append(stem + "s")
        forms.append(stem.hasSuffix("p") ? stem + "t" : stem)
        forms.append(stem, endings: ["ons", "ez", "ent", "e", "es", "ant"])
        forms.append(stem, endings: imperfectEndings)
        forms.append(stem, endings: PastVowel.i.endings)
        let future = String(decoding: verb.utf8.dropLast(), as: UTF8.self)
        forms.append(future, endings: futureEndings)
        forms.append(future, endings: conditionalEndings)
        appendAgreements(of: stem + "u", to: &forms)
    }

    // MARK: - Shared endings

    static let imperfectEndings = ["ais", "ait", "ions", "iez", "aient"]
    static let futureEndings = ["ai", "as", "a", "ons", "ez", "ont"]
    static let conditionalEndings = ["ais", "ait", "ions", "iez", "aient"]

    /// The four agreements of a past participle: "recu", "recue", "recus", "recues"; "pris" stays "pris".
    static func agreements(of masculine: String) -> [String] {
        var agreements: [String] = []
        appendAgreements(of: masculine, to: &agreements)
        return agreements
    }

    /// Appends `agreements(of: masculine)` to `forms`.
    static func appendAgreements(of masculine: String, to forms: inout [String]) {
        forms.append(masculine)
        forms.append(masculine + "e")
        forms.append(masculine.hasSuffix("s") ? masculine : masculine + "s")
        forms.append(masculine + "es")
    }

    static func unique(_ forms: [String]) -> [String] {
        var seen = Set<String>(minimumCapacity: forms.count)
        return forms.filter { seen.insert($0).inserted }
    }

    // MARK: - Irregular models

    /// The vowel of a passé simple: "-a" (alla), "-i" (prit), "-u" (reçut), "-in" (vint).
    enum PastVowel {
        case a, i, u, `in`

        /// Passé simple endings, then the imparfait du subjonctif ones (third persons).
        var endings: [String] {
            switch self {
            case .a: ["ai", "as", "a", "ames", "ates", "erent", "asse", "at", "assent"]
            case .i: ["is", "it", "imes", "ites", "irent", "isse", "issent"]
            case .u: ["us", "ut", "umes", "utes", "urent", "usse", "ussent"]
            case .in: ["ins", "int", "inmes", "intes", "inrent", "insse", "inssent"]
            }
        }
    }

    /// The principal parts of an irregular verb, from which all its forms follow.
    ///
    /// `prefixes` lists the prefixes that build other verbs on the root ("" is the root itself);
    /// nil accepts any prefix ("craindre", "atteindre" and "rejoindre" all end in a model root).
    struct Model: Sendable {
        var root: String
        var prefixes: [String]?
        /// The présent, space-separated (usually six persons; extra variants allowed).
        var present: String
        var imperfect: String
        var pastStem: String
        var pastVowel: PastVowel
        var future: String
        var participle: String
        /// False when the participle never agrees ("été", "pu", "plu", "fallu").
        var agrees = true
        var gerund: String
        /// The stem of the subjonctif singular and third plural ("vienn" → vienne, viennent).
        var subjunctive: String
        /// Forms the parts above cannot build (subjunctives of "être" and "avoir").
        var extra = ""

        var participles: [String] { agrees ? FrenchConjugator.agreements(of: participle) : [participle] }

        /// Appends the model's forms, each after `prefix` (the verb built on the root).
        func appendForms(to forms: inout [String], prefix: String) {
            forms.append(prefix + root)
            for form in present.split(separator: " ") { forms.append(prefix + form) }
            forms.append(prefix + imperfect, endings: FrenchConjugator.imperfectEndings)
            forms.append(prefix + pastStem, endings: pastVowel.endings)
            forms.append(prefix + future, endings: FrenchConjugator.futureEndings)
            forms.append(prefix + future, endings: FrenchConjugator.conditionalEndings)
            forms.append(prefix + subjunctive, endings: ["e", "es", "ent"])
            for participle in participles { forms.append(prefix + participle) }
            forms.append(prefix + gerund)
            for form in extra.split(separator: " ") { forms.append(prefix + form) }
        }
    }

    /// The model of an irregular verb and the prefix it adds, choosing the longest matching root.
    static func model(of verb: String) -> (Model, String)? {
        // By index and by bytes (verbs and roots are folded): copying a model copies its strings,
        // and the lexicon asks this for each of its verbs at start-up.
        var best: (index: Int, prefix: String)?
        let verbBytes = Array(verb.utf8)
        for (index, root) in modelRoots.enumerated() {
            guard verbBytes.count >= root.count, verbBytes.suffix(root.count).elementsEqual(root) else { continue }
            let prefix = String(decoding: verbBytes.dropLast(root.count), as: UTF8.self)
            guard models[index].prefixes?.contains(prefix) ?? true else { continue }
            if best.map({ root.count > modelRoots[$0.index].count }) ?? true { best = (index, prefix) }
        }
        return best.map { (models[$0.index], $0.prefix) }
    }

    /// The UTF-8 of each model's root, in the order of `models`.
    static let modelRoots = models.map { Array($0.root.utf8) }

    /// Irregular verbs by model root, with the prefixes that share the model.
    static let models: [Model] = [
        Model(root: "etre", prefixes: [""], present: "suis es est sommes etes sont", imperfect: "et", pastStem: "f",
              pastVowel: .u, future: "ser", participle: "ete", agrees: false, gerund: "etant", subjunctive: "soi",
              extra: "sois soit soyons soyez soient"),
        Model(root: "avoir", prefixes: [""], present: "ai as a avons avez ont", imperfect: "av", pastStem: "e",
              pastVowel: .u, future: "aur", participle: "eu", gerund: "ayant", subjunctive: "ai",
              extra: "aie aies ait ayons ayez aient"),
        Model(root: "aller", prefixes: [""], present: "vais vas va allons allez vont", imperfect: "all",
              pastStem: "all", pastVowel: .a, future: "ir", participle: "alle", gerund: "allant", subjunctive: "aill"),
        Model(root: "faire", prefixes: ["", "re", "de", "satis", "contre", "par", "sur"],
              present: "fais fais fait faisons faites font", imperfect: "fais", pastStem: "f", pastVowel: .i,
              future: "fer", participle: "fait", gerund: "faisant", subjunctive: "fass", extra: "fassions fassiez"),
        Model(root: "dire", prefixes: ["", "re"], present: "dis dis dit disons dites disent", imperfect: "dis",
              pastStem: "d", pastVowel: .i, future: "dir", participle: "dit", gerund: "disant", subjunctive: "dis"),
        // "interdire", "prédire", "contredire" and "médire" say "-disez", not "-dites".
        Model(root: "dire", prefixes: ["inter", "pre", "contre", "me", "de"],
              present: "dis dis dit disons disez disent", imperfect: "dis", pastStem: "d", pastVowel: .i,
              future: "dir", participle: "dit", gerund: "disant", subjunctive: "dis"),
        Model(root: "crire", prefixes: ["e", "ree", "de", "ins", "pres", "sous", "trans", "pro", "circons"],
              present: "cris cris crit crivons crivez crivent", imperfect: "criv", pastStem: "criv", pastVowel: .i,
              future: "crir", participle: "crit", gerund: "crivant", subjunctive: "criv"),
        Model(root: "prendre", prefixes: ["", "com", "re", "sur", "entre", "ap", "des", "me"],
              present: "prends prends prend prenons prenez prennent", imperfect: "pren", pastStem: "pr",
              pastVowel: .i, future: "prendr", participle: "pris", gerund: "prenant", subjunctive: "prenn"),
        Model(root: "mettre", prefixes: ["", "pro", "per", "ad", "sou", "re", "trans", "com", "compro", "o", "de"],
              present: "mets mets met mettons mettez mettent", imperfect: "mett", pastStem: "m", pastVowel: .i,
              future: "mettr", participle: "mis", gerund: "mettant", subjunctive: "mett"),
        Model(root: "battre", prefixes: ["", "a", "com", "de", "re"],
              present: "bats bats bat battons battez battent", imperfect: "batt", pastStem: "batt", pastVowel: .i,
              future: "battr", participle: "battu", gerund: "battant", subjunctive: "batt"),
        Model(root: "cevoir", prefixes: ["re", "per", "de", "con", "aper"],
              present: "cois cois coit cevons cevez coivent", imperfect: "cev", pastStem: "c", pastVowel: .u,
              future: "cevr", participle: "cu", gerund: "cevant", subjunctive: "coiv"),
        Model(root: "devoir", prefixes: [""], present: "dois dois doit devons devez doivent", imperfect: "dev",
              pastStem: "d", pastVowel: .u, future: "devr", participle: "du", gerund: "devant", subjunctive: "doiv"),
        Model(root: "pouvoir", prefixes: [""], present: "peux peux peut pouvons pouvez peuvent puis",
              imperfect: "pouv", pastStem: "p", pastVowel: .u, future: "pourr", participle: "pu", agrees: false,
              gerund: "pouvant", subjunctive: "puiss", extra: "puissions puissiez"),
        Model(root: "vouloir", prefixes: [""], present: "veux veux veut voulons voulez veulent", imperfect: "voul",
              pastStem: "voul", pastVowel: .u, future: "voudr", participle: "voulu", gerund: "voulant",
              subjunctive: "veuill"),
        Model(root: "savoir", prefixes: [""], present: "sais sais sait savons savez savent", imperfect: "sav",
              pastStem: "s", pastVowel: .u, future: "saur", participle: "su", gerund: "sachant", subjunctive: "sach"),
        Model(root: "valoir", prefixes: ["", "pre", "re", "equi"], present: "vaux vaux vaut valons valez valent",
              imperfect: "val", pastStem: "val", pastVowel: .u, future: "vaudr", participle: "valu",
              gerund: "valant", subjunctive: "vaill"),
        Model(root: "falloir", prefixes: [""], present: "faut", imperfect: "fall", pastStem: "fall", pastVowel: .u,
              future: "faudr", participle: "fallu", agrees: false, gerund: "fallant", subjunctive: "faill"),
        Model(root: "voir", prefixes: ["", "re", "entre"], present: "vois vois voit voyons voyez voient",
              imperfect: "voy", pastStem: "v", pastVowel: .i, future: "verr", participle: "vu", gerund: "voyant",
              subjunctive: "voi"),
        Model(root: "prevoir", prefixes: [""], present: "prevois prevois prevoit prevoyons prevoyez prevoient",
              imperfect: "prevoy", pastStem: "prev", pastVowel: .i, future: "prevoir", participle: "prevu",
              gerund: "prevoyant", subjunctive: "prevoi"),
        Model(root: "asseoir", prefixes: ["", "r"],
              present: "assieds assieds assied asseyons asseyez asseyent assois assoit assoyons assoient",
              imperfect: "assey", pastStem: "ass", pastVowel: .i, future: "assier", participle: "assis",
              gerund: "asseyant", subjunctive: "assey"),
        Model(root: "venir",
              prefixes: ["", "re", "de", "inter", "par", "con", "pre", "sur", "sou", "ad", "contre", "pro"],
              present: "viens viens vient venons venez viennent", imperfect: "ven", pastStem: "v", pastVowel: .in,
              future: "viendr", participle: "venu", gerund: "venant", subjunctive: "vienn"),
        Model(root: "tenir", prefixes: ["", "ob", "main", "sou", "re", "entre", "con", "de", "ap", "abs"],
              present: "tiens tiens tient tenons tenez tiennent", imperfect: "ten", pastStem: "t", pastVowel: .in,
              future: "tiendr", participle: "tenu", gerund: "tenant", subjunctive: "tienn"),
        Model(root: "mourir", prefixes: [""], present: "meurs meurs meurt mourons mourez meurent", imperfect: "mour",
              pastStem: "mour", pastVowel: .u, future: "mourr", participle: "mort", gerund: "mourant",
              subjunctive: "meur"),
        Model(root: "courir", prefixes: ["", "se", "par", "con", "re", "en", "ac", "dis"],
              present: "cours cours court courons courez courent", imperfect: "cour", pastStem: "cour",
              pastVowel: .u, future: "courr", participle: "couru", gerund: "courant", subjunctive: "cour"),
        Model(root: "ouvrir", prefixes: ["", "r", "entr"], present: "ouvre ouvres ouvre ouvrons ouvrez ouvrent",
              imperfect: "ouvr", pastStem: "ouvr", pastVowel: .i, future: "ouvrir", participle: "ouvert",
              gerund: "ouvrant", subjunctive: "ouvr"),
        Model(root: "couvrir", prefixes: ["", "de", "re", "rede"],
              present: "couvre couvres couvre couvrons couvrez couvrent", imperfect: "couvr", pastStem: "couvr",
              pastVowel: .i, future: "couvrir", participle: "couvert", gerund: "couvrant", subjunctive: "couvr"),
        Model(root: "offrir", prefixes: [""], present: "offre offres offre offrons offrez offrent", imperfect: "offr",
              pastStem: "offr", pastVowel: .i, future: "offrir", participle: "offert", gerund: "offrant",
              subjunctive: "offr"),
        Model(root: "souffrir", prefixes: [""], present: "souffre souffres souffre souffrons souffrez souffrent",
              imperfect: "souffr", pastStem: "souffr", pastVowel: .i, future: "souffrir", participle: "souffert",
              gerund: "souffrant", subjunctive: "souffr"),
        Model(root: "cueillir", prefixes: ["", "ac", "re"],
              present: "cueille cueilles cueille cueillons cueillez cueillent", imperfect: "cueill",
              pastStem: "cueill", pastVowel: .i, future: "cueiller", participle: "cueilli", gerund: "cueillant",
              subjunctive: "cueill"),
        Model(root: "fuir", prefixes: ["", "en"], present: "fuis fuis fuit fuyons fuyez fuient", imperfect: "fuy",
              pastStem: "fu", pastVowel: .i, future: "fuir", participle: "fui", gerund: "fuyant", subjunctive: "fui"),
        Model(root: "querir", prefixes: ["ac", "con", "re", "en"],
              present: "quiers quiers quiert querons querez quierent", imperfect: "quer", pastStem: "qu",
              pastVowel: .i, future: "querr", participle: "quis", gerund: "querant", subjunctive: "quier"),
        Model(root: "naitre", prefixes: ["", "re"], present: "nais nais nait naissons naissez naissent",
              imperfect: "naiss", pastStem: "naqu", pastVowel: .i, future: "naitr", participle: "ne",
              gerund: "naissant", subjunctive: "naiss"),
        Model(root: "aitre", prefixes: ["conn", "reconn", "meconn", "par", "appar", "dispar", "compar", "repar"],
              present: "ais ais ait aissons aissez aissent", imperfect: "aiss", pastStem: "", pastVowel: .u,
              future: "aitr", participle: "u", gerund: "aissant", subjunctive: "aiss"),
        Model(root: "uire", prefixes: ["cond", "recond", "constr", "reconstr", "detr", "prod", "reprod", "red", "trad",
                                       "introd", "ind", "sed", "ded", "instr", "c"],
              present: "uis uis uit uisons uisez uisent", imperfect: "uis", pastStem: "uis", pastVowel: .i,
              future: "uir", participle: "uit", gerund: "uisant", subjunctive: "uis"),
        Model(root: "lire", prefixes: ["", "e", "ree", "re"], present: "lis lis lit lisons lisez lisent",
              imperfect: "lis", pastStem: "l", pastVowel: .u, future: "lir", participle: "lu", gerund: "lisant",
              subjunctive: "lis"),
        Model(root: "suivre", prefixes: ["", "pour"], present: "suis suis suit suivons suivez suivent",
              imperfect: "suiv", pastStem: "suiv", pastVowel: .i, future: "suivr", participle: "suivi",
              gerund: "suivant", subjunctive: "suiv"),
        Model(root: "vivre", prefixes: ["", "sur", "re"], present: "vis vis vit vivons vivez vivent", imperfect: "viv",
              pastStem: "vec", pastVowel: .u, future: "vivr", participle: "vecu", gerund: "vivant", subjunctive: "viv"),
        Model(root: "aindre", prefixes: nil, present: "ains ains aint aignons aignez aignent", imperfect: "aign",
              pastStem: "aign", pastVowel: .i, future: "aindr", participle: "aint", gerund: "aignant",
              subjunctive: "aign"),
        Model(root: "eindre", prefixes: nil, present: "eins eins eint eignons eignez eignent", imperfect: "eign",
              pastStem: "eign", pastVowel: .i, future: "eindr", participle: "eint", gerund: "eignant",
              subjunctive: "eign"),
        Model(root: "oindre", prefixes: nil, present: "oins oins oint oignons oignez oignent", imperfect: "oign",
              pastStem: "oign", pastVowel: .i, future: "oindr", participle: "oint", gerund: "oignant",
              subjunctive: "oign"),
        Model(root: "soudre", prefixes: ["re", "ab", "dis"], present: "sous sous sout solvons solvez solvent",
              imperfect: "solv", pastStem: "sol", pastVowel: .u, future: "soudr", participle: "solu",
              gerund: "solvant", subjunctive: "solv"),
        Model(root: "clure", prefixes: ["con", "in", "ex"], present: "clus clus clut cluons cluez cluent",
              imperfect: "clu", pastStem: "cl", pastVowel: .u, future: "clur", participle: "clu", gerund: "cluant",
              subjunctive: "clu"),
        Model(root: "croire", prefixes: [""], present: "crois crois croit croyons croyez croient", imperfect: "croy",
              pastStem: "cr", pastVowel: .u, future: "croir", participle: "cru", gerund: "croyant",
              subjunctive: "croi"),
        Model(root: "boire", prefixes: ["", "re"], present: "bois bois boit buvons buvez boivent", imperfect: "buv",
              pastStem: "b", pastVowel: .u, future: "boir", participle: "bu", gerund: "buvant", subjunctive: "boiv"),
        Model(root: "plaire", prefixes: ["", "de", "com"], present: "plais plais plait plaisons plaisez plaisent",
              imperfect: "plais", pastStem: "pl", pastVowel: .u, future: "plair", participle: "plu", agrees: false,
              gerund: "plaisant", subjunctive: "plais"),
        Model(root: "taire", prefixes: [""], present: "tais tais tait taisons taisez taisent", imperfect: "tais",
              pastStem: "t", pastVowel: .u, future: "tair", participle: "tu", gerund: "taisant", subjunctive: "tais"),
        Model(root: "vaincre", prefixes: ["", "con"], present: "vaincs vaincs vainc vainquons vainquez vainquent",
              imperfect: "vainqu", pastStem: "vainqu", pastVowel: .i, future: "vaincr", participle: "vaincu",
              gerund: "vainquant", subjunctive: "vainqu"),
        Model(root: "envoyer", prefixes: ["", "r"], present: "envoie envoies envoie envoyons envoyez envoient",
              imperfect: "envoy", pastStem: "envoy", pastVowel: .a, future: "enverr", participle: "envoye",
              gerund: "envoyant", subjunctive: "envoi"),
    ] + ["partir": [""], "sortir": ["", "res"], "sentir": ["", "res", "con", "pres"], "mentir": ["", "de"],
         "servir": ["", "des", "re"], "dormir": ["", "en", "ren"]].map(shortStemModel)

    /// "partir", "sortir", "sentir", "mentir", "servir", "dormir": the singular drops the stem's
    /// last consonant ("pars", "part"), the rest keeps it ("partons", "partait", "parti").
    static func shortStemModel(root: String, prefixes: [String]) -> Model {
        let stem = String(root.dropLast(2))
        let short = String(stem.dropLast())
        return Model(root: root, prefixes: prefixes, present: "\(short)s \(short)t \(stem)ons \(stem)ez \(stem)ent",
                     imperfect: stem, pastStem: stem, pastVowel: .i, future: root, participle: stem + "i",
                     gerund: stem + "ant", subjunctive: stem)
    }
}

extension [String] {
    /// Appends `stem` followed by each ending: `append("lou", endings: ["e", "es"])` adds "loue", "loues".
    fileprivate mutating func append(_ stem: String, endings: [String]) {
        for ending in endings { append(stem + ending) }
    }
}
