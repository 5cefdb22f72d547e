/// Reads the tense of the clause around a temporal expression from French verb morphology.
///
/// No tagger: auxiliaries followed by a participle (passé composé,
/// plus-que-parfait), futur and conditionnel endings, imparfait endings,
/// passé simple plurals, and the modal cues "prévu", "doit", "va" + infinitive.
/// The cue nearest to the expression wins; crossing a comma, a quote or a
/// semicolon counts as farther.
enum FrenchTense {
    /// The tense around each token range, each range within one sentence. The cues of a
    /// sentence are read once for all the ranges it holds.
    static func tenses(around ranges: [Range<Int>], in text: TokenizedText) -> [Tense] {
        var clues = SentenceClues(tokenCount: text.tokens.count)
        return ranges.map { range in
            guard range.lowerBound < text.tokens.count else { return .present }
            let sentence = text.sentences[text.tokens[range.lowerBound].sentence]
            if clues.sentence != sentence { clues.read(sentence) }
            // The cue words handed down as they lie (a copy in a local or in the clues was seven
            // references retained and released, and the text held there four more, each article).
            return clues.tense(around: range, in: text, words: cueWords)
        }
    }

    /// The tense cues of a text's tokens, read as they are needed, sentence by sentence
    /// (`read` moves from one to the next).
    struct SentenceClues {
        private(set) var sentence = Sentence(start: 0, end: 0, tokens: 0..<0)
        /// The cue of each token once read: nil when not read yet.
        var cues: [Tense??]

        init(tokenCount: Int) { cues = .filled(with: nil, count: tokenCount) }

        /// Moves to `sentence`.
        mutating func read(_ sentence: Sentence) { self.sentence = sentence }

        /// The distance a token adds when it stands between a cue and the range: a quote, a
        /// colon or a bracket 8, a comma 3, which often closes the clause ("se rendra le 9
        /// décembre, a précisé …"), a word nothing.
        @inline(__always)
        func penalty(_ index: Int, in text: TokenizedText) -> Int {
            switch text.mark(index) {  // nil for a word
            case 0x2C: return 3  // ,
            case 0x3B, 0xAB, 0xBB, 0x3A, 0x22, 0x28, 0x29: return 8  // ; « » : " ( )
            default: return 0
            }
        }

        /// The cue at a token (`FrenchTense.cue`); `words` are `FrenchTense.cueWords`.
        mutating func cue(at index: Int, in text: TokenizedText, words: WordMap<CueWord>) -> Tense? {
            if let known = cues[index] { return known }
            let found = FrenchTense.cue(at: index, in: text, sentence: sentence, words: words)
            cues[index] = found
            return found
        }

        /// The tense of the nearest cue outside `range` (the earlier one on a tie), present when
        /// there is none. A cue's distance is the tokens from the range to it, each separator
        /// between them counting its penalty more: every token adds at least one, so the nearest
        /// cue on each side is the closest of that side, and only those two are weighed.
        mutating func tense(around range: Range<Int>, in text: TokenizedText, words: WordMap<CueWord>) -> Tense {
            // Left: the tokens from the cue to the range, the cue included (a cue is a word,
            // which adds nothing). Right: the tokens from the range to the cue, the cue left out,
            // one step more.
            var left: (distance: Int, tense: Tense)?
            var index = range.lowerBound - 1, distance = 0
            while index >= sentence.tokens.lowerBound {
                distance += 1 + penalty(index, in: text)
                if let cue = cue(at: index, in: text, words: words) {
                    left = (distance, cue)
                    break
                }
                index -= 1
            }
            index = range.upperBound
            distance = 1
            while index < sentence.tokens.upperBound, distance < left?.distance ?? .max {
                if let cue = cue(at: index, in: text, words: words) { return cue }
                distance += 1 + penalty(index, in: text)
                index += 1
            }
            return left?.tense ?? .present
        }
    }

