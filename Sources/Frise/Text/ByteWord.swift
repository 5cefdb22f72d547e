/// Tests on eight bytes at once (a word loaded from a buffer), with the subtractions `memchr`
/// uses: a borrow reaches the high bit of the first byte that passes. Later bytes may show false
/// borrows, but only after a true one, so each answer is exact for the word.
enum ByteWord {
    private static let ones: UInt64 = 0x0101_0101_0101_0101
    private static let highs: UInt64 = 0x8080_8080_8080_8080

    /// Whether a byte of `word` is below `limit` (at most 0x80).
    @inline(__always)
    static func hasByte(below limit: UInt64, in word: UInt64) -> Bool { (word &- ones &* limit) & ~word & highs != 0 }

    /// Whether a byte of `word` is `byte` (zero once xored with it).
    @inline(__always)
    static func hasByte(_ byte: UInt8, in word: UInt64) -> Bool { hasByte(below: 1, in: word ^ (ones &* UInt64(byte))) }

    /// Whether every byte of `word` is ASCII.
    @inline(__always)
    static func isASCII(_ word: UInt64) -> Bool { word & highs == 0 }

    /// The index of the first byte from `start` on that `isOne` accepts, or nil. `holdsOne` tells
    /// whether a word (eight bytes loaded from the buffer) holds such a byte: the bytes are tested a
    /// word at a time, the last ones in the word that ends the buffer (some tested twice), then
    /// byte by byte within the word that holds one; a buffer shorter than a word byte by byte.
    @inline(__always)
    static func firstIndex(
        in bytes: UnsafeBufferPointer<UInt8>, from start: Int, word holdsOne: (UInt64) -> Bool,
        byte isOne: (UInt8) -> Bool
    ) -> Int? {
        guard let base = bytes.baseAddress else { return nil }
        let count = bytes.count
        func word(at offset: Int) -> UInt64 { UnsafeRawPointer(base + offset).loadUnaligned(as: UInt64.self) }
        var index = start
        if count - start >= 8 {
            while index + 8 <= count, !holdsOne(word(at: index)) { index += 8 }
            if index + 8 > count, index == count || !holdsOne(word(at: count - 8)) { return nil }
        }
        while index < count {
            if isOne(base[index]) { return index }
            index += 1
        }
        return nil
    }
}

extension String {
    /// Whether the string is a name of Frise's own vocabulary (an enumeration's raw value, a
    /// CAMEO code): ASCII letters, digits and underscores only, which JSON never escapes and
    /// CSV quotes only around a delimiter that is one of them.
    var isVocabularyName: Bool { allSatisfy(Self.mayBeInVocabularyName) }

    /// Whether `character` may be in a name of the vocabulary (see `isVocabularyName`).
    static func mayBeInVocabularyName(_ character: Character) -> Bool {
        character.isASCII && (character.isLetter || character.isNumber || character == "_")
    }

    /// `body` over the string's UTF-8, read in place when the string is contiguous (as native
    /// strings are): `withUTF8` needs a `var` copy, which retains the string and releases it.
    @inline(__always)
    func withUTF8Bytes<Result>(_ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        if let result = utf8.withContiguousStorageIfAvailable(body) { return result }
        var copy = self
        return copy.withUTF8(body)
    }
}
