/// One copy of each distinct text, for the many events that repeat a headline, a sentence or a
/// name to share.
///
/// Texts are equal when their UTF-8 bytes are: a `Set<String>` would hash every sentence with
/// SipHash after normalising it to NFC, and would hand a decomposed "é" the precomposed copy of
/// another article. Open addressing on FNV-1a, each slot keeping its text's hash.
struct TextPool {
    /// Per slot: the text's hash (never 0), or 0 for an empty slot.
    private var hashes = [UInt64](repeating: 0, count: 1024)
    private var texts = [String](repeating: "", count: 1024)
    private var count = 0

    /// The pool's copy of `text`: the first equal text given, or `text` itself from now on.
    mutating func shared(_ text: String) -> String {
        let hash = Self.hash(text)
        var slot = Int(truncatingIfNeeded: hash) & (hashes.count - 1)
        while hashes[slot] != 0 {
            if hashes[slot] == hash, texts[slot].utf8.elementsEqual(text.utf8) { return texts[slot] }
            slot = (slot + 1) & (hashes.count - 1)
        }
        hashes[slot] = hash
        texts[slot] = text
        count += 1
        if count * 2 > hashes.count { grow() }
        return text
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

    private static func hash(_ text: String) -> UInt64 {
        var text = text
        return text.withUTF8 { bytes in
            var hash: UInt64 = 0xcbf2_9ce4_8422_2325
            for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
            return hash | 1
        }
    }
}
