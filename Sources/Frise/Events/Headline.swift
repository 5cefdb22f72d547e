/// Builds a short headline from a clause: subject, verb group, object, place.
///
/// The headline starts at the subject's name (or the clause start), runs
/// through the verb group and its complements, and stops at a comma that opens
/// an incise ("…, indique …") or after about sixteen words. Temporal
/// expressions and quotation marks are left out: the date has its own column.
enum Headline {
    static let maximumWordsAfterTrigger = 16
    static let pronouns: WordSet = ["il", "elle", "ils", "elles"]
    static let openers: WordSet = ["ou", "qui", "que", "qu", "dont", "et", "mais", "puis", "'"]
    /// Openers that stand for the subject, so a named subject replaces them.
    static let subjectOpeners: WordSet = ["qui"]
    static let datePrepositions: WordSet = ["en", "du", "depuis", "des", "vers", "au", "jusqu"]
    static let conjunctions: WordSet = ["et", "ou"]
    /// Whether a mark is a quotation mark, left out: « » " “ ”.
    static func isQuote(_ mark: UInt32?) -> Bool {
        switch mark {
        case 0xAB, 0xBB, 0x22, 0x201C, 0x201D: true
        default: false
        }
    }
    static let comma: UInt32 = 0x2C

    /// Marks a headline does not end with: , : - — (
    static func isTrailing(_ mark: UInt32) -> Bool {
        switch mark {
        case 0x2C, 0x3A, 0x2D, 0x2014, 0x28: true
        default: false
        }
    }

    /// Marks written against the word before them: , . ) » ; :
    static func isClosing(_ mark: UInt32) -> Bool {
        switch mark {
        case 0x2C, 0x2E, 0x29, 0xBB, 0x3B, 0x3A: true
        default: false
        }
    }

