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
}
