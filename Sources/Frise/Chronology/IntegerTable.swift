/// A map from 64-bit keys to 32-bit values, for the merge's indexes, which hold millions of
/// entries: `Dictionary` would hash every key with seeded SipHash.
///
/// Open addressing with linear probing, slots found by Fibonacci hashing. `Int64.min` marks an
/// empty slot and cannot be a key. Entries are never removed.
struct IntegerTable {
    private static let empty = Int64.min
    private var keys: [Int64]
    private var values: [Int32]
    /// 64 minus log2 of the slot count: Fibonacci hashing keeps the product's top bits.
    private var shift: UInt64
    private(set) var count = 0

    /// A table with room for `minimumCapacity` entries before it grows (1024 slots at least).
    init(minimumCapacity: Int = 0) {
        // At most half the slots are used: a power of two of them, twice the entries or more.
        let bits = max(10, Int.bitWidth - (max(2 * minimumCapacity, 1) - 1).leadingZeroBitCount)
        keys = [Int64](repeating: Self.empty, count: 1 << bits)
        values = [Int32](repeating: 0, count: 1 << bits)
        shift = UInt64(64 - bits)
    }

    /// How many entries the table holds before it grows.
    var capacity: Int { keys.count / 2 }

    subscript(key: Int64) -> Int32? {
        get {
            let slot = slot(of: key)
            return keys[slot] == key ? values[slot] : nil
        }
        set {
            precondition(key != Self.empty, "Int64.min is not a key of an IntegerTable")
            guard let newValue else { preconditionFailure("an IntegerTable keeps its entries") }
            let slot = slot(of: key)
            if keys[slot] != key {
                keys[slot] = key
                count += 1
            }
            values[slot] = newValue
            if count * 2 > keys.count { grow() }
        }
    }

    func contains(_ key: Int64) -> Bool { keys[slot(of: key)] == key }

    /// The slot that holds `key`, or the empty slot where it would go.
    private func slot(of key: Int64) -> Int {
        let mask = keys.count - 1
        var slot = Int(truncatingIfNeeded: (UInt64(bitPattern: key) &* 0x9E37_79B9_7F4A_7C15) >> shift)
        while keys[slot] != key && keys[slot] != Self.empty { slot = (slot + 1) & mask }
        return slot
    }

    private mutating func grow() {
        let (oldKeys, oldValues) = (keys, values)
        keys = [Int64](repeating: Self.empty, count: oldKeys.count * 2)
        values = [Int32](repeating: 0, count: oldKeys.count * 2)
        shift -= 1
        for (key, value) in zip(oldKeys, oldValues) where key != Self.empty {
            let slot = slot(of: key)
            keys[slot] = key
            values[slot] = value
        }
    }
}
