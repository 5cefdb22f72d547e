/// A table keyed by folded words, for the look-ups rules make at every token.
///
/// `Dictionary<String, _>` hashes each key with seeded SipHash, a few hundred instructions for a
/// short word; here a word is hashed with FNV-1a over its UTF-8 bytes, the table is open
/// addressed and each slot keeps its key's full hash, so a miss rarely compares strings.
/// Keys iterate in the order they were first inserted.
public struct WordMap<Value: Sendable>: Sendable {
    /// Per slot: the key's hash (never 0), or 0 for an empty slot.
    private var hashes: [UInt64]
    /// Per slot: the position of its entry in `keys` and `values`.
    private var entries: [Int32]
    public private(set) var keys: [String] = []
    public private(set) var values: [Value] = []

    public init() {
        hashes = Array(repeating: 0, count: 16)
        entries = Array(repeating: 0, count: 16)
    }

    public init<S: Sequence>(_ pairs: S) where S.Element == (String, Value) {
        self.init()
        for (key, value) in pairs { self[key] = value }
    }

    public var count: Int { keys.count }
    public var isEmpty: Bool { keys.isEmpty }

    public subscript(word: String) -> Value? {
        get { slot(of: word, hash: Self.hash(word)).map { values[Int(entries[$0])] } }
        set {
            let hash = Self.hash(word)
            if let slot = slot(of: word, hash: hash) {
                guard let newValue else { return remove(slot) }
                values[Int(entries[slot])] = newValue
            } else if let newValue {
                insert(word, newValue, hash: hash)
            }
        }
    }

    public func contains(_ word: String) -> Bool { slot(of: word, hash: Self.hash(word)) != nil }

    /// The value of a token's folded form, with the hash the tokenizer computed. Inlined, so that
    /// a token read from an array is not copied whole (rules look tokens up at every candidate).
    @inline(__always)
    public subscript(token: Token) -> Value? {
        slot(of: token.folded, hash: Self.sealed(token.foldedHash)).map { values[Int(entries[$0])] }
    }

    @inline(__always)
    public func contains(_ token: Token) -> Bool {
        slot(of: token.folded, hash: Self.sealed(token.foldedHash)) != nil
    }

    @inline(__always)
    private func slot(of word: String, hash: UInt64) -> Int? {
        let mask = hashes.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        while true {
            let present = hashes[slot]
            if present == 0 { return nil }
            if present == hash, keys[Int(entries[slot])] == word { return slot }
            slot = (slot + 1) & mask
        }
    }

    private mutating func insert(_ word: String, _ value: Value, hash: UInt64) {
        if (keys.count + 1) * 2 > hashes.count { rehash(capacity: hashes.count * 2) }
        place(hash, entry: keys.count)
        keys.append(word)
        values.append(value)
    }

    private mutating func place(_ hash: UInt64, entry: Int) {
        let mask = hashes.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        while hashes[slot] != 0 { slot = (slot + 1) & mask }
        hashes[slot] = hash
        entries[slot] = Int32(entry)
    }

    private mutating func rehash(capacity: Int) {
        hashes = Array(repeating: 0, count: capacity)
        entries = Array(repeating: 0, count: capacity)
        for (entry, key) in keys.enumerated() { place(Self.hash(key), entry: entry) }
    }

    /// Removing is rare (tables are built once): the table is rebuilt without the entry.
    private mutating func remove(_ slot: Int) {
        let entry = Int(entries[slot])
        keys.remove(at: entry)
        values.remove(at: entry)
        rehash(capacity: hashes.count)
    }

    /// The table's hash of a word: `WordHash`, never 0 (0 marks an empty slot).
    @inline(__always)
    static func hash(_ word: String) -> UInt64 {
        let hash = word.utf8.withContiguousStorageIfAvailable(WordHash.value(of:)) ?? WordHash.value(of: word.utf8)
        return sealed(hash)
    }

    @inline(__always)
    static func sealed(_ hash: Int) -> UInt64 { UInt64(bitPattern: Int64(hash)) | 1 }
}

extension WordMap: ExpressibleByDictionaryLiteral {
    public init(dictionaryLiteral elements: (String, Value)...) {
        self.init(elements)
    }
}

extension WordMap: Sequence {
    public func makeIterator() -> Zip2Sequence<[String], [Value]>.Iterator { zip(keys, values).makeIterator() }
}

/// A set of folded words with `WordMap`'s look-up.
public struct WordSet: Sendable, Equatable {
    private var map: WordMap<Bool>

    public init() { map = WordMap() }

    public init<S: Sequence>(_ words: S) where S.Element == String {
        map = WordMap(words.lazy.map { ($0, true) })
    }

    public var count: Int { map.count }
    public var isEmpty: Bool { map.isEmpty }

    @inline(__always)
    public func contains(_ word: String) -> Bool { map.contains(word) }

    @inline(__always)
    public func contains(_ token: Token) -> Bool { map.contains(token) }

    public mutating func insert(_ word: String) { map[word] = true }

    public mutating func formUnion<S: Sequence>(_ words: S) where S.Element == String {
        for word in words { map[word] = true }
    }

    public func union<S: Sequence>(_ words: S) -> WordSet where S.Element == String {
        var result = self
        result.formUnion(words)
        return result
    }

    public func subtracting<S: Sequence>(_ words: S) -> WordSet where S.Element == String {
        var result = self
        for word in words { result.map[word] = nil }
        return result
    }

    public func isSuperset<S: Sequence>(of words: S) -> Bool where S.Element == String {
        words.allSatisfy(contains)
    }

    public static func == (a: WordSet, b: WordSet) -> Bool { Set(a) == Set(b) }
}

extension WordSet: ExpressibleByArrayLiteral {
    public init(arrayLiteral words: String...) { self.init(words) }
}

extension WordSet: Sequence {
    public func makeIterator() -> IndexingIterator<[String]> { map.keys.makeIterator() }
}

/// The hash of a folded word, fed one UTF-8 byte at a time: FNV-1a, its high bits folded down.
/// The tokenizer feeds it as it folds a word (`Token.foldedHash`), so that `WordMap` look-ups of
/// tokens need not read the word again.
struct WordHash {
    private var state: UInt64 = 0xcbf2_9ce4_8422_2325

    @inline(__always)
    mutating func add(_ byte: UInt8) {
        state = (state ^ UInt64(byte)) &* 0x100_0000_01b3
    }

    var value: Int { Int(truncatingIfNeeded: state ^ (state >> 29)) }

    /// The hash of a whole word's bytes.
    @inline(__always)
    static func value(of bytes: some Sequence<UInt8>) -> Int {
        var hash = WordHash()
        for byte in bytes { hash.add(byte) }
        return hash.value
    }
}
