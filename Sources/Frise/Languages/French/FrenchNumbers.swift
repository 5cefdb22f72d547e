/// French numbers in digits or in words, cardinal and ordinal.
///
/// Word numbers follow French composition: "vingt et un", "trente-cinq",
/// "soixante-dix", "quatre-vingt-dix-neuf", "deux cents", "mille neuf cent":
/// each added word must be smaller than the one before it, "cent" and "mille"
/// multiply. Hyphens are separate tokens, glued to their words.
enum FrenchNumbers {
    /// Number words by folded form.
    static let words: WordMap<Int> = [
        "un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7, "huit": 8,
        "neuf": 9, "dix": 10, "onze": 11, "douze": 12, "treize": 13, "quatorze": 14, "quinze": 15, "seize": 16,
        "vingt": 20, "vingts": 20, "trente": 30, "quarante": 40, "cinquante": 50, "soixante": 60,
        "cent": 100, "cents": 100, "mille": 1000,
    ]

    /// Ordinal words by folded form ("premier", "deuxième", "second").
    static let ordinalWords: WordMap<Int> = [
        "premier": 1, "premiere": 1, "deuxieme": 2, "second": 2, "seconde": 2, "troisieme": 3, "quatrieme": 4,
        "cinquieme": 5, "sixieme": 6, "septieme": 7, "huitieme": 8, "neuvieme": 9, "dixieme": 10,
    ]

    /// Suffixes glued to a digit that make it an ordinal ("1er", "2e", "3ème", "2nd", "21ᵉ").
    static let ordinalSuffixes: WordSet = ["er", "re", "ere", "e", "eme", "nd", "nde", "ᵉ", "ᵉʳ", "me"]

    /// A cardinal at `at`: digits ("3", "30,4", "3.000") or words ("vingt et un"), with its token length.
    static func cardinal(_ c: TokenCursor, _ at: Int) -> (value: Double, length: Int)? {
        if let token = c[at], token.kind == .number { return digits(c, at) }
        return spelled(c, at).map { (Double($0.value), $0.length) }
    }

    /// A number in digits, with a decimal part after a glued comma or period, or
    /// thousands after a glued period ("3.000") or a space ("1 500").
    static func digits(_ c: TokenCursor, _ at: Int) -> (value: Double, length: Int)? {
        guard let (whole, wholeDigits) = c.number(at) else { return nil }
        let separator = c.isText(at + 1, ",") ? "," : c.isText(at + 1, ".") ? "." : nil
        if let separator, c.isGlued(at + 1), let (part, digits) = c.number(at + 2), c.isGlued(at + 2) {
            if separator == "." && digits == 3 { return (Double(whole * 1000 + part), 3) }
            let fraction = Double(part) / pow10(digits)
            return (Double(whole) + fraction, 3)
        }
        if wholeDigits <= 3, let (part, digits) = c.number(at + 1), digits == 3, !c.isGlued(at + 1),
           !c.isNumber(at - 1) {
            return (Double(whole * 1000 + part), 2)
        }
        return (Double(whole), 1)
    }

    /// A number in words, with its token length.
    static func spelled(_ c: TokenCursor, _ at: Int) -> (value: Int, length: Int)? {
        var total = 0, current = 0, last = Int.max, index = at, length = 0
        while let value = c.word(index, in: words), let word = c.word(index) {
            if value == 100 {
                current = max(current, 1) * 100
                last = 100
            } else if value == 1000 {
                total += max(current, 1) * 1000
                current = 0
                last = 1000
            } else if value == 20 && last == 4 {
                current += 76  // "quatre-vingt(s)": 4 × 20
                last = 80
            } else {
                guard value < last || last >= 100 && value < 100 else { break }
                if (word == "un" || word == "une") && length > 0 && !c.isWord(index - 1, "et") { break }
                current += value
                last = value
            }
            length = index - at + 1
            // Joiners: a glued hyphen ("trente-cinq") or "et" before "un", "une", "onze" ("vingt et un").
            if c.isText(index + 1, "-"), c.isGlued(index + 1), c.isGlued(index + 2),
               let next = c.word(index + 2), words[next] != nil {
                index += 2
            } else if c.isWord(index + 1, "et"), let next = c.word(index + 2), ["un", "une", "onze"].contains(next),
                      (20...60).contains(last) {
                index += 2
            } else {
                index += 1
            }
        }
        guard length > 0 else { return nil }
        return (total + current, length)
    }

    /// An ordinal at `at`: "premier", "deuxième", "1er", "2e", "3ème", with its token length.
    static func ordinal(_ c: TokenCursor, _ at: Int) -> (value: Int, length: Int)? {
        if let value = c.word(at, in: ordinalWords) { return (value, 1) }
        guard c.isNumber(at), let token = c[at], token.digitCount <= 2, let value = token.number,
              let suffix = c.word(at + 1), c.isGlued(at + 1), ordinalSuffixes.contains(suffix) else { return nil }
        return (value, 2)
    }

    /// A Roman ordinal as written before "siècle": "XXe", "XIXème", "XXIᵉ" (I, V and X only).
    ///
    /// Read from the folded word's bytes: the gate asks it of many words, and the letters it
    /// takes are ASCII (a letter with a combining mark is none of them, as a byte is not).
    static func romanOrdinal(_ word: String) -> Int? { word.withUTF8Bytes(romanOrdinal(folded:)) }

    /// `romanOrdinal` of a folded word's bytes, read in place.
    static func romanOrdinal(folded bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        // Most words fail on their first letter.
        guard let first = bytes.first, first == UInt8(ascii: "i") || first == UInt8(ascii: "v")
            || first == UInt8(ascii: "x") else { return nil }
        guard let suffix = romanSuffixes.first(where: { bytes.count >= $0.count && bytes.suffix($0.count).elementsEqual($0) })
        else { return nil }
        // Centuries only need I, V and X; "Le" must not read as L (50).
        var total = 0, previous = 0
        for byte in bytes.dropLast(suffix.count).reversed() {
            let value: Int
            switch byte {
            case UInt8(ascii: "i"): value = 1
            case UInt8(ascii: "v"): value = 5
            case UInt8(ascii: "x"): value = 10
            default: return nil
            }
            total += value < previous ? -value : value
            previous = max(previous, value)
        }
        return total > 0 ? total : nil
    }

    /// The endings of a Roman ordinal, in UTF-8, the longest first: "ème" folds to "eme".
    private static let romanSuffixes: [[UInt8]] = ["eme", "ᵉ", "e"].map { Array($0.utf8) }

    private static func pow10(_ exponent: Int) -> Double {
        (0..<exponent).reduce(1.0) { value, _ in value * 10 }
    }
}
