import Testing
@testable import Frise

@Suite struct IntegerTableTests {
    @Test func holdsWhatADictionaryHolds() {
        var table = IntegerTable()
        var dictionary: [Int64: Int32] = [:]
        var state: UInt64 = 0x1234_5678
        for step in 0..<20_000 {
            // A linear congruential walk: keys repeat, spread over a wide range, negative too.
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            let key = Int64(bitPattern: state >> 20) % 5_000 * (step % 3 == 0 ? -1 : 1) << (step % 40)
            table[key] = Int32(step)
            dictionary[key] = Int32(step)
        }
        #expect(table.count == dictionary.count)
        for (key, value) in dictionary { #expect(table[key] == value) }
        #expect(table[Int64.max] == nil)
        #expect(!table.contains(7_777_777_777))
    }
}
