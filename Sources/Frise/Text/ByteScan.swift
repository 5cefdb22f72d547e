import CFriseBytes

/// Finds, in a field about to be written, the first byte a writer must treat apart: a delimiter,
/// a quote, a control character. Sixteen bytes a comparison, and a short field's bytes in one
/// (`frise_first_byte`, inline C: Swift's `SIMD16<UInt8>` comparisons were not made vector
/// instructions). Eight bytes a test, in Swift, took twice the instructions: 63.5 M for the
/// CSV fields of 10 MB of news, 32.7 M now.
enum ByteScan {
    /// The index of the first byte from `start` on that is below `below` (none is below 0) or
    /// is `a`, `b`, `c` or `d`; nil when there is none.
    @inline(__always)
    static func firstIndex(
        in buffer: UnsafeBufferPointer<UInt8>, from start: Int = 0, below: UInt8 = 0,
        oneOf a: UInt8, _ b: UInt8? = nil, _ c: UInt8? = nil, _ d: UInt8? = nil
    ) -> Int? {
        guard let base = buffer.baseAddress, start < buffer.count else { return nil }
        let found = frise_first_byte(base + start, buffer.count - start, below, a, b ?? a, c ?? a, d ?? a)
        return found < buffer.count - start ? start + found : nil
    }
}
