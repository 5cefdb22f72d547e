import Foundation

/// A deterministic pseudo-random generator (SplitMix64): one seed, one sequence, on every machine.
struct SplitMix64 {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A number in `0..<bound`.
    mutating func below(_ bound: Int) -> Int { Int(next() % UInt64(bound)) }

    mutating func pick<T>(_ values: [T]) -> T { values[below(values.count)] }

    /// True `percent` times in a hundred.
    mutating func chance(_ percent: Int) -> Bool { below(100) < percent }
}

/// Writes a French news-like corpus as JSON Lines (`id`, `date`, `title`, `text`): the same
/// bytes for the same seed and size.
///
/// Each article holds 6 to 16 sentences in paragraphs, made from `CorpusVocabulary`'s templates:
/// dates in many forms (explicit, deictic, anaphoric, ranges, times), people with their titles,
/// places, organisations, event verbs and numbers.
struct CorpusGenerator {
    var seed: UInt64 = 42
    var density = Density.news

    /// How many temporal expressions the text holds.
    enum Density: String, CaseIterable {
        /// About four expressions a kilobyte, as in news: the French TimeBank's articles hold 181
        /// TIMEX3 in 43,320 bytes of text (4.2 a KB); about two sentences in three have no date here.
        case news
        /// Every sentence but one template's has a date, most two: about ten expressions a KB
        /// (the only corpus before the news density, kept byte for byte for its measurements).
        case dense

        /// The percentage of sentences made from `CorpusVocabulary.undatedTemplates`.
        var undatedShare: Int { self == .news ? 65 : 0 }
    }

    /// Writes articles to `path` until it holds at least `bytes` bytes; returns the articles written.
    func write(bytes target: Int, to path: String) throws -> (articles: Int, bytes: Int) {
        guard FileManager.default.createFile(atPath: path, contents: nil),
              let file = FileHandle(forWritingAtPath: path) else {
            throw BenchError("cannot create \(path)")
        }
        defer { try? file.close() }
        var random = SplitMix64(seed: seed)
        var written = 0, count = 0
        var buffer: [UInt8] = []
        buffer.reserveCapacity(1 << 21)
        while written < target {
            count += 1
            let before = buffer.count
            article(number: count, random: &random, into: &buffer)
            buffer.append(UInt8(ascii: "\n"))
            written += buffer.count - before
            if buffer.count >= 1 << 20 {
                try file.write(contentsOf: buffer)
                buffer.removeAll(keepingCapacity: true)
            }
        }
        try file.write(contentsOf: buffer)
        return (count, written)
    }

    /// Appends one JSON Lines article (without its line break) to `out`.
    ///
    /// Written as UTF-8 bytes from templates cut once into pieces: building strings, a gigabyte
    /// took over two minutes.
    func article(number: Int, random: inout SplitMix64, into out: inout [UInt8]) {
        let year = 2018 + random.below(7), month = 1 + random.below(12), day = 1 + random.below(28)
        var date: [UInt8] = []
        date.appendDigits(year, width: 4)
        date.append(UInt8(ascii: "-"))
        date.appendDigits(month, width: 2)
        if random.chance(85) {
            date.append(UInt8(ascii: "-"))
            date.appendDigits(day, width: 2)
            if random.chance(5) {
                date.append(UInt8(ascii: "T"))
                date.appendDigits(6 + random.below(16), width: 2)
                date.append(UInt8(ascii: ":"))
                date.appendDigits(random.below(60), width: 2)
            }
        }
        let maker = SentenceMaker(year: year)
        var text: [UInt8] = []
        text.reserveCapacity(2048)
        let sentences = 6 + random.below(11)
        var inParagraph = 0
        for _ in 0..<sentences {
            // (No draw at the dense density, whose corpus stays what it was.)
            let undated = density.undatedShare > 0 && random.chance(density.undatedShare)
            if inParagraph > 0 {
                text.append(UInt8(ascii: " "))
            } else if !text.isEmpty {
                text.append(contentsOf: "\n\n".utf8)
            }
            maker.sentence(from: undated ? SentenceMaker.undatedTemplates : SentenceMaker.templates,
                           random: &random, into: &text)
            inParagraph += 1
            if inParagraph >= 2 + random.below(3) { inParagraph = 0 }
        }
        var title = Array("À ".utf8)
        title += random.pick(SentenceMaker.words.places)
        title += ", ".utf8
        title += random.pick(SentenceMaker.words.topics)
        out += #"{"id":"bench-"#.utf8
        out.appendDigits(number, width: 7)
        out += #"","date":""#.utf8
        out += date
        out += #"","title":"#.utf8
        Self.appendJSON(title, to: &out)
        out += #","text":"#.utf8
        Self.appendJSON(text, to: &out)
        out.append(UInt8(ascii: "}"))
    }

