/// Finds the word that reports a clause's happening, from the event lexicon.
///
/// Preference, within a clause: a light verb governing an event noun ("a reçu
/// un appel" → the call), then the first finite content verb, then a reporting
/// verb, then an event noun. Participles without an auxiliary ("un communiqué
/// diffusé") are adjectives here, not finite verbs; a noun after a demonstrative
/// ("cet entretien") refers back to an event already reported.
enum FrenchTriggers {
    /// Endings that mark a participle of an "-er" verb even when folding would hide it ("indiqué").
    static let acuteEndings = ["é", "ée", "és", "ées"]

    /// Folded past participles of every verb the lexicon knows ("recu", "rendu", "ecrit").
    static let participles = WordSet(FrenchEventLexicon.verbLemmas.flatMap(FrenchConjugator.pastParticiples(of:)))

    /// True when the word at the token is a past participle: an acute ending, or a participle
    /// of another group that does not end like a present form ("reçu", not "indique").
    static func isParticiple(at index: Int, in text: TokenizedText) -> Bool {
        if hasAcuteEnding(at: index, in: text) { return true }
        return participles.contains(index, in: text) && !text.token(index, endsWith: [UInt8(ascii: "e")])
            && !text.token(index, endsWith: [UInt8(ascii: "e"), UInt8(ascii: "s")])
    }

    /// Whether the token ends with one of `acuteEndings`, "é" precomposed (C3 A9) or decomposed
    /// ("e", then CC 81): read from the end, an "s" then an "e" set aside (each of the eight
    /// spellings compared in turn cost 150 instructions a verb).
    static func hasAcuteEnding(at index: Int, in text: TokenizedText) -> Bool {
        let start = text.tokens[index].byteStart
        var end = text.tokens[index].byteEnd
        return text.bytes.withUnsafeBufferPointer { bytes in
            func acute(endingAt end: Int) -> Bool {
                (end - start >= 2 && bytes[end - 2] == 0xC3 && bytes[end - 1] == 0xA9)
                    || (end - start >= 3 && bytes[end - 3] == 0x65 && bytes[end - 2] == 0xCC && bytes[end - 1] == 0x81)
            }
            if end > start, bytes[end - 1] == UInt8(ascii: "s") { end -= 1 }
            return acute(endingAt: end) || (end > start && bytes[end - 1] == UInt8(ascii: "e") && acute(endingAt: end - 1))
        }
    }

    static let nounDeterminers: WordSet = [
        "le", "la", "les", "l", "un", "une", "des", "du", "de", "d", "ce", "cet", "cette", "ces", "son", "sa",
        "ses", "leur", "leurs", "au", "aux", "notre", "nos", "votre", "vos", "mon", "ma", "mes",
    ]

    /// The infinitive of the verb form at the token, if the lexicon knows it.
    static func lemma(at index: Int, in text: TokenizedText) -> String? {
        lemmaEntry(at: index, in: text).map(lemma(ofEntry:))
    }

    /// The entry of `FrenchEventLexicon.verbForms` of the verb form at the token, if any: a
    /// number that stands for its infinitive (`lemma(ofEntry:)`). Kept for every token of a
    /// sentence, numbers need no release where strings each need one.
    @inline(__always)
    static func lemmaEntry(at index: Int, in text: TokenizedText) -> Int? {
        lemmaEntry(at: index, in: text, forms: FrenchEventLexicon.verbForms)
    }

    /// `lemmaEntry`, with `FrenchEventLexicon.verbForms` read once by the caller.
    @inline(__always)
    private static func lemmaEntry(at index: Int, in text: TokenizedText, forms: WordMap<String>) -> Int? {
        guard text.tokens[index].kind == .word else { return nil }
        if text.tokens[index].isCapitalized, text.sentences[text.tokens[index].sentence].tokens.lowerBound != index {
            return nil
        }
        return forms.entry(index, in: text)
    }

    /// The infinitive of an entry of `FrenchEventLexicon.verbForms`.
    static func lemma(ofEntry entry: Int) -> String { FrenchEventLexicon.verbForms.values[entry] }

