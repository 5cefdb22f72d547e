/// A JSON value read straight from UTF-8 bytes, for the lines `frise events` writes: Foundation's
/// `JSONSerialization` gives the same values, but through bridged objects and dynamic casts that
/// cost a hundred times more than reading the line (the reduce side of a distributed run reads
/// millions of them).
///
/// It accepts what `JSONSerialization` accepts with its default options (`JSONValueTests`
/// compares them): one object or array, whitespace around it, a byte-order mark before it; a
/// comma after the last member or item; strings of valid UTF-8 whose escapes are valid (a lone
/// surrogate is not); finite numbers without leading zeros. Numbers are read as `Double`, as
/// `NSNumber.doubleValue` gives them; of keys repeated in an object, the last value counts.
enum JSONValue: Equatable {
    case string(String)
    case number(Double)
    case bool(Bool)
    case null
    case array([JSONValue])
    /// The members in their order, repeated keys included (`subscript` and `members` read the
    /// last): an object of an event line has a few keys, which a dictionary would hash.
    case object([(key: String, value: JSONValue)])

    static func == (a: JSONValue, b: JSONValue) -> Bool {
        switch (a, b) {
        case (.string(let x), .string(let y)): x == y
        case (.number(let x), .number(let y)): x == y
        case (.bool(let x), .bool(let y)): x == y
        case (.null, .null): true
        case (.array(let x), .array(let y)): x == y
        case (.object, .object): a.members.elementsEqual(b.members) { $0.key == $1.key && $0.value == $1.value }
        default: false
        }
    }

    /// The value of `key` in an object (the last one, if repeated); nil when absent or not an object.
    subscript(key: String) -> JSONValue? {
        guard case .object(let pairs) = self else { return nil }
        // Names of another length are told apart without `==`, which calls into the runtime
        // for every pair of strings that differ. (A name canonically equivalent to `key` but of
        // another length no longer matches: the keys asked for are ASCII without K, ; or `,
        // the only ASCII with such equivalents, so that none is found that was found before.)
        return pairs.last { $0.key.utf8.count == key.utf8.count && $0.key == key }?.value
    }

    /// An object's members, each key once with its last value, in the order of their last occurrence.
    var members: [(key: String, value: JSONValue)] {
        guard case .object(let pairs) = self else { return [] }
        return pairs.indices.filter { index in !pairs[(index + 1)...].contains { $0.key == pairs[index].key } }
            .map { pairs[$0] }
    }

    /// The value of a JSON text, or nil when the text is not valid JSON, is not an object or an
    /// array, or nests objects and arrays deeper than `JSONNesting.limit`.
    static func parse(_ bytes: UnsafeRawBufferPointer) -> JSONValue? {
        var reader = JSONReader(bytes: bytes)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { reader.index = 3 }
        reader.skipSpace()
        guard reader.index < bytes.count, bytes[reader.index] == UInt8(ascii: "{") || bytes[reader.index] == UInt8(ascii: "["),
              let value = reader.value(), reader.atEndAfterSpace() else { return nil }
        return value
    }
}

/// The grammar of `JSONValue`, read from the reader's position.
extension JSONReader {
    mutating func value() -> JSONValue? {
        guard index < bytes.count else { return nil }
        switch bytes[index] {
        case UInt8(ascii: "{"), UInt8(ascii: "["):
            // Deeper than `JSONNesting.limit` fails before the recursion can exhaust the stack.
            guard depth < JSONNesting.limit else { return nil }
            depth += 1
            defer { depth -= 1 }
            return bytes[index] == UInt8(ascii: "{") ? object() : array()
        case UInt8(ascii: "\""): return string().map(JSONValue.string)
        case UInt8(ascii: "t"): return takeWord("true") ? .bool(true) : nil
        case UInt8(ascii: "f"): return takeWord("false") ? .bool(false) : nil
        case UInt8(ascii: "n"): return takeWord("null") ? .null : nil
        default: return number().map(JSONValue.number)
        }
    }

