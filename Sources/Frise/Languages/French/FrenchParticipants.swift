/// Finds the people, organisations, countries and places a French text names.
///
/// Names are runs of capitalised words (with particles such as "de", "al" and
/// hyphens between capitals). Gazetteer entries are matched first; a name
/// headed by an organisation noun ("Comité Al-Qods") or following one
/// ("l'administration Biden") is an organisation; other names are people. A
/// title written before a name ("le ministre marocain des Affaires étrangères,
/// Nasser Bourita") is kept with it. Short mentions join the full name they end
/// ("Blinken" → "Antony Blinken").
enum FrenchParticipants {
    static let particles: WordSet = ["de", "du", "des", "d", "la", "le", "al", "el", "ben", "bin", "van", "von", "di", "da", "ibn", "abou", "abu", "ould"]
    static let locatives: WordSet = ["en", "a", "au", "aux", "dans", "vers", "depuis", "sur", "pres", "jusqu"]
    // Word sets, not array literals: a literal was an array allocated and freed at each call.
    static let ofParticles: WordSet = ["de", "du", "des", "d"]
    static let feminineArticles: WordSet = ["la", "l"]
    /// Words an organisation's name does not go on over ("Association des armateurs du Sénégal").
    static let nameBreakers: WordSet = [
        "de", "du", "des", "d", "et", "a", "au", "aux", "en", "le", "la", "les", "pour", "par", "sur", "dans",
    ]
    /// Particles of hyphenated place names: "Saint-Denis-sur-Loire", "Plessis-lez-Tours".
    /// The lower-case words a hyphenated place name holds between its capitals ("Boulogne-sur-Mer",
    /// "Fontenay-aux-Roses", "Plessis-lès-Tours": folded, "lès" is "les").
    static let hyphenParticles: WordSet = ["sur", "sous", "la", "le", "les", "de", "du", "des", "en", "et", "l", "d", "lez", "au", "aux"]
    static let titleStops: WordSet = ["le", "la", "les", "l", "son", "sa", "ses", "leur", "leurs", "du", "un", "une", "notre", "votre", "ce", "cet", "cette", ",", ".", ";", ":", "(", "«", "»"]

