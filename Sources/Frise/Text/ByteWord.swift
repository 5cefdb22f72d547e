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
}
