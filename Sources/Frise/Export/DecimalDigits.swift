/// Integers written in decimal straight into UTF-8 bytes, without an intermediate String.
enum DecimalDigits {
    /// Appends `value` in decimal, with leading zeros up to `width` digits, after a "-" when
    /// negative: 7 with width 2 is "07", -5 with width 4 is "-0005".
    static func append(_ value: Int, width: Int = 1, to out: inout [UInt8]) {
        if value < 0 { out.append(UInt8(ascii: "-")) }
        if let (digits, count) = packed(value.magnitude, width: width) {
            append(digits, count: count, to: &out)
            return
        }
        let magnitude = value.magnitude
        var power: UInt = 1  // of ten, that of the first digit
        var digits = 1
        while power <= magnitude / 10 {
            power *= 10
            digits += 1
        }
        for _ in digits..<max(width, digits) { out.append(UInt8(ascii: "0")) }
        while power > 0 {
            out.append(UInt8(ascii: "0") + UInt8(magnitude / power % 10))
            power /= 10
        }
    }

    /// The digits of `value`, zero-padded to `width`, as the bytes of one word (the first digit
    /// in the lowest byte) and their count; nil past eight digits. One append then writes them
    /// all, where a byte at a time costs a capacity check each.
    @inline(__always)
    static func packed(_ value: UInt, width: Int) -> (UInt64, Int)? {
        guard value < 100_000_000, width <= 8 else { return nil }
        var rest = value, digits: UInt64 = 0, count = 0
        repeat {
            digits = digits << 8 | UInt64(UInt8(ascii: "0") + UInt8(rest % 10))
            rest /= 10
            count += 1
        } while rest > 0
        while count < width {
            digits = digits << 8 | UInt64(UInt8(ascii: "0"))
            count += 1
        }
        return (digits, count)
    }

    /// The two digits of 0 to 99 ("07" for 7), as the bytes of a 16-bit word, the first digit
    /// in the lowest byte.
    static let pairs: [UInt16] = (0..<100).map { UInt16(UInt8(ascii: "0") + UInt8($0 / 10)) | UInt16(UInt8(ascii: "0") + UInt8($0 % 10)) << 8 }

    /// Appends the first `count` bytes of `word` (its lowest byte first).
    @inline(__always)
    static func append(_ word: UInt64, count: Int, to out: inout [UInt8]) {
        withUnsafeBytes(of: word.littleEndian) {
            out.append(contentsOf: UnsafeBufferPointer(rebasing: $0.bindMemory(to: UInt8.self)[..<count]))
        }
    }
}