    /// The index of the auxiliary governing the participle at `index`, if any.
    static func auxiliary(before index: Int, in text: TokenizedText) -> Int? {
        var at = index - 1
        var steps = 0
        let floor = text.sentences[text.tokens[index].sentence].tokens.lowerBound
        while at >= floor && steps < 4 {
            if FrenchTense.isAuxiliary(at: at, in: text) { return at }
            // Marks are compared only with marks: « and » make slow string compares.
            let skipped = text.tokens[at].kind == .punctuation
                ? skippedMarks.contains(at, in: text)
                : FrenchTense.adverbs.contains(at, in: text) || text.isFolded(at, "ete")
                    || incidentWords.contains(at, in: text)
            guard skipped else { return nil }
            at -= 1
            steps += 1
        }
        return nil
    }

    /// Words of an incise between an auxiliary and its participle ("a pour sa part reçu").
    static let incidentWords: WordSet = ["par", "ailleurs", "pour", "sa", "part"]

    /// The infinitive of the token when it is a verb form used as a finite verb (alone or after
    /// its auxiliary), else nil.
    static func finiteLemma(at index: Int, in text: TokenizedText) -> String? {
        finiteLemmaEntry(at: index, in: text).map(lemma(ofEntry:))
    }

    /// `finiteLemmaEntry` as the number `Clause.verbLemmas` keeps for the token: -1 when it is
    /// not a finite verb.
    static func verbLemmaNumber(at index: Int, in text: TokenizedText) -> Int32 {
        Int32(finiteLemmaEntry(at: index, in: text) ?? -1)
    }

    /// `verbLemmaNumber` of each token of `tokens`. Most tokens are no verb form: one look-up in
    /// the table, read once (not through its lazy global's guard at every token), leaves them.
    static func verbLemmaNumbers(of tokens: Range<Int>, in text: TokenizedText) -> [Int32] {
        // The table handed down as it lies, and read in a loop, not in a closure: a copy of it in a
        // local, or one a closure captured, was its seven arrays retained and released each text.
        verbLemmaNumbers(of: tokens, in: text, forms: FrenchEventLexicon.verbForms)
    }

    private static func verbLemmaNumbers(of tokens: Range<Int>, in text: TokenizedText, forms: WordMap<String>) -> [Int32] {
        // -1 written at once, a number only at the verb forms (a `map` tested its room at each token).
        var numbers = [Int32].filled(with: -1, count: tokens.count)
        for index in tokens {
            guard let entry = lemmaEntry(at: index, in: text, forms: forms) else { continue }  // the form looked up once
            numbers[index - tokens.lowerBound] = Int32(finiteEntry(entry, at: index, in: text) ?? -1)
        }
        return numbers
    }

    /// The infinitive a number of `Clause.verbLemmas` stands for; nil for -1.
    static func lemma(ofNumber number: Int32) -> String? { number < 0 ? nil : lemma(ofEntry: Int(number)) }

    /// What the verb a number of `Clause.verbLemmas` stands for means, and whether it is a light
    /// verb; nil for -1.
    static func reading(ofNumber number: Int32) -> (meaning: FrenchEventLexicon.Meaning?, isLight: Bool)? {
        number < 0 ? nil : FrenchEventLexicon.verbFormReadings[Int(number)]
    }

    /// Whether a number of `Clause.verbLemmas` stands for a reporting verb.
    static func isReporting(number: Int32) -> Bool { reading(ofNumber: number)?.meaning?.eventClass == .reporting }

    /// `finiteLemma` as its entry of `FrenchEventLexicon.verbForms` (see `lemmaEntry`).
    static func finiteLemmaEntry(at index: Int, in text: TokenizedText) -> Int? {
        lemmaEntry(at: index, in: text).flatMap { finiteEntry($0, at: index, in: text) }
    }

    /// `entry`, the entry of the verb form at `index`, when the form is a finite verb there.
    private static func finiteEntry(_ entry: Int, at index: Int, in text: TokenizedText) -> Int? {
        if index > 0, nounDeterminers.contains(index - 1, in: text) { return nil }
        // "l'élu", "d'attaque": an elided determiner, unless an auxiliary follows it ("l'a reçu").
        if index > 1, text.isFolded(index - 1, "'"), elidedDeterminers.contains(index - 2, in: text),
           FrenchTense.auxiliaries[index, in: text] == nil { return nil }
        if auxiliary(before: index, in: text) != nil { return entry }
        return isParticiple(at: index, in: text) ? nil : entry
    }

    /// True when the token is a verb form used as a finite verb (alone or after its auxiliary).
    static func isFiniteVerb(at index: Int, in text: TokenizedText) -> Bool {
        finiteLemmaEntry(at: index, in: text) != nil
    }

