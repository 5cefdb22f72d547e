/// Copies bytes between buffers that do not overlap. Writers copy many short pieces (a word, a
/// date, a name), and `initialize(from:count:)` calls `memcpy` whatever the count: some fifty
/// instructions a CSV field of a few bytes. Up to sixteen bytes are copied here by two loads and
/// two stores, which may overlap each other and touch only the bytes given; longer runs by
/// `memcpy`.
enum ByteCopy {
    @inline(__always)
    static func copy(_ source: UnsafePointer<UInt8>, to destination: UnsafeMutablePointer<UInt8>, count: Int) {
        let from = UnsafeRawPointer(source), to = UnsafeMutableRawPointer(destination)
        @inline(__always) func pair<Word: FixedWidthInteger>(_: Word.Type) {
            // The first and the last `Word` of the run: together, every byte of it.
            let size = MemoryLayout<Word>.size
            let head = from.loadUnaligned(as: Word.self)
            let tail = from.loadUnaligned(fromByteOffset: count - size, as: Word.self)
            to.storeBytes(of: head, as: Word.self)
            to.storeBytes(of: tail, toByteOffset: count - size, as: Word.self)
        }
        switch count {
        case 8...16: pair(UInt64.self)
        case 4..<8: pair(UInt32.self)
        case 2..<4: pair(UInt16.self)
        case 1: destination.initialize(to: source.pointee)
        case ...0: break
        default: destination.initialize(from: source, count: count)
        }
    }
}
