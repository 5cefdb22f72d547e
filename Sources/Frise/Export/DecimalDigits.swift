/// Integers written in decimal straight into UTF-8 bytes, without an intermediate String.
enum DecimalDigits {
    /// Appends `value` in decimal, with leading zeros up to `width` digits, after a "-" when
    /// negative: 7 with width 2 is "07", -5 with width 4 is "-0005".
    static func append(_ value: Int, width: Int = 1, to out: inout [UInt8]) {
        if value < 0 { out.append(UInt8(ascii: "-")) }
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
}
