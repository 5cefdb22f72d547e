import Testing
@testable import Frise

@Suite struct IntegerTableTests {
    /// Tables made small or sized ahead hold what a dictionary holds, whatever they grow through.
    @Test(arguments: [0, 1, 700, 5_000, 100_000])
    func holdsWhatADictionaryHolds(minimumCapacity: Int) {
        var table = IntegerTable(minimumCapacity: minimumCapacity)
        #expect(table.capacity >= max(minimumCapacity, 512) && table.capacity < 2 * max(minimumCapacity, 512))
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

    /// A table sized for its entries takes them all without growing.
    @Test func aSizedTableTakesItsEntriesWithoutGrowing() {
        var table = IntegerTable(minimumCapacity: 3_000)
        let capacity = table.capacity
        for key in 0..<Int64(3_000) { table[key * 7_919] = Int32(key) }
        #expect(table.capacity == capacity)
        table[-1] = 0
        for key in 3_000..<Int64(capacity) { table[key * 7_919] = Int32(key) }
        #expect(table.capacity > capacity)
    }
}
