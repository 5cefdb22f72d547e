/// Reads the tense of the clause around a temporal expression from French verb morphology.
///
/// No tagger: auxiliaries followed by a participle (passé composé,
/// plus-que-parfait), futur and conditionnel endings, imparfait endings,
/// passé simple plurals, and the modal cues "prévu", "doit", "va" + infinitive.
/// The cue nearest to the expression wins; crossing a comma, a quote or a
/// semicolon counts as farther.
enum FrenchTense {
    static func tense(around range: Range<Int>, in text: TokenizedText, sentence: Sentence) -> Tense {
        let tokens = text.tokens
        var best: (distance: Int, tense: Tense)?
        for index in sentence.tokens where !range.contains(index) {
            guard let cue = cue(at: index, in: text, sentence: sentence) else { continue }
            var distance = index < range.lowerBound ? range.lowerBound - index : index - range.upperBound + 1
            let between = index < range.lowerBound ? index..<range.lowerBound : range.upperBound..<index
            for t in between where [";", "«", "»", ":", "\"", "(", ")"].contains(tokens[t].folded) {
                distance += 8
            }
            // A comma often closes the clause ("se rendra le 9 décembre, a précisé …").
            for t in between where tokens[t].folded == "," { distance += 3 }
            if best == nil || distance < best!.distance { best = (distance, cue) }
        }
        return best?.tense ?? .present
    }

    /// The tense a token signals on its own, if any.
    static func cue(at index: Int, in text: TokenizedText, sentence: Sentence) -> Tense? {
        let token = text.tokens[index]
        guard token.kind == .word, !token.isCapitalized || index == sentence.tokens.lowerBound else { return nil }
        let word = token.folded
        if let auxiliary = auxiliaries[word], isAuxiliary(at: index, in: text) {
            return participle(after: index, in: text, sentence: sentence) != nil ? auxiliary.compound : auxiliary.simple
        }
        if modalFuture.contains(word) { return .future }
        if word == "va" || word == "vont" {
            let next = index + 1
            if next < sentence.tokens.upperBound, isInfinitive(text.tokens[next].folded) { return .future }
            return nil
        }
        if word == "vient" || word == "viennent", index + 1 < sentence.tokens.upperBound,
           text.tokens[index + 1].folded == "de" || text.tokens[index + 1].folded == "d" {
            return .past
        }
        guard word.count >= 4, !nonVerbs.contains(word) else { return nil }
        if futureEndings.contains(where: word.hasSuffix) { return .future }
        if word.hasSuffix("ait") || word.hasSuffix("aient") { return .past }
        if pastSimpleEndings.contains(where: word.hasSuffix) { return .past }
        return nil
    }

    /// The participle following an auxiliary, skipping negation and adverbs.
    static func participle(after index: Int, in text: TokenizedText, sentence: Sentence) -> Int? {
        var next = index + 1
        while next < sentence.tokens.upperBound {
            let token = text.tokens[next]
            if token.kind == .word && adverbs.contains(token.folded) || token.folded == "'" {
                next += 1
                continue
            }
            guard token.kind == .word, !token.isCapitalized, !determiners.contains(token.folded) else { return nil }
            let raw = text.text(bytes: token.byteStart..<token.byteEnd)
            return participleEndings.contains(where: raw.hasSuffix) ? next : nil
        }
        return nil
    }

    static func isInfinitive(_ word: String) -> Bool {
        word.count > 3 && (word.hasSuffix("er") || word.hasSuffix("ir") || word.hasSuffix("re"))
    }

    /// True when the token is a form of avoir or être; "à", which folds to "a", is not.
    static func isAuxiliary(at index: Int, in text: TokenizedText) -> Bool {
        let token = text.tokens[index]
        guard auxiliaries[token.folded] != nil else { return false }
        return token.folded != "a" || text.bytes[token.byteStart] == UInt8(ascii: "a")
    }

    /// Forms of avoir and être: their tense alone and as an auxiliary.
    static let auxiliaries: [String: (simple: Tense?, compound: Tense)] = {
        var table: [String: (simple: Tense?, compound: Tense)] = [:]
        for w in ["a", "ont", "ai", "as", "avons", "avez", "est", "sont", "suis", "es", "sommes", "etes"] {
            table[w] = (nil, .past)
        }
        for w in ["avait", "avaient", "avais", "avions", "aviez", "etait", "etaient", "etais", "etions"] {
            table[w] = (.past, .past)
        }
        for w in ["eut", "eurent", "fut", "furent"] { table[w] = (.past, .past) }
        for w in ["aura", "auront", "aurai", "sera", "seront", "serai", "serons"] { table[w] = (.future, .future) }
        // The conditional past in news reports an alleged past fact ("aurait été tué hier").
        for w in ["aurait", "auraient", "serait", "seraient"] { table[w] = (.future, .past) }
        return table
    }()

    static let modalFuture: Set<String> = [
        "prevu", "prevue", "prevus", "prevues", "doit", "doivent", "devrait", "devraient", "devra", "devront",
        "compte", "comptent", "envisage", "envisagent", "programme", "programmee",
    ]

    static let futureEndings = ["era", "eront", "erai", "ira", "iront", "dra", "dront", "rrait", "erait", "eraient",
                                "irait", "iraient", "drait", "draient", "rra", "rront"]
    static let pastSimpleEndings = ["erent", "irent", "urent"]
    static let participleEndings = ["é", "ée", "és", "ées", "i", "is", "ie", "ies", "u", "us", "ue", "ues",
                                    "it", "ite", "its", "ites", "ert", "erte", "ort", "eint", "aint"]

    /// Words whose endings look like verb forms but are not ("retrait", "caméra").
    static let nonVerbs: Set<String> = [
        "retrait", "portrait", "souhait", "extrait", "attrait", "trait", "lait", "camera", "opera", "extra",
        "cobra", "ultra", "tiara", "sierra", "mantra", "aura", "agora", "viagra", "pendant", "durant",
    ]

    static let adverbs: Set<String> = [
        "ne", "n", "pas", "plus", "jamais", "deja", "egalement", "aussi", "bien", "encore", "toujours",
        "meme", "donc", "enfin", "finalement", "notamment", "alors", "longtemps", "souvent", "beaucoup",
        "tres", "trop", "tout", "ainsi", "ensuite", "rien", "guere", "vite",
    ]

    static let determiners: Set<String> = [
        "un", "une", "le", "la", "les", "des", "du", "de", "l", "d", "ce", "cet", "cette", "ces", "son", "sa",
        "ses", "leur", "leurs", "mon", "ma", "mes", "notre", "nos", "votre", "vos", "au", "aux", "en", "que",
    ]
}
