import Testing
@testable import Frise

@Suite struct ByteScanTests {
    /// The byte-at-a-time answer the scan must give.
    static func expected(_ bytes: [UInt8], from start: Int, below: UInt8, _ set: [UInt8]) -> Int? {
        bytes.indices.first { $0 >= start && (bytes[$0] < below || set.contains(bytes[$0])) }
    }

    @Test func findsTheFirstSpecialByteWhereverItIs() {
        // Lengths around the sixteen-byte blocks, the special byte at every place, another after it.
        for length in 0...40 {
            for place in 0..<max(length, 1) {
                for (below, set, special) in [(UInt8(0), [UInt8(0x2C), 0x22, 0x0D, 0x0A], UInt8(0x0A)),
                                             (0x20, [0x22, 0x5C], 0x1F), (0x20, [0x22, 0x5C], 0x5C),
                                             (0x20, [0xEF], 0xEF), (0, [0x22], 0x22)] {
                    var bytes = [UInt8](repeating: 0xC3, count: length)  // a lead byte of "é"
                    for index in bytes.indices where index % 3 == 2 { bytes[index] = UInt8(ascii: "a") }
                    if place < length { bytes[place] = special }
                    if place + 5 < length { bytes[place + 5] = set[0] }
                    for start in [0, 1, 17].filter({ $0 <= length }) {
                        let found = bytes.withUnsafeBufferPointer {
                            ByteScan.firstIndex(in: $0, from: start, below: below, oneOf: set[0], set.count > 1 ? set[1] : nil,
                                                set.count > 2 ? set[2] : nil, set.count > 3 ? set[3] : nil)
                        }
                        #expect(found == Self.expected(bytes, from: start, below: below, set), "\(length) \(place) \(start)")
                    }
                }
            }
        }
    }

    @Test func bytesAboveTheLimitAndOutsideTheSetAreNotFound() {
        let text = Array("Le président a déclaré : « rien » ~\u{7F}".utf8)
        text.withUnsafeBufferPointer { bytes in
            #expect(ByteScan.firstIndex(in: bytes, below: 0x20, oneOf: 0x22, 0x5C) == nil)
            #expect(ByteScan.firstIndex(in: bytes, oneOf: 0x2C, 0x22, 0x0D, 0x0A) == nil)
            #expect(ByteScan.firstIndex(in: bytes, below: 0x21, oneOf: 0x22) == 2)  // the first space
        }
        #expect([UInt8]().withUnsafeBufferPointer { ByteScan.firstIndex(in: $0, below: 0xFF, oneOf: 0) } == nil)
    }

    /// Every count from none to past the short copies, at every offset of an eight-byte word:
    /// exactly the bytes asked for are copied, none before or after them touched.
    @Test func shortAndLongCopiesWriteExactlyTheirBytes() {
        let source = (0..<64).map { UInt8($0 + 1) }
        for count in 0...40 {
            for offset in 0..<8 {
                var target = [UInt8](repeating: 0xEE, count: 64)
                source.withUnsafeBufferPointer { from in
                    target.withUnsafeMutableBufferPointer { to in
                        ByteCopy.copy(from.baseAddress! + offset, to: to.baseAddress! + 8, count: count)
                    }
                }
                #expect(Array(target[8..<(8 + count)]) == Array(source[offset..<(offset + count)]), "\(count) \(offset)")
                #expect(target[..<8].allSatisfy { $0 == 0xEE } && target[(8 + count)...].allSatisfy { $0 == 0xEE })
            }
        }
    }
}
