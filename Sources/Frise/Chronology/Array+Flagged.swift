extension Array {
    /// Removes the elements whose place is flagged in `flags` (one flag an element), the others
    /// kept in their order, in place: for arrays that go along, place by place, with another cut
    /// by the same flags (the events, and each event's document rank).
    mutating func removeAll(flaggedIn flags: [Bool]) {
        precondition(flags.count == count, "one flag an element")
        var kept = 0
        for index in indices where !flags[index] {
            if kept != index { swapAt(kept, index) }
            kept += 1
        }
        removeLast(count - kept)
    }
}