    /// True when the token is an auxiliary that a participle follows ("a" in "a reçu").
    static func isAuxiliaryOfCompound(at index: Int, in text: TokenizedText) -> Bool {
        guard FrenchTense.isAuxiliary(at: index, in: text) else { return false }
        return FrenchTense.participle(after: index, in: text, sentence: text.sentences[text.tokens[index].sentence]) != nil
    }

    /// True when the token is a finite reporting verb ("a indiqué", "affirme").
    static func reportingLemma(at index: Int, in text: TokenizedText) -> Bool {
        isReporting(number: verbLemmaNumber(at: index, in: text))
    }

    /// The event noun at the token, if any, with its lexical meaning; `nouns` are
    /// `FrenchEventLexicon.nouns`, which a loop reads once (not through its lazy global's guard at
    /// every token).
    @inline(__always)
    static func noun(
        at index: Int, in text: TokenizedText, nouns: WordMap<FrenchEventLexicon.Meaning> = FrenchEventLexicon.nouns
    ) -> (type: EventType, eventClass: EventClass)? {
        guard text.tokens[index].kind == .word, !text.tokens[index].isCapitalized else { return nil }
        return nouns[index, in: text]
    }

    /// True when a demonstrative precedes the token: "cet entretien" refers back to a known event.
    static func isDemonstrative(before index: Int, in text: TokenizedText) -> Bool {
        index > 0 && FrenchLexicon.demonstratives.contains(index - 1, in: text)
    }

    /// Verbs whose event type holds only in their pronominal use: "s'est rendu" is a visit,
    /// "sera rendu" (a judgement) is not.
    static let pronominalOnly: WordSet = ["rendre", "deplacer"]

    // Word sets, not array literals: a literal was an array allocated and freed at each call.
    /// Marks an auxiliary may stand before: ' « ».
    static let skippedMarks: WordSet = ["'", "«", "»"]
    /// Elided determiners: "l'élu", "d'attaque".
    static let elidedDeterminers: WordSet = ["l", "d"]
    /// Clitics before an auxiliary, elided ("s'est") and whole ("se sont", "lui a").
    static let elidedClitics: WordSet = ["s", "l", "m", "t", "n"]
    static let clitics: WordSet = ["se", "le", "la", "les", "lui", "leur"]

    /// The runs of tokens inside « » quotes, in order: quoted speech is what a reporting verb
    /// reports. (Runs, not a set of indices: a sentence holds a few at most, and a set hashed
    /// every token asked.)
    static func quoted(in sentence: Sentence, of text: TokenizedText) -> [Range<Int>] {
        var inside: [Range<Int>] = []
        // « is C2 AB and “ is E2 80 9C in UTF-8: most sentences hold neither byte.
        guard let first = sentence.tokens.first else { return inside }
        let start = text.tokens[first].byteStart, end = text.tokens[sentence.tokens.upperBound - 1].byteEnd
        let quotes = text.bytes.withUnsafeBufferPointer { bytes in
            // Both bytes looked for in one pass, sixteen bytes at a time (a closure per byte cost
            // 800 instructions a clause; two `memchr` calls, some 75).
            ByteScan.firstIndex(in: UnsafeBufferPointer(rebasing: bytes[start..<end]), oneOf: 0xAB, 0x9C) != nil
        }
        guard quotes else { return inside }
        var depth = 0
        for index in sentence.tokens {
            switch text.mark(index) {
            case 0xAB, 0x201C: depth += 1  // « “
            case 0xBB, 0x201D: depth = max(0, depth - 1)  // » ”
            default:
                guard depth > 0 else { break }
                if let last = inside.last, last.upperBound == index {
                    inside[inside.count - 1] = last.lowerBound..<(index + 1)
                } else {
                    inside.append(index..<(index + 1))
                }
            }
        }
        return inside
    }