    /// Appends `text` as a JSON string literal (quote, backslash and line break escaped).
    static func appendJSON(_ text: [UInt8], to out: inout [UInt8]) {
        out.append(UInt8(ascii: "\""))
        for byte in text {
            switch byte {
            case UInt8(ascii: "\""): out += #"\""#.utf8
            case UInt8(ascii: "\\"): out += #"\\"#.utf8
            case UInt8(ascii: "\n"): out += #"\n"#.utf8
            default: out.append(byte)
            }
        }
        out.append(UInt8(ascii: "\""))
    }
}

/// Fills a template's slots.
struct SentenceMaker {
    /// The article's year, for explicit dates near it.
    var year: Int

    /// A template cut into its text and its slots.
    enum Piece {
        case text([UInt8])
        /// A slot, its name lower-cased; `capitalized` when the template writes it so ("{Person}").
        case slot(String, capitalized: Bool)
    }

    static let templates = CorpusVocabulary.templates.map(pieces)
    static let undatedTemplates = CorpusVocabulary.undatedTemplates.map(pieces)
    /// The vocabulary as UTF-8.
    static let words = Words()

    struct Words {
        let firstNames = bytes(CorpusVocabulary.firstNames), lastNames = bytes(CorpusVocabulary.lastNames)
        let titles = bytes(CorpusVocabulary.titles), places = bytes(CorpusVocabulary.places)
        let countries = bytes(CorpusVocabulary.countries), organisations = bytes(CorpusVocabulary.organisations)
        let topics = bytes(CorpusVocabulary.topics), crowds = bytes(CorpusVocabulary.crowds)
        let quotes = bytes(CorpusVocabulary.quotes), months = bytes(CorpusVocabulary.months)
        let weekdays = bytes(CorpusVocabulary.weekdays), numberWords = bytes(CorpusVocabulary.numberWords)
        let pastDeictics = bytes(CorpusVocabulary.pastDeictics), futureDeictics = bytes(CorpusVocabulary.futureDeictics)
        let anaphors = bytes(CorpusVocabulary.anaphors)
        let quarters = bytes(["premier", "deuxième", "troisième", "quatrième"])
        let times = bytes(["14 h 30", "9 heures", "18h", "midi", "20 h 15"])
        let seasons = bytes(["début ", "mi-", "fin "])
        /// Title articles dropped after a name ("Claire Vasseur, ministre de l’Intérieur").
        let titleArticles = bytes(["le ", "la ", "l’"])

        static func bytes(_ words: [String]) -> [[UInt8]] { words.map { Array($0.utf8) } }
    }

    static func pieces(_ template: String) -> [Piece] {
        var pieces: [Piece] = []
        var rest = Substring(template)
        while let open = rest.firstIndex(of: "{") {
            pieces.append(.text(Array(rest[..<open].utf8)))
            let close = rest[open...].firstIndex(of: "}")!
            let slot = rest[rest.index(after: open)..<close]
            pieces.append(.slot(slot.lowercased(), capitalized: slot.first?.isUppercase == true))
            rest = rest[rest.index(after: close)...]
        }
        pieces.append(.text(Array(rest.utf8)))
        return pieces
    }

    func sentence(from templates: [[Piece]], random: inout SplitMix64, into out: inout [UInt8]) {
        for piece in random.pick(templates) {
            switch piece {
            case .text(let bytes):
                out += bytes
            case .slot(let name, let capitalized):
                let start = out.count
                fill(name, random: &random, into: &out)
                if capitalized, start < out.count { Self.capitalize(&out, from: start) }
            }
        }
    }

    /// Upper-cases the character at `start`, the last thing in `out`.
    static func capitalize(_ out: inout [UInt8], from start: Int) {
        if out[start] >= UInt8(ascii: "a") && out[start] <= UInt8(ascii: "z") {
            out[start] -= 32
            return
        }
        let value = String(decoding: out[start...], as: UTF8.self)
        out.removeSubrange(start...)
        out += (value.prefix(1).uppercased() + value.dropFirst()).utf8
    }

    func fill(_ slot: String, random: inout SplitMix64, into out: inout [UInt8]) {
        let words = Self.words
        switch slot {
        case "date": pastDate(random: &random, into: &out)
        case "future": number(in: random.pick(words.futureDeictics), random: &random, into: &out)
        case "anaphor": number(in: random.pick(words.anaphors), random: &random, into: &out)
        case "person", "person2": person(random: &random, into: &out)
        case "place": out += random.pick(words.places)
        case "country", "country2": out += random.pick(words.countries)
        case "org", "org2": out += random.pick(words.organisations)
        case "topic": out += random.pick(words.topics)
        case "crowd": out += random.pick(words.crowds)
        case "quote": out += random.pick(words.quotes)
        case "count":
            if random.chance(50) {
                out.appendDigits(10 + random.below(990))
            } else {
                out.appendDigits(1 + random.below(30))
                out += " 000".utf8
            }
        case "amount":
            out.appendDigits(1 + random.below(900))
            out += " millions".utf8
        case "pct":
            out.appendDigits(1 + random.below(70))
            out.append(UInt8(ascii: ","))
            out.appendDigits(random.below(10))
        case "range": range(random: &random, into: &out)
        case "year": out.appendDigits(year - random.below(4))
        case "month": out += random.pick(words.months)
        case "day": day(random: &random, into: &out)
        case "quarter": out += random.pick(words.quarters)
        case "time": out += random.pick(words.times)
        default: out += slot.utf8
        }
    }