    /// The tense a token signals on its own, if any; `words` are `cueWords`.
    static func cue(at index: Int, in text: TokenizedText, sentence: Sentence, words: WordMap<CueWord>) -> Tense? {
        guard text.tokens[index].kind == .word,
              !text.tokens[index].isCapitalized || index == sentence.tokens.lowerBound else { return nil }
        // One look-up tells the words with a tense of their own from those read by their ending.
        switch words[index, in: text] {
        case .auxiliary(let simple, let compound)?:
            guard !isPreposition(at: index, in: text) else { return nil }  // "à": no ending either
            return participle(after: index, in: text, sentence: sentence) != nil ? compound : simple
        case .modal?:
            return .future
        case .goes?:  // "va", "vont" + infinitive
            let next = index + 1
            return next < sentence.tokens.upperBound && isInfinitive(text.folded(next)) ? .future : nil
        case .comes?:  // "vient de", "viennent d'"; else no ending of a tense
            let next = index + 1
            guard next < sentence.tokens.upperBound else { return nil }
            return text.isFolded(next, "de") || text.isFolded(next, "d") ? .past : nil
        case .nonVerb?:
            return nil
        case nil:
            return text.withFolded(index, ending)
        }
    }

    /// The tense a folded word's ending tells: a futur or conditionnel, an imparfait or a passé
    /// simple plural; nil for a word of fewer than four letters.
    static func ending(_ bytes: UnsafeBufferPointer<UInt8>) -> Tense? {
        // Every future or past ending ends in a, i or t: most words leave here.
        guard bytes.count >= 4, let last = bytes.last,
              last == UInt8(ascii: "a") || last == UInt8(ascii: "i") || last == UInt8(ascii: "t") else { return nil }
        // Only the endings with the word's last two letters are compared, the future's first.
        guard let endings = endingsByTail[tail(bytes)] else { return nil }
        for (ending, tense) in endings where bytes.count >= ending.count {
            var matches = true
            for offset in 0..<ending.count where bytes[bytes.count - ending.count + offset] != ending[offset] {
                matches = false
                break
            }
            if matches { return tense }
        }
        return nil
    }

    /// The last two bytes of a word of at least two, as one key.
    private static func tail(_ bytes: some Collection<UInt8>) -> UInt16 {
        UInt16(bytes[bytes.index(bytes.endIndex, offsetBy: -2)]) << 8 | UInt16(bytes[bytes.index(bytes.endIndex, offsetBy: -1)])
    }

    /// `futureEndings` then `pastEndings` (each with its tense), filed by their last two bytes.
    private static let endingsByTail: [UInt16: [(ending: [UInt8], tense: Tense)]] = Dictionary(
        grouping: futureEndings.map { ($0, Tense.future) } + pastEndings.map { ($0, Tense.past) }, by: { tail($0.0) })

    /// What a word says of the tense before its ending is read.
    enum CueWord {
        /// A form of avoir or être: its tense alone and as an auxiliary.
        case auxiliary(simple: Tense?, compound: Tense)
        /// "prévu", "doit"...: the future.
        case modal
        /// "va", "vont": the future before an infinitive.
        case goes
        /// "vient", "viennent": the recent past before "de".
        case comes
        /// A word whose ending looks like a verb's ("retrait", "caméra").
        case nonVerb
    }

    /// The words `cue` reads whole: auxiliaries, modals, "va", "vient", and the non-verbs (a form
    /// of avoir or être that is also a noun, "aura", is an auxiliary).
    static let cueWords: WordMap<CueWord> = {
        var table = WordMap<CueWord>()
        for word in nonVerbs { table[word] = .nonVerb }
        for word in ["va", "vont"] { table[word] = .goes }
        for word in ["vient", "viennent"] { table[word] = .comes }
        for word in modalFuture { table[word] = .modal }
        for (word, tenses) in auxiliaries { table[word] = .auxiliary(simple: tenses.simple, compound: tenses.compound) }
        return table
    }()