    static func participants(in text: TokenizedText) -> [Participant] {
        let tokens = text.tokens
        // Whether the word at `index` is also written with a capital inside a sentence: asked of
        // a one-word name that starts its sentence, a few times an article (no set built).
        func capitalizedMidSentence(_ index: Int) -> Bool {
            tokens.indices.contains { other in
                tokens[other].isCapitalized && tokens[other].foldedHash == tokens[index].foldedHash
                    && text.sentences[tokens[other].sentence].tokens.lowerBound != other
                    && text.withFolded(other) { word in text.withFolded(index) { word.elementsEqual($0) } }
            }
        }
        // Room for as many as news names (one every ten to fifteen tokens): grown from empty, the
        // list was copied four or five times an article, each name's strings retained.
        var found: [Participant] = []
        found.reserveCapacity(tokens.count / 10 + 4)
        // Read once, not through their lazy globals' guards at every word.
        let prefixes = FrenchGazetteer.namePrefixes, secondWords = FrenchGazetteer.nameSecondWords
        let notNameWords = Self.notNameWords
        func isNameWord(_ index: Int, in text: TokenizedText) -> Bool {
            Self.isNameWord(index, in: text, notNameWords: notNameWords)
        }
        var index = 0
        while index < tokens.count {
            if let (participant, end) = gazetteerMatch(at: index, in: text, prefixes: prefixes, secondWords: secondWords) {
                // A place that opens a longer name ("Rhône Basket Villeurbanne", "France Télévisions")
                // is read with the name; not after "de", where it ends a phrase and a name may
                // follow ("des institutions juives de France Roger Cukierman").
                let opensName = (participant.kind == .place || participant.kind == .country)
                    && end < tokens.count && (index == 0 || !placeComplements.contains(index - 1, in: text))
                    && tokens[end].sentence == tokens[index].sentence && tokens[end].spaceBefore
                    && isNameWord(end, in: text)
                    && gazetteerMatch(at: end, in: text, prefixes: prefixes, secondWords: secondWords) == nil
                if !opensName {
                    found.append(participant)
                    index = end
                    continue
                }
            }
            guard isNameWord(index, in: text) else { index += 1; continue }
            var end = index + 1
            while end < tokens.count, tokens[end].sentence == tokens[index].sentence {
                if isNameWord(end, in: text) && tokens[end].spaceBefore { end += 1; continue }
                // An initial's full stop ("George W. Bush", "J. Dupont"), a name word after it.
                if text.isFolded(end, "."), !tokens[end].spaceBefore, tokens[end - 1].kind == .word,
                   tokens[end - 1].isCapitalized, tokens[end - 1].byteEnd - tokens[end - 1].byteStart == 1,
                   end + 1 < tokens.count, tokens[end + 1].sentence == tokens[index].sentence,
                   tokens[end + 1].spaceBefore, isNameWord(end + 1, in: text) { end += 1; continue }
                // A surname that also names a people ("Thierry Breton", "Anne Gallois"), right
                // after a name word: capitalised there, it is no people ("les Bretons").
                if tokens[end].spaceBefore, tokens[end].isCapitalized, isNameWord(end - 1, in: text),
                   FrenchGazetteer.demonyms[end, in: text] != nil { end += 1; continue }
                if text.isFolded(end, "-") && !tokens[end].spaceBefore && end + 1 < tokens.count
                    && tokens[end + 1].isCapitalized && !tokens[end + 1].spaceBefore { end += 2; continue }
                if let next = hyphenatedParticleEnd(end, in: text) { end = next; continue }
                if particles.contains(end, in: text), let next = particleEnd(end, in: text) { end = next; continue }
                break
            }
            if FrenchGazetteer.organisationHeads.contains(index, in: text) {
                end = organisationNameEnd(from: end, in: text)
            }
            defer { index = end }
            let isSentenceStart = text.sentences[tokens[index].sentence].tokens.lowerBound == index
            if isSentenceStart && end == index + 1 && !capitalizedMidSentence(index) { continue }
            if let participant = classify(index..<end, in: text) { found.append(participant) }
        }
        attachTitles(&found, in: text)
        joinShortNames(&found, in: text)
        return found
    }

    /// Where an organisation name headed by a capitalised noun ends: "Association des armateurs
    /// du Sénégal", "Fédération française de basket-ball", "Conseil de sécurité". It goes on over
    /// particles followed by up to three lower-case words that are not verbs, and over a
    /// following "de" + capitalised name.
    static func organisationNameEnd(from start: Int, in text: TokenizedText) -> Int {
        let tokens = text.tokens
        var end = start
        if end < tokens.count, FrenchGazetteer.demonyms[end, in: text] != nil, !tokens[end].isCapitalized { end += 1 }
        var rounds = 0
        while end < tokens.count, rounds < 2, ofParticles.contains(end, in: text),
              tokens[end].sentence == tokens[start - 1].sentence {
            var at = end + 1
            if at < tokens.count, text.isFolded(at, "'") { at += 1 }
            if at < tokens.count, feminineArticles.contains(at, in: text) { at += text.isFolded(at, "l") ? 2 : 1 }
            var words = 0
            while at < tokens.count, words < 3, tokens[at].kind == .word || (text.isFolded(at, "-") && !tokens[at].spaceBefore),
                  tokens[at].sentence == tokens[start - 1].sentence {
                if tokens[at].isCapitalized {
                    while at < tokens.count, tokens[at].isCapitalized || (text.isFolded(at, "-") && !tokens[at].spaceBefore) { at += 1 }
                    return at
                }
                guard text.isFolded(at, "-") || (FrenchEventLexicon.verbForms[at, in: text] == nil
                    && !nameBreakers.contains(at, in: text))
                else { break }
                if tokens[at].kind == .word { words += 1 }
                at += 1
            }
            guard words > 0 else { break }
            end = at
            rounds += 1
        }
        return end
    }