    /// The clause's trigger; `verbLemmas` are the text's (`verbLemmaNumbers` of all its tokens),
    /// or empty: the clause's are read here then.
    static func trigger(in clause: Clause, of text: TokenizedText, verbLemmas: [Int32] = []) -> Trigger? {
        // Token indices only in the loop: three `Trigger?` carried through it cost more than the
        // look-ups it makes.
        var content: Int?, reporting: Int?, noun: Int?
        let quoted = quoted(in: text.sentences[text.tokens[clause.tokens.lowerBound].sentence], of: text)
        // The lemma of each finite verb of the clause, read from the text's, or from the clause's
        // made here when the text's are not given. (By index: a slice of the text's was a
        // reference to their array, retained and released for every clause.)
        let clauseLemmas = verbLemmas.count == text.tokens.count ? nil : verbLemmaNumbers(of: clause.tokens, in: text)
        func number(_ index: Int) -> Int32 {
            guard let clauseLemmas else { return verbLemmas[index] }
            return clauseLemmas[index &- clause.tokens.lowerBound]  // (within the text's tokens: no overflow)
        }
        func groupStart(_ index: Int) -> Int { auxiliary(before: index, in: text).map { clitic(before: $0, in: text) } ?? index }
        // Speech inside quotes is reported by the clause's reporting verb when there is one.
        func holds(_ runs: [Range<Int>], _ index: Int) -> Bool { runs.contains { $0.contains(index) } }
        // (Most sentences quote nothing: no verb to look for then.)
        let speech = !quoted.isEmpty && clause.tokens.contains { !holds(quoted, $0) && isReporting(number: number($0)) }
            ? quoted : []
        let nouns = FrenchEventLexicon.nouns  // read once, not through its lazy global's guard per token
        for index in clause.tokens where !holds(speech, index) {
            if noun == nil, self.noun(at: index, in: text, nouns: nouns) != nil,
               !isDemonstrative(before: index, in: text),
               index == 0 || FrenchTense.auxiliaries[index - 1, in: text] == nil {
                noun = index
            }
            guard let reading = reading(ofNumber: number(index)), !isAuxiliaryOfCompound(at: index, in: text) else {
                continue
            }
            if reading.isLight,
               let object = (index + 1..<min(clause.tokens.upperBound, index + 8)).first(where: {
                   self.noun(at: $0, in: text) != nil && !isDemonstrative(before: $0, in: text)
               }), let meaning = self.noun(at: object, in: text) {
                return Trigger(token: object, groupStart: groupStart(index), lemmaText: text.withFolded(object, InlineText.init),
                               type: meaning.type, eventClass: meaning.eventClass, verb: index,
                               lightVerbText: InlineText(lemma(ofEntry: Int(number(index)))))
            }
            guard let meaning = reading.meaning else { continue }
            if meaning.eventClass == .reporting {
                if reporting == nil { reporting = index }
            } else if content == nil {
                content = index
            }
        }
        if let index = content ?? reporting, let meaning = reading(ofNumber: number(index))?.meaning {
            let lemma = lemma(ofEntry: Int(number(index)))
            let start = groupStart(index)
            let reflexive = isReflexive(groupStart: start, verb: index, in: text)
            let type = pronominalOnly.contains(lemma) && !reflexive ? .other : meaning.type
            return Trigger(token: index, groupStart: start, lemmaText: InlineText(lemma), type: type,
                           eventClass: meaning.eventClass, verb: index)
        }
        // A relative clause that only names an event ("dont le pays joue un rôle dans le conflit")
        // reports no new happening.
        guard clause.kind != .relative, let noun, let meaning = self.noun(at: noun, in: text) else { return nil }
        return Trigger(token: noun, groupStart: noun, lemmaText: text.withFolded(noun, InlineText.init), type: meaning.type,
                       eventClass: meaning.eventClass)
    }

    static let reflexivePronouns: WordSet = ["s", "se", "me", "m", "te", "t", "nous", "vous"]

    /// True when a reflexive pronoun goes with the verb: "s'est rendu", "se rendra", "s'y rend".
    static func isReflexive(groupStart: Int, verb: Int, in text: TokenizedText) -> Bool {
        if groupStart < verb, reflexivePronouns.contains(groupStart, in: text) { return true }
        var at = verb - 1
        if at >= 0, text.isFolded(at, "'") { at -= 1 }
        return at >= 0 && reflexivePronouns.contains(at, in: text) && text.tokens[at].sentence == text.tokens[verb].sentence
    }

    /// Moves back over a reflexive or object clitic before an auxiliary ("s'est").
    static func clitic(before index: Int, in text: TokenizedText) -> Int {
        if index >= 2, text.isFolded(index - 1, "'"),
           elidedClitics.contains(index - 2, in: text) { return index - 2 }
        if index >= 1, clitics.contains(index - 1, in: text) { return index - 1 }
        return index
    }
}
