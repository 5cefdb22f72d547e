import CFriseBytes
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
/// two cache misses, when the pool took nearly a tenth of `frise timeline` on 200 MB.) Events
/// are shared sixteen at a time, the memory of all their look-ups asked for before the first:
/// one look-up after another, each waited for its slot then its text (the table outgrows the
/// cache), and the pool still took a tenth of that run.
struct TextPool {
    /// The distinct texts in the order given.
    private var texts: [String] = []
    /// Per slot: 0 when empty, else the index in `texts` of the text filed there, plus one, in
    /// the high 32 bits, and the low 32 bits of its hash in the low ones. Eight bytes a slot:
    /// the table stays at most half full, so it takes 16 to 32 bytes per text.
    private var slots = [UInt64](repeating: 0, count: 1024)

    /// The hashes of the texts of the batch of events being shared (kept, not allocated anew).
    private var hashes: [UInt32] = []

    /// The pool's copy of `text`: the first equal text given, or `text` itself from now on.
    mutating func shared(_ text: String) -> String { shared(text, hash: Self.hash(of: text)) }

    /// `shared(text)`, its hash known.
    private mutating func shared(_ text: String, hash: UInt32) -> String {
        var text = text
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

    private static func hash(of text: String) -> UInt32 { UInt32(truncatingIfNeeded: text.withUTF8Bytes(hash)) }

    /// Asks memory at once for what the look-ups of `hashes` read first: their slots, then the
    /// texts those slots hold. (Once the table outgrows the cache, each look-up waited for its
    /// slot, then for its text, one after the other.)
    private func prefetch() {
        slots.withUnsafeBufferPointer { slots in
            guard let base = slots.baseAddress else { return }
            let mask = slots.count - 1
            for hash in hashes { frise_prefetch(base + (Int(hash) & mask)) }
            texts.withUnsafeBufferPointer { texts in
                for hash in hashes {
                    let entry = slots[Int(hash) & mask]
                    if entry != 0, UInt32(truncatingIfNeeded: entry) == hash, let first = texts.baseAddress {
                        frise_prefetch(first + Int(entry >> 32) - 1)
                    }
                }
            }
        }
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
    /// Events shared a few at a time (see `prefetch`).
    static let batch = 16

    /// Makes the texts of `events` (headlines, sentences, temporal expressions, names) the pool's
    /// copies.
    mutating func share(_ events: inout [Event]) {
        var start = events.startIndex
        while start < events.endIndex {
            let end = min(start + Self.batch, events.endIndex)
            share(&events, start..<end)
            start = end
        }
    }

    /// The texts of `events[range]` shared: first all their hashes, the memory they lead to asked
    /// for, then each looked up, in the same order.
    private mutating func share(_ events: inout [Event], _ range: Range<Int>) {
        hashes.removeAll(keepingCapacity: true)
        for index in range {
            Self.forEachText(of: events[index]) { hashes.append(Self.hash(of: $0)) }
        }
        prefetch()
        var next = 0
        func share(_ text: String) -> String {
            if Self.isInline(text) { return text }
            next += 1
            return shared(text, hash: hashes[next - 1])
        }
        for index in range {
            events[index].headline = share(events[index].headline)
            events[index].sentence.text = share(events[index].sentence.text)
            events[index].shareTimexTexts(share)
            events[index].shareActors(share)
            // In place: most names are short and stay as they are (a copy of the list would
            // retain them all, and allocate).
            for name in events[index].places.indices where !Self.isInline(events[index].places[name]) {
                events[index].places[name] = share(events[index].places[name])
            }
        }
    }

    /// Each text of `event` that `share` makes the pool's, in the order it does; texts held in
    /// the string itself (see `isInline`) are left out.
    private static func forEachText(of event: Event, _ body: (String) -> Void) {
        func visit(_ text: String) { if !isInline(text) { body(text) } }
        visit(event.headline)
        visit(event.sentence.text)
        for text in event.timexTexts { visit(text) }
        for actor in event.actors { visit(actor) }
        for place in event.places { visit(place) }
    }

    /// Whether a string holds its bytes in itself (15 bytes at most): nothing to share.
    private static func isInline(_ text: String) -> Bool { text.utf8.count <= 15 }
}
