import ChildPeakMemory
import Foundation
import Testing

/// The peak memory a test reads is the child's, however big the test process has grown.
@Suite struct ChildProcessTests {
    @Test func peakMemoryIsTheChildsNotTheTestProcesss() throws {
        // 400 MB resident in this process while the child starts: `ru_maxrss` alone would report them.
        let size = 400 << 20
        let held = UnsafeMutableRawPointer.allocate(byteCount: size, alignment: 4096)
        defer { held.deallocate() }
        for offset in stride(from: 0, to: size, by: 4096) { held.storeBytes(of: 1, toByteOffset: offset, as: UInt8.self) }
        let ownPeak = try #require(ChildPeakMemory.highWaterMark(of: "self"))
        #expect(ownPeak >= size)
        let result = try ChildProcess.run(["tag", "seeds"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.peakMemory > 1 << 20 && result.peakMemory < 200 << 20, "\(result.peakMemory >> 20) MB")
        withExtendedLifetime(held) {}
    }
}