    mutating func object() -> JSONValue? {
        var members: [(key: String, value: JSONValue)] = []
        members.reserveCapacity(8)  // most objects of an event line have up to eight keys
        let closed = items(closing: UInt8(ascii: "}")) { reader in
            guard let key = reader.string() else { return false }
            reader.skipSpace()
            guard reader.take(UInt8(ascii: ":")) else { return false }
            reader.skipSpace()
            guard let member = reader.value() else { return false }
            members.append((key, member))
            return true
        }
        return closed ? .object(members) : nil
    }

    mutating func array() -> JSONValue? {
        var values: [JSONValue] = []
        let closed = items(closing: UInt8(ascii: "]")) { reader in
            guard let value = reader.value() else { return false }
            values.append(value)
            return true
        }
        return closed ? .array(values) : nil
    }

    /// The items of an object or an array, from its opening bracket to `closing`, each read by
    /// `item`, separated by commas (one may follow the last); false on a syntax error.
    private mutating func items(closing: UInt8, _ item: (inout JSONReader) -> Bool) -> Bool {
        index += 1  // the opening bracket
        skipSpace()
        if take(closing) { return true }
        while true {
            skipSpace()
            guard item(&self) else { return false }
            skipSpace()
            if take(UInt8(ascii: ",")) {
                skipSpace()
                if take(closing) { return true }  // a trailing comma
                continue
            }
            return take(closing)
        }
    }

    /// A string, from its opening quote (nil when none is next).
    mutating func string() -> String? {
        string { String(wellFormed: $0.assumingMemoryBound(to: UInt8.self).span) }
    }

    /// A string's UTF-8, from its opening quote (nil when none is next), for a text read as bytes.
    mutating func utf8() -> [UInt8]? { string { Array($0.assumingMemoryBound(to: UInt8.self)) } }

