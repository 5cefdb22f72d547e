import Foundation

/// A table keyed by folded words, for the look-ups rules make at every token.
///
/// `Dictionary<String, _>` hashes each key with seeded SipHash, a few hundred instructions for a
/// short word; here a word is hashed with FNV-1a over its UTF-8 bytes and the table is open
/// addressed. The table stays at most a quarter full: most tokens looked up are no key, and a
/// miss reads slots until an empty one (about 2.5 slots at half full, 1.4 at a quarter: `frise
/// timeline` ran 1.4% fewer instructions and 3% less time, for 1.6 MB more tables). A slot is
/// probed by a byte of its key's hash (a tag): the probes of the verb forms' 65,536 slots read
/// 64 KB, not the 512 KB of a full hash each, and a key's bytes are compared only when its tag
/// matches (one time in 128 for another word).
/// Tokens are looked up by their folded bytes in the text, compared with the keys' bytes, which
/// the table keeps one after another. Keys iterate in the order they were first inserted.
public struct WordMap<Value: Sendable>: Sendable {
    /// Per slot: the tag of its key's hash (`tag(_:)`, never 0), or 0 for an empty slot.
    private var tags: [UInt8]
    /// Per slot: the position of its entry in `keys` and `values`.
    private var entries: [Int32]
    /// Per entry: its key's hash, to place the keys again when the table grows.
    private var keyHashes: [UInt64] = []
    public private(set) var keys: [String] = []
    public private(set) var values: [Value] = []
    /// The keys' UTF-8, one after another: key i is `keyBytes[keyStarts[i]..<keyStarts[i + 1]]`.
    private var keyBytes: [UInt8] = []
    private var keyStarts: [Int32] = [0]

    public init() { self.init(minimumCapacity: 0) }