    /// "Sarlat-la-Canéda", "Pléneuc-sur-Rance", "Pierre-de-Coubertin": hyphens around lower-case
    /// particles inside one name. Returns where the name goes on, if it does.
    static func hyphenatedParticleEnd(_ index: Int, in text: TokenizedText) -> Int? {
        let tokens = text.tokens
        var at = index
        var particles = 0
        while at + 1 < tokens.count, text.isFolded(at, "-"), !tokens[at].spaceBefore, !tokens[at + 1].spaceBefore,
              tokens[at + 1].kind == .word, !tokens[at + 1].isCapitalized, particles < 2 {
            guard hyphenParticles.contains(at + 1, in: text) else { return nil }
            at += 2
            particles += 1
        }
        guard particles > 0, at + 1 < tokens.count, text.isFolded(at, "-"), !tokens[at + 1].spaceBefore,
              tokens[at + 1].isCapitalized else { return nil }
        return at + 2
    }

    /// After a particle at `index`, where the name goes on, if a capital follows.
    static func particleEnd(_ index: Int, in text: TokenizedText) -> Int? {
        var next = index + 1
        if next < text.tokens.count, text.isFolded(next, "'") || text.isFolded(next, "-") { next += 1 }
        if next < text.tokens.count, text.isFolded(next, "la") { next += 1 }
        guard next < text.tokens.count, text.tokens[next].isCapitalized,
              text.tokens[next].sentence == text.tokens[index].sentence,
              !FrenchGazetteer.titles.contains(next, in: text) else { return nil }
        return next + 1
    }

    /// A capitalised word that can be part of a name.
    static func isNameWord(_ index: Int, in text: TokenizedText) -> Bool {
        isNameWord(index, in: text, notNameWords: notNameWords)
    }

    /// `isNameWord`, `notNameWords` read by the caller (once, not through its lazy global's guard
    /// at each capitalised word).
    @inline(__always)
    static func isNameWord(_ index: Int, in text: TokenizedText, notNameWords: WordSet) -> Bool {
        guard text.tokens[index].kind == .word, text.tokens[index].isCapitalized else { return false }
        return !notNameWords.contains(index, in: text)
    }

    /// Words that are not part of a name even when capitalised: those of no actor, titles,
    /// common capitals, weekdays, months, demonyms and event nouns, in one table (one look-up
    /// a capitalised word, not seven).
    static let notNameWords: WordSet = {
        var words = FrenchGazetteer.nonActors  // one table grown, not one copied for each union
        words.formUnion(FrenchGazetteer.titles)
        words.formUnion(commonCapitals)
        words.formUnion(FrenchLexicon.weekdays.keys)
        words.formUnion(FrenchLexicon.months.keys)
        words.formUnion(FrenchGazetteer.demonyms.keys)
        words.formUnion(FrenchEventLexicon.nouns.keys)
        return words
    }()

    /// Capitalised words of titles and institutions that are not names on their own.
    static let commonCapitals: WordSet = ["etat", "etats", "affaires", "etrangeres", "premier", "premiere", "chef", "chefs", "sm", "roi", "reine", "president", "ministre", "ministres", "secretaire", "general"]

    /// The longest gazetteer name starting at `index`, with the index after it; `prefixes` and
    /// `secondWords` are `FrenchGazetteer.namePrefixes` and `.nameSecondWords`.
    ///
    /// No name starts with most words: one look-up rejects them, inlined in the caller, which
    /// asks at every token.
    @inline(__always)
    static func gazetteerMatch(
        at index: Int, in text: TokenizedText, prefixes: WordMap<Bool>, secondWords: WordSet
    ) -> (Participant, Int)? {
        guard text.tokens[index].kind == .word, let isName = prefixes[index, in: text] else { return nil }
        return longestName(at: index, in: text, prefixes: prefixes, secondWords: secondWords, isName: isName)
    }

