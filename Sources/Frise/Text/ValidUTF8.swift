#if canImport(Glibc)
import Glibc
#endif

extension String {
    /// The bytes as a string when they are well-formed UTF-8, else nil: what
    /// `String(validating:as:)` gives, which does it through generic code (a look-up of generic
    /// metadata per call, some five hundred instructions, which event lines of a dozen short
    /// strings each paid a third of `timeline --events` for).
    ///
    /// `String(decoding:)` checks the bytes anyway, mending what is not UTF-8 with U+FFFD: the
    /// string it makes is the bytes themselves exactly when they were well-formed (what it
    /// writes is), which one `memcmp` tells. A check of our own before it read every byte twice.
    init?(validUTF8 bytes: UnsafeRawBufferPointer) {
        let text = String(decoding: bytes.bindMemory(to: UInt8.self), as: UTF8.self)
        let same = text.utf8.withContiguousStorageIfAvailable { made in
            made.count == bytes.count && (made.isEmpty || memcmp(made.baseAddress!, bytes.baseAddress!, made.count) == 0)
        }
        guard same ?? text.utf8.elementsEqual(bytes) else { return nil }
        self = text
    }

    /// The string of bytes known to be well-formed UTF-8 — runs of a body's tokens (the body
    /// was checked as it was read), folded forms, bytes copied from strings — made without the
    /// check `String(decoding:)` makes of every scalar past ASCII: some ten instructions a byte
    /// of French, a twentieth of `frise events`. Checked in debug builds.
    init(wellFormed utf8: Span<UInt8>) {
        assert((try? UTF8Span(validating: utf8)) != nil, "not well-formed UTF-8")
        self.init(copying: UTF8Span(unchecked: utf8))
    }
}

/// Well-formed UTF-8 (the Unicode Standard's table 3-7), checked a sequence at a time by readers
/// that scan their bytes anyway: the JSON string reader checks what it reads as it goes, so that
/// an article's text needs no second pass, nor a string made to be checked.
enum UTF8Sequence {
    /// The length of the well-formed sequence whose lead byte, not ASCII, is at `index`; nil
    /// when the bytes there are not one (a stray continuation byte, an overlong form, a
    /// surrogate, a scalar past U+10FFFF, a sequence cut short).
    @inline(__always)
    static func length(at index: Int, in bytes: UnsafeRawBufferPointer) -> Int? {
        let lead = bytes[index]
        // Two bytes, C2–DF then 80–BF: the accented letters of French and the rest of Latin
        // script, most of the text past ASCII, tested first.
        if lead &- 0xC2 < 0x1E {
            guard bytes.count &- index >= 2, bytes[index &+ 1] & 0xC0 == 0x80 else { return nil }
            return 2
        }
        // The length, and the range of the second byte, narrower than 80–BF where the lead alone
        // would allow an overlong form, a surrogate or too large a scalar.
        let length: Int, low: UInt8, high: UInt8
        switch lead {
        case 0xE0: (length, low, high) = (3, 0xA0, 0xBF)
        case 0xE1...0xEC, 0xEE...0xEF: (length, low, high) = (3, 0x80, 0xBF)
        case 0xED: (length, low, high) = (3, 0x80, 0x9F)
        case 0xF0: (length, low, high) = (4, 0x90, 0xBF)
        case 0xF1...0xF3: (length, low, high) = (4, 0x80, 0xBF)
        case 0xF4: (length, low, high) = (4, 0x80, 0x8F)
        default: return nil
        }
        guard bytes.count - index >= length else { return nil }
        let second = bytes[index + 1]
        guard second >= low, second <= high else { return nil }
        var offset = 2
        while offset < length {
            guard bytes[index + offset] & 0xC0 == 0x80 else { return nil }
            offset += 1
        }
        return length
    }
}