    /// A string, from its opening quote (nil when none is next), as `make` makes it from its
    /// UTF-8: runs without escapes read in place (copied whole when an escape follows), escapes
    /// decoded. The UTF-8 is checked as it is read (nil when it is not well-formed), so `make`
    /// has bytes it need not check again.
    @inline(__always)
    mutating func string<Result>(_ make: (UnsafeRawBufferPointer) -> Result) -> Result? {
        guard take(UInt8(ascii: "\"")) else { return nil }
        var out: [UInt8] = []
        var run = index
        let count = bytes.count
        /// Appends the bytes from `run` to `end` to `out`, copied whole (a raw buffer is appended
        /// byte by byte); at the first escape, with room for what is left of the line, up to 4 KB
        /// (an article's text has a line break escaped every paragraph: growing by doubling from
        /// there took three copies per article).
        func copyRun(to end: Int) {
            if out.capacity == 0 { out.reserveCapacity(min(count - run, 4096)) }
            out.append(contentsOf: UnsafeRawBufferPointer(rebasing: bytes[run..<end]).assumingMemoryBound(to: UInt8.self))
        }
        // (Wrapping sums: the index stays within the line, whose length an array holds.)
        while index < count {
            // Eight bytes at a time, up to the first that ends the string, escapes, is not allowed
            // or is not ASCII.
            if count &- index >= 8 {
                let stops = JSONText.stops(in: UInt64(littleEndian: bytes.loadUnaligned(fromByteOffset: index, as: UInt64.self)))
                guard stops != 0 else {
                    index &+= 8
                    continue
                }
                index &+= stops.trailingZeroBitCount &>> 3
            }
            let byte = bytes[index]
            if byte >= 0x80 {
                guard let length = UTF8Sequence.length(at: index, in: bytes) else { return nil }
                index &+= length
                continue
            }
            if byte == UInt8(ascii: "\"") {
                let end = index
                index += 1
                if out.isEmpty { return make(UnsafeRawBufferPointer(rebasing: bytes[run..<end])) }
                copyRun(to: end)
                return out.withUnsafeBytes(make)
            }
            if byte < 0x20 { return nil }
            guard byte == UInt8(ascii: "\\") else {
                index &+= 1
                continue
            }
            copyRun(to: index)
            guard index + 1 < bytes.count else { return nil }
            let escape = bytes[index + 1]
            index += 2
            switch escape {
            case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): out.append(escape)
            case UInt8(ascii: "b"): out.append(0x08)
            case UInt8(ascii: "f"): out.append(0x0C)
            case UInt8(ascii: "n"): out.append(0x0A)
            case UInt8(ascii: "r"): out.append(0x0D)
            case UInt8(ascii: "t"): out.append(0x09)
            case UInt8(ascii: "u"):
                guard let scalar = unicodeEscape() else { return nil }
                out += String(scalar).utf8
            default: return nil
            }
            run = index
        }
        return nil
    }

    /// The scalar of `\uXXXX` (the `\u` read), with the low half of a surrogate pair after it.
    mutating func unicodeEscape() -> Unicode.Scalar? {
        guard let high = hex4() else { return nil }
        if (0xDC00...0xDFFF).contains(high) { return nil }
        guard (0xD800...0xDBFF).contains(high) else { return Unicode.Scalar(high) }
        guard index + 1 < bytes.count, bytes[index] == UInt8(ascii: "\\"), bytes[index + 1] == UInt8(ascii: "u")
        else { return nil }
        index += 2
        guard let low = hex4(), (0xDC00...0xDFFF).contains(low) else { return nil }
        return Unicode.Scalar(0x10000 + (high - 0xD800) << 10 + (low - 0xDC00))
    }

    mutating func hex4() -> UInt32? {
        guard index + 4 <= bytes.count else { return nil }
        var value: UInt32 = 0
        for _ in 0..<4 {
            let byte = bytes[index]
            let digit: UInt8
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = byte - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = byte - UInt8(ascii: "a") + 10
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = byte - UInt8(ascii: "A") + 10
            default: return nil
            }
            value = value << 4 | UInt32(digit)
            index += 1
        }
        return value
    }

    /// A number as the grammar has it: `-`, then `0` or digits not starting with 0, then
    /// a fraction and an exponent, each optional.
    mutating func number() -> Double? {
        let start = index
        _ = take(UInt8(ascii: "-"))
        if take(UInt8(ascii: "0")) {
            // No digit may follow a leading zero.
        } else {
            guard digits() > 0 else { return nil }
        }
        let integral = index
        if take(UInt8(ascii: ".")) { guard digits() > 0 else { return nil } }
        if take(UInt8(ascii: "e")) || take(UInt8(ascii: "E")) {
            if !take(UInt8(ascii: "+")) { _ = take(UInt8(ascii: "-")) }
            guard digits() > 0 else { return nil }
        }
        // An integer of at most fifteen digits, exact in a double, is read from its digits (most
        // numbers of an event line are offsets): no string made for `strtod`.
        let negative = bytes[start] == UInt8(ascii: "-")
        let digitsStart = negative ? start + 1 : start
        if index == integral, integral - digitsStart <= 15 {
            var value = 0
            for offset in digitsStart..<integral { value = value * 10 + Int(bytes[offset] - UInt8(ascii: "0")) }
            return value == 0 ? 0 : Double(negative ? -value : value)  // "-0" is the integer 0
        }
        let text = String(decoding: UnsafeRawBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self)
        guard let value = Double(text), value.isFinite else { return nil }  // 1e400 is refused
        return index == integral && value == 0 ? 0 : value  // "-0" is the integer 0
    }

    mutating func digits() -> Int {
        let start = index
        while index < bytes.count, bytes[index] >= UInt8(ascii: "0"), bytes[index] <= UInt8(ascii: "9") { index += 1 }
        return index - start
    }
}