    /// The headline in storage of its own size (made from its bytes at once: no spare capacity).
    /// `subject` is the index of the clause's subject among `participants` (read in place).
    static func make(clause: Clause, trigger: Trigger, subject: Int?, among participants: [Participant],
                     timexTokens: ArraySlice<Range<Int>>, in text: TokenizedText) -> String {
        let tokens = text.tokens
        let subjectTokens = subject.map { participants[$0].tokens }
        var start = clause.tokens.lowerBound
        var prefix = ""
        var dropped: Int?
        if let subjectTokens, clause.tokens.contains(subjectTokens.lowerBound) {
            start = subjectTokens.lowerBound
            // "Bernard Lamothe, a ordonné" → "Bernard Lamothe a ordonné".
            if subjectTokens.upperBound < trigger.groupStart, text.mark(subjectTokens.upperBound) == comma {
                dropped = subjectTokens.upperBound
            }
        } else {
            while start < trigger.groupStart, openers.contains(start, in: text) { start += 1 }
            // An incise first ("ajoute la même source, le secrétaire d'État a salué"): skip it.
            if start < trigger.groupStart, FrenchTriggers.reportingLemma(at: start, in: text),
               let incise = (start..<trigger.groupStart).first(where: { text.mark($0) == comma }) {
                start = incise + 1
            }
            if let subject, start < clause.tokens.upperBound, pronouns.contains(start, in: text) {
                prefix = participants[subject].name
                start += 1
            } else if let subject, start == trigger.groupStart
                || subjectOpeners.contains(clause.tokens.lowerBound, in: text) {
                // "et a salué …": the governor's subject, left out, comes back.
                prefix = participants[subject].name
            }
        }
        var end = min(clause.tokens.upperBound, trigger.token + 1)
        var words = 0
        var lastComma: Int?
        scan: while end < clause.tokens.upperBound {
            switch text.mark(end) {
            case 0x2E, 0x3B, 0x21, 0x3F: break scan  // . ; ! ?
            case .some(comma):
                if end + 1 < clause.tokens.upperBound, FrenchTriggers.isFiniteVerb(at: end + 1, in: text) { break scan }
                lastComma = end
            default: break
            }
            if tokens[end].kind == .word { words += 1 }
            if words > maximumWordsAfterTrigger {
                // Too long: end at the last comma if there is one, else where the count ran out.
                end = lastComma ?? end
                break
            }
            end += 1
        }
        // Tokens of start..<end left out of the headline.
        let shown = start..<max(end, start)
        // The expressions' tokens, and a few more: the subject's comma, the prepositions and
        // commas around the expressions.
        let leftRanges = merged(timexTokens, in: text)
        var left: [Int] = []
        if dropped != nil || !leftRanges.isEmpty { left.reserveCapacity(1 + 3 * leftRanges.count) }
        if let dropped { left.append(dropped) }
        for range in leftRanges {
            var before = range.lowerBound - 1
            let after = range.upperBound
            // "avaient échoué en janvier" → "avaient échoué": the preposition goes with its date.
            // "à 20 h": "à" folds to "a", which could be the auxiliary ("il a hier annoncé").
            if before >= 0, datePrepositions.contains(before, in: text) || FrenchTense.isPreposition(at: before, in: text) {
                left.append(before)
                before -= 1
            }
            // "a loué, le 6 janvier, le leadership" → "a loué le leadership".
            if after < tokens.count, text.mark(after) == comma {
                left.append(after)
                if before >= 0, text.mark(before) == comma { left.append(before) }
            }
        }
        // `left` holds a few tokens at most: looked through, with no array of flags made (read
        // through a constant: a variable a local function reads is checked for exclusive access
        // at each read).
        let leftOut = left
        // (`mark` is the token's, `text.mark(index)`, which the caller reads once.)
        func isKept(_ index: Int, mark: UInt32?) -> Bool {
            !isQuote(mark) && !leftRanges.contains { $0.contains(index) } && !leftOut.contains(index)
        }
        func isKept(_ index: Int) -> Bool { isKept(index, mark: text.mark(index)) }
        // The kept tokens lie from the first one to the last that is not a trailing mark.
        var span = 0..<0
        if let last = shown.reversed().first(where: {
            let mark = text.mark($0)
            return isKept($0, mark: mark) && !(mark.map(isTrailing) ?? false)
        }), let first = shown.first(where: isKept) {
            span = first..<(last + 1)
        }
        // Built as UTF-8 in a buffer on the stack, a token's bytes written at once (the body's
        // bytes are valid, and so is any run of its tokens): the prefix, the tokens' span, a space
        // before each.
        let spanBytes = span.isEmpty ? 0 : tokens[span.upperBound - 1].byteEnd - tokens[span.lowerBound].byteStart
        // (Eight bytes of room more: a short word is copied as one eight-byte word.)
        let bound = prefix.utf8.count + spanBytes + span.count + 8
        let headline = withUnsafeTemporaryAllocation(of: UInt8.self, capacity: bound) { room -> String in
            var count = 0
            for byte in prefix.utf8 {
                room[count] = byte
                count += 1
            }
            var previous: Int?
            text.bytes.withUnsafeBufferPointer { body in
                for index in span {
                    let mark = text.mark(index)
                    guard isKept(index, mark: mark) else { continue }
                    // A space before any token dropped since the previous kept one counts too.
                    let closing = mark.map(isClosing) ?? false
                    let spaced = tokens[index].spaceBefore
                        || (!closing && ((previous.map { $0 + 1 } ?? index)..<index).contains { tokens[$0].spaceBefore })
                    if count > 0 && spaced {
                        room[count] = UInt8(ascii: " ")
                        count += 1
                    }
                    // A word of eight bytes or fewer copied as one eight-byte word, the bytes after
                    // it overwritten next: cheaper still than `ByteCopy`'s choice of widths, for
                    // the dozen words of a headline (6.7 M instructions on 10 MB of news).
                    let bytes = tokens[index].byteStart..<tokens[index].byteEnd
                    if bytes.count <= 8, bytes.lowerBound + 8 <= body.count {
                        let word = UnsafeRawPointer(body.baseAddress! + bytes.lowerBound).loadUnaligned(as: UInt64.self)
                        UnsafeMutableRawPointer(room.baseAddress! + count).storeBytes(of: word, as: UInt64.self)
                    } else {
                        ByteCopy.copy(body.baseAddress! + bytes.lowerBound, to: room.baseAddress! + count, count: bytes.count)
                    }
                    count += bytes.count
                    previous = index
                }
            }
            // The first letter in capitals: an ASCII one in place, any other through its Character.
            if count > 0, room[0] >= UInt8(ascii: "a") && room[0] <= UInt8(ascii: "z") { room[0] -= 32 }
            return String(wellFormed: UnsafeBufferPointer(rebasing: room[..<count]).span)
        }
        guard let lead = headline.utf8.first, lead >= 0x80 else { return headline }
        return (headline.prefix(1).uppercased() + headline.dropFirst()).ownCopy
    }

    /// Token ranges joined when only a conjunction or a comma separates them ("lundi et mardi").
    static func merged(_ ranges: ArraySlice<Range<Int>>, in text: TokenizedText) -> ArraySlice<Range<Int>> {
        guard ranges.count > 1 else { return ranges }  // most clauses: nothing to sort or join
        var result: [Range<Int>] = []
        for range in ranges.sorted(by: { $0.lowerBound < $1.lowerBound }) {
            if let last = result.last, last.upperBound <= range.lowerBound,
               (last.upperBound..<range.lowerBound).allSatisfy({ conjunctions.contains($0, in: text) }) {
                result[result.count - 1] = last.lowerBound..<range.upperBound
            } else {
                result.append(range)
            }
        }
        return result[...]
    }
}
