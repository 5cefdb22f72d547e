extension Array {
    /// `count` copies of `value`, as `init(repeating:count:)` makes them, but allocated by code
    /// specialised for the element type.
    ///
    /// `init(repeating:count:)` and `init(unsafeUninitializedCapacity:)` allocate through an
    /// entry of the standard library that is not specialised (it is `@inline(never)`): it looks
    /// the storage's type up in the runtime's metadata cache at each call, about 700
    /// instructions, on a map that threads working at once contend for. `append(contentsOf:)`
    /// is specialised, and hands its room to the sequence appended (`Filled`), which writes the
    /// copies at once.
    @inline(__always)
    static func filled(with value: Element, count: Int) -> [Element] {
        var array: [Element] = []
        array.append(contentsOf: Filled(value: value, count: count))
        return array
    }
}

/// `count` copies of a value, written at once into the room of the array they are appended to.
private struct Filled<Element>: Sequence {
    let value: Element
    let count: Int

    var underestimatedCount: Int { count }

    func makeIterator() -> Repeated<Element>.Iterator { repeatElement(value, count: count).makeIterator() }

    func _copyContents(
        initializing buffer: UnsafeMutableBufferPointer<Element>
    ) -> (Repeated<Element>.Iterator, Int) {
        let written = Swift.min(count, buffer.count)  // (the room holds all: `underestimatedCount`)
        buffer.baseAddress?.initialize(repeating: value, count: written)
        return (repeatElement(value, count: count - written).makeIterator(), written)
    }
}
