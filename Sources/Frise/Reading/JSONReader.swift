/// A position in the bytes of a JSON text and the steps every JSON reader of Frise takes:
/// whitespace, one expected byte, a literal word. `FlatJSONObject` reads article lines with it,
/// `JSONValue` event lines.
struct JSONReader {
    let bytes: UnsafeRawBufferPointer
    var index = 0
    /// How many objects and arrays enclose the position (`JSONValue` keeps it under `JSONNesting.limit`).
    var depth = 0

    @inline(__always)
    mutating func skipSpace() {
        while index < bytes.count {
            switch bytes[index] {
            case 0x20, 0x09, 0x0A, 0x0D: index += 1
            default: return
            }
        }
    }

    /// Steps over `byte` if it is next.
    @inline(__always)
    mutating func take(_ byte: UInt8) -> Bool {
        guard index < bytes.count, bytes[index] == byte else { return false }
        index += 1
        return true
    }

    /// Steps over `word` if it is next.
    mutating func takeWord(_ word: StaticString) -> Bool {
        let count = word.utf8CodeUnitCount
        guard index + count <= bytes.count else { return false }
        for offset in 0..<count where bytes[index + offset] != word.utf8Start[offset] { return false }
        index += count
        return true
    }

    /// Whether only whitespace is left.
    mutating func atEndAfterSpace() -> Bool {
        skipSpace()
        return index == bytes.count
    }
}