    /// A day of the month: "1er" one time in ten, else 2 to 28.
    func day(random: inout SplitMix64, into out: inout [UInt8]) {
        if random.chance(10) { out += "1er".utf8 } else { out.appendDigits(2 + random.below(27)) }
    }

    func person(random: inout SplitMix64, into out: inout [UInt8]) {
        let words = Self.words
        let first = random.pick(words.firstNames), last = random.pick(words.lastNames)
        func name() {
            out += first
            out.append(UInt8(ascii: " "))
            out += last
        }
        switch random.below(3) {
        case 0:
            out += random.pick(words.titles)
            out += ", ".utf8
            name()
        case 1:  // "Claire Vasseur, ministre de l’Intérieur": the title without its article
            var title = random.pick(words.titles)[...]
            for article in words.titleArticles where title.starts(with: article) { title = title.dropFirst(article.count) }
            name()
            out += ", ".utf8
            out += title
        default:
            name()
        }
    }

    func pastDate(random: inout SplitMix64, into out: inout [UInt8]) {
        let words = Self.words
        var day: [UInt8] = []
        self.day(random: &random, into: &day)
        let month = random.pick(words.months), someYear = year - random.below(3)
        /// "DAY MONTH"
        func dayAndMonth() {
            out += day
            out.append(UInt8(ascii: " "))
            out += month
        }
        let form = random.below(12)
        switch form {
        case 0, 1, 2:  // "le 6 janvier"; with the year one time in three
            out += "le ".utf8
            dayAndMonth()
            if form == 2 {
                out.append(UInt8(ascii: " "))
                out.appendDigits(someYear)
            }
        case 3:
            out += random.pick(words.weekdays)
            out.append(UInt8(ascii: " "))
            dayAndMonth()
        case 4:
            out += "en ".utf8
            out += month
            if random.chance(50) {
                out.append(UInt8(ascii: " "))
                out.appendDigits(someYear)
            }
        case 5:
            out += random.pick(words.seasons)
            out += month
        case 6:
            out += "le ".utf8
            out.appendDigits(1 + random.below(28), width: 2)
            out.append(UInt8(ascii: "/"))
            out.appendDigits(1 + random.below(12), width: 2)
            out.append(UInt8(ascii: "/"))
            out.appendDigits(someYear, width: 4)
        case 7:
            let first = random.below(6)
            out += words.weekdays[first]
            out += " et ".utf8
            out += words.weekdays[first + 1]
        case 8:
            out += "en ".utf8
            out.appendDigits(someYear)
        default:
            number(in: random.pick(words.pastDeictics), random: &random, into: &out)
        }
    }

    func range(random: inout SplitMix64, into out: inout [UInt8]) {
        let first = 1 + random.below(14), last = first + 1 + random.below(13)
        let month = random.pick(Self.words.months)
        /// "du 3 au 9 mars", "entre le 3 et le 9 mars"
        func days(_ opening: String, _ between: String) {
            out += opening.utf8
            out.appendDigits(first)
            out += between.utf8
            out.appendDigits(last)
            out.append(UInt8(ascii: " "))
            out += month
        }
        switch random.below(3) {
        case 0:
            days("du ", " au ")
        case 1:
            days("entre le ", " et le ")
            out.append(UInt8(ascii: " "))
            out.appendDigits(year)
        default:
            out += "du ".utf8
            out.appendDigits(first)
            out.append(UInt8(ascii: " "))
            out += month
            out += " au ".utf8
            out.appendDigits(last)
            out.append(UInt8(ascii: " "))
            out += random.pick(Self.words.months)
        }
    }

    /// The phrase with `{n}` replaced by a number word or digits.
    func number(in phrase: [UInt8], random: inout SplitMix64, into out: inout [UInt8]) {
        let slot = Array("{n}".utf8)
        guard let at = phrase.indices.first(where: { phrase[$0...].starts(with: slot) }) else {
            out += phrase
            return
        }
        out += phrase[..<at]
        if random.chance(50) { out += random.pick(Self.words.numberWords) } else { out.appendDigits(2 + random.below(20)) }
        out += phrase[(at + slot.count)...]
    }
}

extension [UInt8] {
    /// Appends `value`'s decimal digits, zero-padded to `width`.
    mutating func appendDigits(_ value: Int, width: Int = 1) {
        precondition(value >= 0)
        var digits: [UInt8] = []
        var rest = value
        repeat {
            digits.append(UInt8(ascii: "0") + UInt8(rest % 10))
            rest /= 10
        } while rest > 0
        if digits.count < width { append(contentsOf: repeatElement(UInt8(ascii: "0"), count: width - digits.count)) }
        append(contentsOf: digits.reversed())
    }
}

/// A message for the user, printed on standard error.
struct BenchError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
