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
        var slot = Self.hash(word) & mask
        while let present = words[slot] {
            if present == word { return classes[slot] }
            slot = (slot + 1) & mask
        }
        return 0
    }

    @inline(__always)
    static func hash(_ word: String) -> Int {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in word.utf8 { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
        return Int(truncatingIfNeeded: hash ^ (hash >> 29))
    }
}
