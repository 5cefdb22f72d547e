extension String {
    /// Whether the string is a name of Frise's own vocabulary (an enumeration's raw value, a
    /// CAMEO code): ASCII letters, digits and underscores only, which JSON never escapes and
    /// CSV quotes only around a delimiter that is one of them.
    var isVocabularyName: Bool { allSatisfy(Self.mayBeInVocabularyName) }

    /// Whether `character` may be in a name of the vocabulary (see `isVocabularyName`).
    static func mayBeInVocabularyName(_ character: Character) -> Bool {
        character.isASCII && (character.isLetter || character.isNumber || character == "_")
    }

    /// `body` over the string's UTF-8, read in place when the string is contiguous (as native
    /// strings are): `withUTF8` needs a `var` copy, which retains the string and releases it.
    @inline(__always)
    func withUTF8Bytes<Result>(_ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        if let result = utf8.withContiguousStorageIfAvailable(body) { return result }
        var copy = self
        return copy.withUTF8(body)
    }

    /// The same text in storage of its own, of its size (a string of 15 bytes or fewer is held
    /// inline: itself). Strings built by appending keep spare capacity, and a chronology keeps
    /// millions of them; and a string that several threads copy has its count changed by atomic
    /// operations on memory the other cores hold.
    var ownCopy: String {
        let count = utf8.count
        guard count > 15 else { return self }
        return String(unsafeUninitializedCapacity: count) { buffer in
            _ = buffer.initialize(fromContentsOf: utf8)
            return count
        }
    }
}
