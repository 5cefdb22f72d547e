import CFriseAllocator
import Foundation
import Testing

/// `frise timeline` has the allocator give freed memory back at once while it builds a large
/// chronology, and restores its pace after.
@Suite struct AllocatorTests {
    @Test func theAllocatorGivesFreedMemoryBackAtOnceWhenAskedThenKeepsItAgain() throws {
        let usual = frise_allocator_return_delay()
        // Built with FRISE_MALLOC=system: no mimalloc, nothing to set.
        try #require(usual >= 0 || frise_allocator_return_freed_memory(1) == 0)
        guard usual >= 0 else { return }
        #expect(usual > 0)
        #expect(frise_allocator_return_freed_memory(1) == 1)
        #expect(frise_allocator_return_delay() == 0)
        #expect(frise_allocator_return_freed_memory(0) == 1)
        #expect(frise_allocator_return_delay() == usual)
    }

    /// Set up before `main` (by a constructor of the allocator's module), unless the environment
    /// says otherwise.
    @Test func memoryComesInLargePagesUnlessTheEnvironmentSaysOtherwise() {
        let state = frise_allocator_large_pages()
        guard state >= 0, ProcessInfo.processInfo.environment["MIMALLOC_LARGE_OS_PAGES"] == nil else { return }
        #expect(state == 1)
    }
}