    /// The participle following an auxiliary, skipping negation and adverbs.
    static func participle(after index: Int, in text: TokenizedText, sentence: Sentence) -> Int? {
        var next = index + 1
        while next < sentence.tokens.upperBound {
            // Looked up with the token's hash, read in place.
            if text.tokens[next].kind == .word ? adverbs.contains(next, in: text) : text.isFolded(next, "'") {
                next += 1
                continue
            }
            guard text.tokens[next].kind == .word, !text.tokens[next].isCapitalized,
                  !determiners.contains(next, in: text) else { return nil }
            return participleEndingBytes.contains { text.token(next, endsWith: $0) } ? next : nil
        }
        return nil
    }

    static func isInfinitive(_ word: String) -> Bool {
        word.count > 3 && (word.hasSuffix("er") || word.hasSuffix("ir") || word.hasSuffix("re"))
    }

    /// True when the token is a form of avoir or être; "à", which folds to "a", is not.
    static func isAuxiliary(at index: Int, in text: TokenizedText) -> Bool {
        auxiliaries[index, in: text] != nil && !isPreposition(at: index, in: text)
    }

    /// True for "à", which folds to the auxiliary "a".
    static func isPreposition(at index: Int, in text: TokenizedText) -> Bool {
        text.isFolded(index, "a") && text.bytes[text.tokens[index].byteStart] != UInt8(ascii: "a")
    }

    /// Forms of avoir and être: their tense alone and as an auxiliary.
    static let auxiliaries: WordMap<(simple: Tense?, compound: Tense)> = {
        var table = WordMap<(simple: Tense?, compound: Tense)>()
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

    static let modalFuture: WordSet = [
        "prevu", "prevue", "prevus", "prevues", "doit", "doivent", "devrait", "devraient", "devra", "devront",
        "compte", "comptent", "envisage", "envisagent", "programme", "programmee",
    ]

    static let futureEndings: [[UInt8]] = [
        "era", "eront", "erai", "ira", "iront", "dra", "dront", "rrait", "erait", "eraient", "irait", "iraient",
        "drait", "draient", "rra", "rront", "vra", "vront", "vrait", "vraient", "tra", "tront",
    ].map { Array($0.utf8) }
    /// Imparfait ("ait", "aient") and passé simple plurals.
    static let pastEndings: [[UInt8]] = ["ait", "aient", "erent", "irent", "urent"].map { Array($0.utf8) }
    static let participleEndings = ["é", "ée", "és", "ées", "i", "is", "ie", "ies", "u", "us", "ue", "ues",
                                    "it", "ite", "its", "ites", "ert", "erte", "ort", "eint", "aint"]
    static let participleEndingBytes = utf8Forms(of: participleEndings)

    /// Endings in UTF-8, each composed and decomposed ("é" and "e" + U+0301), to compare with
    /// the bytes of a word as written.
    static func utf8Forms(of endings: [String]) -> [[UInt8]] {
        var forms: [[UInt8]] = []
        for ending in endings {
            for form in [ending.precomposedStringWithCanonicalMapping, ending.decomposedStringWithCanonicalMapping]
            where !forms.contains(Array(form.utf8)) {
                forms.append(Array(form.utf8))
            }
        }
        return forms
    }

    /// Words whose endings look like verb forms but are not ("retrait", "caméra").
    static let nonVerbs: WordSet = [
        "retrait", "portrait", "souhait", "extrait", "attrait", "trait", "lait", "camera", "opera", "extra",
        "cobra", "ultra", "tiara", "sierra", "mantra", "aura", "agora", "viagra", "pendant", "durant",
    ]

    static let adverbs: WordSet = [
        "ne", "n", "pas", "plus", "jamais", "deja", "egalement", "aussi", "bien", "encore", "toujours",
        "meme", "donc", "enfin", "finalement", "notamment", "alors", "longtemps", "souvent", "beaucoup",
        "tres", "trop", "tout", "ainsi", "ensuite", "rien", "guere", "vite",
    ]

    static let determiners: WordSet = [
        "un", "une", "le", "la", "les", "des", "du", "de", "l", "d", "ce", "cet", "cette", "ces", "son", "sa",
        "ses", "leur", "leurs", "mon", "ma", "mes", "notre", "nos", "votre", "vos", "au", "aux", "en", "que",
    ]
}