    /// A table that holds `minimumCapacity` keys before it grows: a large table built at once
    /// is not placed again at each doubling.
    public init(minimumCapacity: Int) {
        var slots = 16
        while slots < minimumCapacity * 4 { slots *= 2 }
        tags = Array(repeating: 0, count: slots)
        entries = Array(repeating: 0, count: slots)
        keyHashes.reserveCapacity(minimumCapacity)
        keys.reserveCapacity(minimumCapacity)
        values.reserveCapacity(minimumCapacity)
        keyStarts.reserveCapacity(minimumCapacity + 1)
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

    /// The value of `word`, if it is a key, and its hash, for `insert(_:_:hash:)` when it is not:
    /// a word looked up then inserted is hashed once.
    func lookUp(_ word: String) -> (value: Value?, hash: UInt64) {
        let hash = Self.hash(word)
        return (slot(of: word, hash: hash).map { values[Int(entries[$0])] }, hash)
    }

    /// The value of the word whose UTF-8 is `bytes` (a key built in a buffer, not a string).
    public subscript(utf8 bytes: UnsafeBufferPointer<UInt8>) -> Value? {
        slot(of: bytes).map { values[Int(entries[$0])] }
    }

    public func contains(utf8 bytes: UnsafeBufferPointer<UInt8>) -> Bool { slot(of: bytes) != nil }

    /// `self[utf8: bytes]`, where `hash` has been fed `bytes` (a key built a word at a time is
    /// hashed as it grows, once for all the tables it is looked up in).
    subscript(utf8 bytes: UnsafeBufferPointer<UInt8>, hash hash: WordHash) -> Value? {
        slot(of: bytes, hash: Self.tableHash(hash.value)).map { values[Int(entries[$0])] }
    }

    func contains(utf8 bytes: UnsafeBufferPointer<UInt8>, hash: WordHash) -> Bool {
        slot(of: bytes, hash: Self.tableHash(hash.value)) != nil
    }

    /// The value of a token's folded form (in `foldedBytes`, the text's), with the hash the
    /// tokenizer computed.
    @inline(__always)
    public subscript(token token: Token, in foldedBytes: [UInt8]) -> Value? {
        slot(of: token, in: foldedBytes).map { values[Int(entries[$0])] }
    }

    @inline(__always)
    public func contains(_ token: Token, in foldedBytes: [UInt8]) -> Bool {
        slot(of: token, in: foldedBytes) != nil
    }

    /// The value of the folded form of the text's token at `index`.
    @inline(__always)
    public subscript(index: Int, in text: TokenizedText) -> Value? {
        self[token: text.tokens[index], in: text.foldedBytes]
    }

    @inline(__always)
    public func contains(_ index: Int, in text: TokenizedText) -> Bool {
        contains(text.tokens[index], in: text.foldedBytes)
    }

    /// The position among `keys` and `values` of the folded form of the text's token at
    /// `index`, if it is a key: a number that stands for the entry (tables are built once).
    @inline(__always)
    public func entry(_ index: Int, in text: TokenizedText) -> Int? {
        slot(of: text.tokens[index], in: text.foldedBytes).map { Int(entries[$0]) }
    }

    /// A token's slot, by its folded bytes in place and the hash the tokenizer computed.
    @inline(__always)
    private func slot(of token: Token, in foldedBytes: [UInt8]) -> Int? {
        foldedBytes.withUnsafeBufferPointer { folded in
            // Not a checked slice: the tokenizer wrote the range (nil base only for no bytes at all).
            let bytes = UnsafeBufferPointer(start: folded.baseAddress.map { $0 + Int(token.foldedStart) },
                                            count: Int(token.foldedCount))
            return slot(of: bytes, hash: Self.tableHash(token.foldedHash))
        }
    }

    /// Strings are compared as strings: two small ones (most words) in two machine words.
    @inline(__always)
    private func slot(of word: String, hash: UInt64) -> Int? {
        let mask = tags.count - 1, tag = Self.tag(hash)
        var slot = Int(truncatingIfNeeded: hash) & mask
        while true {
            let present = tags[slot]
            if present == 0 { return nil }
            if present == tag, keys[Int(entries[slot])] == word { return slot }
            slot = (slot + 1) & mask
        }
    }

    private func slot(of bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        slot(of: bytes, hash: Self.tableHash(WordHash.value(of: bytes)))
    }

    /// The slot of the key whose UTF-8 is `bytes` and whose hash is `hash`, if any.
    @inline(__always)
    private func slot(of bytes: UnsafeBufferPointer<UInt8>, hash: UInt64) -> Int? {
        let mask = tags.count - 1, tag = Self.tag(hash)
        var slot = Int(truncatingIfNeeded: hash) & mask
        while true {
            let present = tags[slot]
            if present == 0 { return nil }
            if present == tag, key(Int(entries[slot]), equals: bytes) { return slot }
            slot = (slot + 1) & mask
        }
    }

    @inline(__always)
    private func key(_ entry: Int, equals bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let start = Int(keyStarts[entry])
        guard Int(keyStarts[entry + 1]) - start == bytes.count else { return false }
        guard let base = bytes.baseAddress, !bytes.isEmpty else { return true }
        // A byte at a time in place: keys are short words, which a call to `memcmp`, and the
        // registers kept across it, took longer to compare.
        return keyBytes.withUnsafeBufferPointer { keys in
            let key = keys.baseAddress! + start
            var offset = 0
            while offset < bytes.count {
                guard key[offset] == base[offset] else { return false }
                offset &+= 1
            }
            return true
        }
    }

    /// Inserts `word`, which is no key, with the hash `lookUp` gave.
    mutating func insert(_ word: String, _ value: Value, hash: UInt64) {
        if (keys.count + 1) * 4 > tags.count { rehash(capacity: tags.count * 2) }
        place(hash, entry: keys.count)
        keyHashes.append(hash)
        keys.append(word)
        values.append(value)
        var word = word
        word.withUTF8 { keyBytes += $0 }  // its bytes at once (through the view, one at a time)
        keyStarts.append(Int32(keyBytes.count))
    }

    private mutating func place(_ hash: UInt64, entry: Int) {
        let mask = tags.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        while tags[slot] != 0 { slot = (slot + 1) & mask }
        tags[slot] = Self.tag(hash)
        entries[slot] = Int32(entry)
    }

    /// A table twice as large, each key placed again by the hash kept for it (hashing every key
    /// again at each doubling was a fifth of building the verb forms' table).
    private mutating func rehash(capacity: Int) {
        emptySlots(capacity)
        for (entry, hash) in keyHashes.enumerated() { place(hash, entry: entry) }
    }

    /// Removing is rare (tables are built once): the table is rebuilt without the entry.
    private mutating func remove(_ slot: Int) {
        let entry = Int(entries[slot])
        keys.remove(at: entry)
        values.remove(at: entry)
        keyHashes.remove(at: entry)
        keyBytes = Array(keys.joined().utf8)
        keyStarts = [0]
        for key in keys { keyStarts.append(keyStarts.last! + Int32(key.utf8.count)) }
        // The entries after it moved down one: every key placed again by its own hash.
        rehash(capacity: tags.count)
    }

    /// `capacity` empty slots.
    private mutating func emptySlots(_ capacity: Int) {
        tags = Array(repeating: 0, count: capacity)
        entries = Array(repeating: 0, count: capacity)
    }

    /// The table's hash of a word: its `WordHash`.
    @inline(__always)
    static func hash(_ word: String) -> UInt64 {
        let hash = word.utf8.withContiguousStorageIfAvailable(WordHash.value(of:)) ?? WordHash.value(of: word.utf8)
        return tableHash(hash)
    }

    @inline(__always)
    static func tableHash(_ hash: Int) -> UInt64 { UInt64(bitPattern: Int64(hash)) }

    /// A slot's tag of a hash: a byte of it apart from the low bits that choose the slot, never 0.
    @inline(__always)
    static func tag(_ hash: UInt64) -> UInt8 { UInt8(truncatingIfNeeded: hash >> 48) | 1 }
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
    public func contains(_ token: Token, in foldedBytes: [UInt8]) -> Bool { map.contains(token, in: foldedBytes) }

    @inline(__always)
    public func contains(_ index: Int, in text: TokenizedText) -> Bool { map.contains(index, in: text) }

    public func contains(utf8 bytes: UnsafeBufferPointer<UInt8>) -> Bool { map.contains(utf8: bytes) }

    func contains(utf8 bytes: UnsafeBufferPointer<UInt8>, hash: WordHash) -> Bool { map.contains(utf8: bytes, hash: hash) }

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
