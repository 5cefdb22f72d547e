extension String {
    /// The bytes as a string when they are well-formed UTF-8 (Unicode's table 3-7: no overlong
    /// form, no surrogate, nothing past U+10FFFF), else nil: what `String(validating:as:)` gives,
    /// which does it through generic code: a look-up of generic metadata per call, some five
    /// hundred instructions, which event lines (a dozen short strings each) paid a third of
    /// `timeline --events` for.
    init?(validUTF8 bytes: UnsafeRawBufferPointer) {
        var index = 0
        while index < bytes.count {
            // ASCII eight bytes at a time.
            if index + 8 <= bytes.count, ByteWord.isASCII(bytes.loadUnaligned(fromByteOffset: index, as: UInt64.self)) {
                index += 8
                continue
            }
            let lead = bytes[index]
            if lead < 0x80 {
                index += 1
                continue
            }
            let length: Int, second: ClosedRange<UInt8>
            switch lead {
            case 0xC2...0xDF: (length, second) = (2, 0x80...0xBF)
            case 0xE0: (length, second) = (3, 0xA0...0xBF)
            case 0xE1...0xEC, 0xEE...0xEF: (length, second) = (3, 0x80...0xBF)
            case 0xED: (length, second) = (3, 0x80...0x9F)
            case 0xF0: (length, second) = (4, 0x90...0xBF)
            case 0xF1...0xF3: (length, second) = (4, 0x80...0xBF)
            case 0xF4: (length, second) = (4, 0x80...0x8F)
            default: return nil
            }
            guard index + length <= bytes.count, second.contains(bytes[index + 1]) else { return nil }
            for offset in 2..<length where !(0x80...0xBF).contains(bytes[index + offset]) { return nil }
            index += length
        }
        self.init(decoding: bytes.bindMemory(to: UInt8.self), as: UTF8.self)
    }
}