    /// `gazetteerMatch` at a word that starts a name of the gazetteer, and is one if `isName`.
    private static func longestName(
        at index: Int, in text: TokenizedText, prefixes: WordMap<Bool>, secondWords: WordSet, isName firstIsName: Bool
    ) -> (Participant, Int)? {
        // Of the words that start names, most are none themselves ("la", "le", "les": two in
        // three in news): unless the next word, over hyphens and apostrophes, is the second of
        // a name, none starts here.
        if !firstIsName {
            var next = index + 1
            while next < text.tokens.count, joinsNameWords(next, in: text) { next += 1 }
            guard next < text.tokens.count, text.tokens[next].kind == .word, secondWords.contains(next, in: text)
            else { return nil }
        }
        let tokens = text.tokens
        guard capitalAhead(of: index, in: text) else { return nil }
        // The folded words read so far, spaced, built in room on the stack and looked up by their
        // bytes (appended to an array, each word cost a hundred instructions): room for the folded
        // forms of the sentence's tokens from here, one after another in `foldedBytes`, and a
        // space before each.
        let sentenceEnd = text.sentences[tokens[index].sentence].tokens.upperBound
        let room = Int(tokens[sentenceEnd - 1].foldedStart + tokens[sentenceEnd - 1].foldedCount - tokens[index].foldedStart)
            + sentenceEnd - index
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: room) { key -> (Participant, Int)? in
            var length = 0
            // The key's hash, fed its bytes as they are written: looked up in three tables as it
            // grows, the key was hashed anew, whole, for each.
            var hash = WordHash()
            var wordCount = 0
            // Whether the words read so far spell a name (or only start one).
            var isName = firstIsName
            var best: (Participant, Int)?
            var end = index
            while end < tokens.count, wordCount < 6, tokens[end].sentence == tokens[index].sentence {
                let at = end
                end += 1
                if joinsNameWords(at, in: text) { continue }
                guard tokens[at].kind == .word else { break }
                // (The first word, at `index`, starts a name: `gazetteerMatch` looked it up.)
                if wordCount > 0 {
                    key[length] = UInt8(ascii: " ")
                    hash.add(UInt8(ascii: " "))
                    length += 1
                }
                length += text.withFolded(at) { word in
                    for (offset, byte) in word.enumerated() {
                        key[length + offset] = byte
                        hash.add(byte)
                    }
                    return word.count
                }
                let spelled = UnsafeBufferPointer(rebasing: key[..<length])
                if wordCount > 0 {
                    guard let spellsName = prefixes[utf8: spelled, hash: hash] else { break }
                    isName = spellsName
                }
                wordCount += 1
                // A name starts with a capital ("Nations unies"), or holds one past its first word
                // ("département d'État").
                let capitalized = tokens[index].isCapitalized
                    || (wordCount > 1 && (index + 1..<end).contains { tokens[$0].isCapitalized })
                guard capitalized, isName else { continue }
                let range = index..<end
                if let kind = FrenchGazetteer.places[utf8: spelled, hash: hash] {
                    let locative = index > 0 && locatives.contains(index - 1, in: text)
                    best = (Participant(kind: kind == .country ? .country : .place, tokens: range,
                                        name: text.text(fromToken: index, toToken: end - 1), title: nil,
                                        titleTokens: nil, isLocative: locative), end)
                } else if let display = FrenchGazetteer.organisations[utf8: spelled, hash: hash] {
                    best = (Participant(kind: .organisation, tokens: range, name: display, title: nil,
                                        titleTokens: nil, isLocative: false), end)
                }
            }
            return best
        }
    }

    /// A hyphen or an apostrophe, which the words of a gazetteer name are read over
    /// ("Saint-Denis", "Côte d'Ivoire"): the key holds the words alone.
    @inline(__always)
    static func joinsNameWords(_ index: Int, in text: TokenizedText) -> Bool {
        text.tokens[index].kind == .punctuation && (text.isFolded(index, "-") || text.isFolded(index, "'"))
    }

    /// True when a capitalised word is among those `gazetteerMatch` may read from `index`: a
    /// name holds one, and most runs of lower-case words need no key built.
    static func capitalAhead(of index: Int, in text: TokenizedText) -> Bool {
        let tokens = text.tokens
        var at = index, wordCount = 0
        while at < tokens.count, wordCount < 6, tokens[at].sentence == tokens[index].sentence {
            if joinsNameWords(at, in: text) {
                at += 1
                continue
            }
            guard tokens[at].kind == .word else { return false }
            if tokens[at].isCapitalized { return true }
            wordCount += 1
            at += 1
        }
        return false
    }

    /// Classifies a run of name words as an organisation or a person.
    static func classify(_ range: Range<Int>, in text: TokenizedText) -> Participant? {
        let tokens = text.tokens
        let name = text.text(fromToken: range.lowerBound, toToken: range.upperBound - 1)
        if FrenchGazetteer.organisationHeads.contains(range.lowerBound, in: text) {
            var end = range.upperBound
            if end < tokens.count, FrenchGazetteer.demonyms[end, in: text] != nil { end += 1 }
            return Participant(kind: .organisation, tokens: range.lowerBound..<end,
                               name: text.text(fromToken: range.lowerBound, toToken: end - 1), title: nil,
                               titleTokens: nil, isLocative: false)
        }
        var head = range.lowerBound - 1
        if head >= 0, text.isFolded(head, "'") || text.isFolded(head, "d") || text.isFolded(head, "de") { head -= 1 }
        if head >= 0, text.isFolded(head, "d") { head -= 1 }
        if head >= 0, !tokens[head].isCapitalized, FrenchGazetteer.organisationHeads.contains(head, in: text) {
            return Participant(kind: .organisation, tokens: head..<range.upperBound,
                               name: text.text(fromToken: head, toToken: range.upperBound - 1), title: nil,
                               titleTokens: nil, isLocative: false)
        }
        // "Boulogne-sur-Mer", "Fontenay-aux-Roses": a name whose capitals a place particle joins
        // names a place (people's compound names join theirs by a hyphen alone).
        let isPlace = range.dropFirst().dropLast().contains {
            placeParticles.contains($0, in: text) && text.isFolded($0 - 1, "-") && text.isFolded($0 + 1, "-")
        }
        return Participant(kind: isPlace ? .place : .person, tokens: range, name: name, title: nil, titleTokens: nil,
                           isLocative: false)
    }

    /// The words after which a place completes a phrase ("juives de France").
    static let placeComplements: WordSet = ["de", "du", "des", "d", "'"]

    /// The particles of `hyphenParticles` that join the parts of place names ("Sarlat-la-Canéda",
    /// "Villers-le-Lac"), not of people's compound names ("Jean-Pierre").
    static let placeParticles: WordSet = ["sur", "sous", "les", "lez", "au", "aux", "en", "la", "le"]

    /// Gives each person the title written just before the name, and drops names inside titles.
    /// In place: a copy of the list would retain each participant's strings.
    static func attachTitles(_ participants: inout [Participant], in text: TokenizedText) {
        var titleRanges: [Range<Int>] = []
        for position in participants.indices where participants[position].kind == .person {
            guard let titleRange = title(before: participants[position].tokens.lowerBound, in: text) else { continue }
            participants[position].titleTokens = titleRange
            participants[position].title = text.text(fromToken: titleRange.lowerBound, toToken: titleRange.upperBound - 1)
            titleRanges.append(titleRange)
        }
        guard !titleRanges.isEmpty else { return }
        participants.removeAll { participant in titleRanges.contains { $0.contains(participant.tokens.lowerBound) } }
    }

    /// The title phrase ending just before a name (a comma may separate them).
    static func title(before start: Int, in text: TokenizedText) -> Range<Int>? {
        let tokens = text.tokens
        var end = start
        if end > 0, text.isFolded(end - 1, ",") { end -= 1 }
        // "le patron du camping de Bouzey": the name completes the phrase, which is not its title.
        if end > 0, placeComplements.contains(end - 1, in: text) { return nil }
        var first = end
        while true {
            while first > 0, end - first < 10, tokens[first - 1].sentence == tokens[start].sentence {
                if titleStops.contains(first - 1, in: text) {
                    // "chef de l'Autorité palestinienne": a complement inside the title goes on.
                    var at = first - 1
                    if text.isFolded(at, "'") && at > 0 { at -= 1 }
                    guard definiteArticles.contains(at, in: text), at > 0, text.isFolded(at - 1, "de") || text.isFolded(at - 1, "d")
                    else { break }
                    first = at - 1
                    continue
                }
                first -= 1
            }
            // A phrase the ten-token bound cut where no stop or sentence start is starts at no
            // word of its own choosing ("Roi" of "à Bois-au-Roi et à Pontfort-sur-Lac avec Jean
            // Morel"): no title.
            if end - first >= 10, first > 0, tokens[first - 1].sentence == tokens[start].sentence,
               !titleStops.contains(first - 1, in: text) { return nil }
            // The apostrophe of an elided article the scan stopped at ("l’entraîneur") opens no title.
            while first < end, text.isFolded(first, "'") { first += 1 }
            if isTitle(first..<end, in: text) { return first..<end }
            // No title from the nearest stop: a complement with "du" may lie inside one
            // ("ministre du Travail"), the title starting before it.
            guard first > 1, end - first < 9, text.isFolded(first - 1, "du"),
                  tokens[first - 2].sentence == tokens[start].sentence else { return nil }
            first -= 2
        }
    }

    /// Whether a phrase's first two words, hyphens left out ("porte-parole"), are a title or
    /// a title phrase of two.
    static func isTitle(_ phrase: Range<Int>, in text: TokenizedText) -> Bool {
        var firstWord: Int?, secondWord: Int?
        for index in phrase where !text.isFolded(index, "-") {
            if firstWord == nil { firstWord = index } else { secondWord = index; break }
        }
        guard let firstWord else { return false }
        if FrenchGazetteer.titles.contains(firstWord, in: text) { return true }
        guard let secondWord, titlePhraseStarts.contains(firstWord, in: text) else { return false }
        return FrenchGazetteer.titlePhrases.contains(text.folded(firstWord) + " " + text.folded(secondWord))
    }

    static let definiteArticles: WordSet = ["l", "la", "le", "les"]

    /// The first words of `FrenchGazetteer.titlePhrases`.
    static let titlePhraseStarts = WordSet(FrenchGazetteer.titlePhrases.map { String($0.prefix { $0 != " " }) })

    /// Replaces a person name by the longer one ending with it ("Bourita", "Malual Deng" by
    /// "Nasser Bourita", "Peter Malual Deng"), and shares its title. Names are compared as UTF-8
    /// bytes: they are runs of the body's tokens, compared only when their last tokens' folded
    /// forms hash alike. In place, as `attachTitles`.
    static func joinShortNames(_ participants: inout [Participant], in text: TokenizedText) {
        func isFullName(_ participant: Participant) -> Bool { participant.name.utf8.contains(UInt8(ascii: " ")) }
        func lastHash(_ position: Int) -> Int { text.tokens[participants[position].tokens.upperBound - 1].foldedHash }
        let full = participants.indices.filter { participants[$0].kind == .person && isFullName(participants[$0]) }
        guard !full.isEmpty else { return }
        let fullHashes = full.map(lastHash)
        for position in participants.indices where participants[position].kind == .person {
            let hash = lastHash(position)
            guard let match = full.indices.first(where: {
                fullHashes[$0] == hash && endsWithWord(participants[full[$0]].name, participants[position].name)
            }).map({ full[$0] })
            else { continue }
            participants[position].name = participants[match].name
            if participants[position].title == nil { participants[position].title = participants[match].title }
        }
    }

    /// True when `name` ends with a space then `word` (one word or more): "Antony Blinken" and
    /// "Blinken".
    static func endsWithWord(_ name: String, _ word: String) -> Bool {
        let name = name.utf8, word = word.utf8
        guard name.count > word.count else { return false }
        let tail = name.index(name.endIndex, offsetBy: -word.count)
        return name[name.index(before: tail)] == UInt8(ascii: " ") && name[tail...].elementsEqual(word)
    }
}
