#if canImport(Glibc)
import Glibc
#endif

/// One copy of each distinct text, for the many events that repeat a headline, a sentence or a
/// name to share.
///
/// Texts are equal when their UTF-8 bytes are: a `Set<String>` would hash every sentence with
/// SipHash after normalising it to NFC, and would hand a decomposed "é" the precomposed copy of
/// another article. Open addressing on a hash of the bytes read eight at a time: a slot holds a
/// text's index and half its hash in one word, so a probe reads one place in memory and
/// compares bytes only when the hashes agree. (With the index in the slot and the hash kept
/// beside the text, a probe read two places far apart: on a chronology of millions of events,
/// two cache misses, when the pool took nearly a tenth of `frise timeline` on 200 MB.)
struct TextPool {
    /// The distinct texts in the order given.
    private var texts: [String] = []
    /// Per slot: 0 when empty, else the index in `texts` of the text filed there, plus one, in
    /// the high 32 bits, and the low 32 bits of its hash in the low ones. Eight bytes a slot:
    /// the table stays at most half full, so it takes 16 to 32 bytes per text.
    private var slots = [UInt64](repeating: 0, count: 1024)

    /// The pool's copy of `text`: the first equal text given, or `text` itself from now on.
    mutating func shared(_ text: String) -> String {
        var text = text
        let hash = UInt32(truncatingIfNeeded: text.withUTF8(Self.hash))
        let mask = slots.count - 1
        var slot = Int(hash) & mask
        while slots[slot] != 0 {
            let entry = slots[slot]
            if UInt32(truncatingIfNeeded: entry) == hash {
                let index = Int(entry >> 32) - 1
                if Self.equal(&texts[index], &text) { return texts[index] }
            }
            slot = (slot + 1) & mask
        }
        slots[slot] = UInt64(texts.count + 1) << 32 | UInt64(hash)
        texts.append(text)
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

    /// Twice the slots, the texts filed again from the hashes their slots keep.
    private mutating func grow() {
        let old = slots
        slots = [UInt64](repeating: 0, count: old.count * 2)
        let mask = slots.count - 1
        for entry in old where entry != 0 {
            var slot = Int(UInt32(truncatingIfNeeded: entry)) & mask
            while slots[slot] != 0 { slot = (slot + 1) & mask }
            slots[slot] = entry
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

extension TextPool {
    /// Makes the texts of `events` (headlines, sentences, temporal expressions, names) the pool's
    /// copies.
    mutating func share(_ events: inout [Event]) {
        for index in events.indices {
            events[index].headline = shared(ifAllocated: events[index].headline)
            events[index].sentence.text = shared(ifAllocated: events[index].sentence.text)
            events[index].shareTimexTexts { shared(ifAllocated: $0) }
            events[index].shareActors { shared(ifAllocated: $0) }
            // In place: most names are short and stay as they are (a copy of the list would
            // retain them all, and allocate).
            for name in events[index].places.indices where !Self.isInline(events[index].places[name]) {
                events[index].places[name] = shared(events[index].places[name])
            }
        }
    }

    /// The pool's copy of `text`, unless the string holds its bytes in itself.
    private mutating func shared(ifAllocated text: String) -> String { Self.isInline(text) ? text : shared(text) }

    /// Whether a string holds its bytes in itself (15 bytes at most): nothing to share.
    private static func isInline(_ text: String) -> Bool { text.utf8.count <= 15 }
}
