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
        var buffer = ""
        while written < target {
            count += 1
            var line = article(number: count, random: &random)
            line += "\n"
            written += line.utf8.count
            buffer += line
            if buffer.utf8.count >= 1 << 20 {
                try file.write(contentsOf: Data(buffer.utf8))
                buffer = ""
            }
        }
        try file.write(contentsOf: Data(buffer.utf8))
        return (count, written)
    }

    /// One JSON Lines article.
    func article(number: Int, random: inout SplitMix64) -> String {
        let year = 2018 + random.below(7), month = 1 + random.below(12), day = 1 + random.below(28)
        var date = String(format: "%04d-%02d", year, month)
        if random.chance(85) { date += String(format: "-%02d", day) }
        if date.count == 10, random.chance(5) { date += String(format: "T%02d:%02d", 6 + random.below(16), random.below(60)) }
        let maker = SentenceMaker(year: year)
        var paragraphs: [String] = []
        let sentences = 6 + random.below(11)
        var paragraph: [String] = []
        for _ in 0..<sentences {
            // (No draw at the dense density, whose corpus stays what it was.)
            let undated = density.undatedShare > 0 && random.chance(density.undatedShare)
            paragraph.append(maker.sentence(
                from: undated ? CorpusVocabulary.undatedTemplates : CorpusVocabulary.templates, random: &random))
            if paragraph.count >= 2 + random.below(3) {
                paragraphs.append(paragraph.joined(separator: " "))
                paragraph = []
            }
        }
        if !paragraph.isEmpty { paragraphs.append(paragraph.joined(separator: " ")) }
        let title = "À \(random.pick(CorpusVocabulary.places)), \(random.pick(CorpusVocabulary.topics))"
        return "{\"id\":\"bench-\(String(format: "%07d", number))\",\"date\":\"\(date)\","
            + "\"title\":\(Self.json(title)),\"text\":\(Self.json(paragraphs.joined(separator: "\n\n")))}"
    }

    /// A JSON string literal.
    static func json(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }
}

/// Fills a template's slots.
struct SentenceMaker {
    /// The article's year, for explicit dates near it.
    var year: Int

    func sentence(from templates: [String], random: inout SplitMix64) -> String {
        var template = Substring(random.pick(templates))
        var out = ""
        while let open = template.firstIndex(of: "{") {
            out += template[..<open]
            let close = template[open...].firstIndex(of: "}")!
            let slot = template[template.index(after: open)..<close]
            var value = fill(slot.lowercased(), random: &random)
            if slot.first?.isUppercase == true, let first = value.first {
                value = first.uppercased() + value.dropFirst()
            }
            out += value
            template = template[template.index(after: close)...]
        }
        return out + template
    }

    func fill(_ slot: String, random: inout SplitMix64) -> String {
        let words = CorpusVocabulary.self
        switch slot {
        case "date": return pastDate(random: &random)
        case "future": return number(in: random.pick(words.futureDeictics), random: &random)
        case "anaphor": return number(in: random.pick(words.anaphors), random: &random)
        case "person", "person2": return person(random: &random)
        case "place": return random.pick(words.places)
        case "country", "country2": return random.pick(words.countries)
        case "org", "org2": return random.pick(words.organisations)
        case "topic": return random.pick(words.topics)
        case "crowd": return random.pick(words.crowds)
        case "quote": return random.pick(words.quotes)
        case "count": return random.chance(50) ? String(10 + random.below(990)) : "\(1 + random.below(30)) 000"
        case "amount": return "\(1 + random.below(900)) millions"
        case "pct": return "\(1 + random.below(70)),\(random.below(10))"
        case "range": return range(random: &random)
        case "year": return String(year - random.below(4))
        case "month": return random.pick(words.months)
        case "day": return random.chance(10) ? "1er" : String(2 + random.below(27))
        case "quarter": return random.pick(["premier", "deuxième", "troisième", "quatrième"])
        case "time": return random.pick(["14 h 30", "9 heures", "18h", "midi", "20 h 15"])
        default: return slot
        }
    }

    func person(random: inout SplitMix64) -> String {
        let name = "\(random.pick(CorpusVocabulary.firstNames)) \(random.pick(CorpusVocabulary.lastNames))"
        switch random.below(3) {
        case 0: return "\(random.pick(CorpusVocabulary.titles)), \(name)"
        case 1:  // "Claire Vasseur, ministre de l’Intérieur": the title without its article
            var title = Substring(random.pick(CorpusVocabulary.titles))
            for article in ["le ", "la ", "l’"] where title.hasPrefix(article) { title = title.dropFirst(article.count) }
            return "\(name), \(title)"
        default: return name
        }
    }

    func pastDate(random: inout SplitMix64) -> String {
        let words = CorpusVocabulary.self
        let day = random.chance(10) ? "1er" : String(2 + random.below(27))
        let month = random.pick(words.months), someYear = year - random.below(3)
        switch random.below(12) {
        case 0, 1: return "le \(day) \(month)"
        case 2: return "le \(day) \(month) \(someYear)"
        case 3: return "\(random.pick(words.weekdays)) \(day) \(month)"
        case 4: return "en \(month)" + (random.chance(50) ? " \(someYear)" : "")
        case 5: return random.pick(["début ", "mi-", "fin "]) + month
        case 6: return String(format: "le %02d/%02d/%04d", 1 + random.below(28), 1 + random.below(12), someYear)
        case 7:
            let first = random.below(6)
            return "\(words.weekdays[first]) et \(words.weekdays[first + 1])"
        case 8: return "en \(someYear)"
        default: return number(in: random.pick(words.pastDeictics), random: &random)
        }
    }

    func range(random: inout SplitMix64) -> String {
        let first = 1 + random.below(14), last = first + 1 + random.below(13)
        let month = random.pick(CorpusVocabulary.months)
        switch random.below(3) {
        case 0: return "du \(first) au \(last) \(month)"
        case 1: return "entre le \(first) et le \(last) \(month) \(year)"
        default: return "du \(first) \(month) au \(last) \(random.pick(CorpusVocabulary.months))"
        }
    }

    /// The phrase with `{n}` replaced by a number word or digits.
    func number(in phrase: String, random: inout SplitMix64) -> String {
        guard phrase.contains("{n}") else { return phrase }
        let number = random.chance(50) ? random.pick(CorpusVocabulary.numberWords) : String(2 + random.below(20))
        return phrase.replacingOccurrences(of: "{n}", with: number)
    }
}

/// A message for the user, printed on standard error.
struct BenchError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
