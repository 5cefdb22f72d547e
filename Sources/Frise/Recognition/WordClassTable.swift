/// Classes of folded words, looked up without Swift's seeded hashing: a tokenizer-speed table.
///
/// Open addressing on an FNV-1a hash of the word's UTF-8, confirmed by comparing the word itself,
/// so a look-up costs a few instructions per byte where `Set<String>` hashes with SipHash.
struct WordClassTable: Sendable {
    private var words: [String?]
    private var classes: [UInt8]
    private let mask: Int

    /// A table of `entries`; a word listed twice keeps the union of its classes.
    init(_ entries: [(word: String, classes: UInt8)]) {
        var size = 16
        while size < entries.count * 2 { size *= 2 }
        words = Array(repeating: nil, count: size)
        classes = Array(repeating: 0, count: size)
        mask = size - 1
        for (word, wordClasses) in entries {
            var slot = Self.hash(word) & mask
            while let present = words[slot], present != word { slot = (slot + 1) & mask }
            words[slot] = word
            classes[slot] |= wordClasses
        }
    }

    /// The classes of `word`, 0 when it is not in the table.
    @inline(__always)
    func classes(of word: String) -> UInt8 {
        classes(of: word, hash: Self.hash(word))
    }

    /// The classes of `word` whose `hash(_:)` is known (a token's `foldedHash`), 0 when it is not
    /// in the table.
    @inline(__always)
    func classes(of word: String, hash: Int) -> UInt8 {
        var slot = hash & mask
        while let present = words[slot] {
            if present == word { return classes[slot] }
            slot = (slot + 1) & mask
        }
        return 0
    }

    @inline(__always)
    static func hash(_ word: String) -> Int {
        var hash = WordHash()
        for byte in word.utf8 { hash.add(byte) }
        return hash.value
    }
}

/// The hash `WordClassTable` uses, fed one UTF-8 byte at a time: FNV-1a, its high bits folded
/// down. The tokenizer feeds it as it folds a word, so that look-ups need not read the word again.
struct WordHash {
    private var state: UInt64 = 0xcbf2_9ce4_8422_2325

    @inline(__always)
    mutating func add(_ byte: UInt8) {
        state = (state ^ UInt64(byte)) &* 0x100_0000_01b3
    }

    var value: Int { Int(truncatingIfNeeded: state ^ (state >> 29)) }
}
