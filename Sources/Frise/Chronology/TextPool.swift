#if canImport(Glibc)
import Glibc
#endif

/// One copy of each distinct text, for the many events that repeat a headline, a sentence or a
/// name to share.
///
/// Texts are equal when their UTF-8 bytes are: a `Set<String>` would hash every sentence with
/// SipHash after normalising it to NFC, and would hand a decomposed "é" the precomposed copy of
/// another article. Open addressing on a hash of the bytes read eight at a time: the slots hold
/// the texts' indexes, and each text keeps its hash, so a probe rarely compares bytes.
struct TextPool {
    /// The distinct texts in the order given, and their hashes.
    private var texts: [String] = []
    private var hashes: [UInt64] = []
    /// Per slot: the index in `texts` of the text filed there, or -1 for an empty slot. Four
    /// bytes a slot: the table stays at most half full, so it takes 8 to 16 bytes per text
    /// (a slot holding the text and its hash took 48 to 96).
    private var slots = [Int32](repeating: -1, count: 1024)

    /// The pool's copy of `text`: the first equal text given, or `text` itself from now on.
    mutating func shared(_ text: String) -> String {
        var text = text
        let hash = text.withUTF8(Self.hash)
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        while slots[slot] >= 0 {
            let index = Int(slots[slot])
            if hashes[index] == hash, Self.equal(&texts[index], &text) { return texts[index] }
            slot = (slot + 1) & mask
        }
        slots[slot] = Int32(texts.count)
        texts.append(text)
        hashes.append(hash)
        if texts.count * 2 > slots.count { grow() }
        return text
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

    /// Twice the slots, the texts filed again from their kept hashes.
    private mutating func grow() {
        slots = [Int32](repeating: -1, count: slots.count * 2)
        let mask = slots.count - 1
        for (index, hash) in hashes.enumerated() {
            var slot = Int(truncatingIfNeeded: hash) & mask
            while slots[slot] >= 0 { slot = (slot + 1) & mask }
            slots[slot] = Int32(index)
        }
    }

    /// A multiplicative hash of the bytes read eight at a time (sentences are long).
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
        return hash
    }
}
