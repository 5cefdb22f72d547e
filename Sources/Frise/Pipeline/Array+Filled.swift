extension Array {
    /// `count` copies of `value`, as `init(repeating:count:)` makes them, but allocated by code
    /// specialised for the element type.
    ///
    /// `init(repeating:count:)` (and `init(unsafeUninitializedCapacity:)`) allocate through an
    /// entry of the standard library that is not specialised: it looks the storage's type up in
    /// the runtime's metadata cache at each call, a few hundred instructions, on a map that
    /// threads working at once contend for. For the short arrays made for each article (the
    /// copies are made one by one: an array of one per token is filled faster the usual way).
    @inline(__always)
    static func filled(with value: Element, count: Int) -> [Element] { Array(repeatElement(value, count: count)) }
}
