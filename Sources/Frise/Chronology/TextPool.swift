#if canImport(Glibc)
import Glibc
#endif

/// One copy of each distinct text, for the many events that repeat a headline, a sentence or a
/// name to share.
///
/// Texts are equal when their UTF-8 bytes are: a `Set<String>` would hash every sentence with
/// SipHash after normalising it to NFC, and would hand a decomposed "é" the precomposed copy of
/// another article. Open addressing on a hash of the bytes read eight at a time, each slot
/// keeping its text's hash.
struct TextPool {
    /// Per slot: the text's hash (never 0), or 0 for an empty slot.
    private var hashes = [UInt64](repeating: 0, count: 1024)
    private var texts = [String](repeating: "", count: 1024)
    private var count = 0

    /// The pool's copy of `text`: the first equal text given, or `text` itself from now on.
    mutating func shared(_ text: String) -> String {
        var text = text
        let hash = text.withUTF8(Self.hash)
        var slot = Int(truncatingIfNeeded: hash) & (hashes.count - 1)
        while hashes[slot] != 0 {
            if hashes[slot] == hash, Self.equal(&texts[slot], &text) { return texts[slot] }
            slot = (slot + 1) & (hashes.count - 1)
        }
        insert(text, hash: hash, at: slot)
        return text
    }

    private mutating func insert(_ text: String, hash: UInt64, at slot: Int) {
        hashes[slot] = hash
        texts[slot] = text
        count += 1
        if count * 2 > hashes.count { grow() }
    }

    /// Whether two texts have the same bytes: the same storage (the events of one sentence share
    /// its text) or equal bytes.
    private static func equal(_ pooled: inout String, _ text: inout String) -> Bool {
        pooled.withUTF8 { own in
            text.withUTF8 { bytes in
                guard own.count == bytes.count, let mine = own.baseAddress, let theirs = bytes.baseAddress else {
                    return own.count == bytes.count
                }
                return mine == theirs || memcmp(mine, theirs, own.count) == 0
            }
        }
    }

    private mutating func grow() {
        let old = zip(hashes, texts).filter { $0.0 != 0 }
        hashes = [UInt64](repeating: 0, count: hashes.count * 2)
        texts = [String](repeating: "", count: hashes.count)
        for (hash, text) in old {
            var slot = Int(truncatingIfNeeded: hash) & (hashes.count - 1)
            while hashes[slot] != 0 { slot = (slot + 1) & (hashes.count - 1) }
            hashes[slot] = hash
            texts[slot] = text
        }
    }

    /// A multiplicative hash of the bytes read eight at a time (sentences are long), never 0.
    private static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325 ^ UInt64(bytes.count)
        let raw = UnsafeRawBufferPointer(bytes)
        var offset = 0
        while offset + 8 <= raw.count {
            hash = (hash ^ raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self)) &* 0x9E37_79B9_7F4A_7C15
            hash ^= hash >> 29
            offset += 8
        }
        while offset < raw.count {
            hash = (hash ^ UInt64(raw[offset])) &* 0x100_0000_01b3
            offset += 1
        }
        return hash | 1
    }
}
