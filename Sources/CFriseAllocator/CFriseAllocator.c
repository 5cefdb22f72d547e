#include "CFriseAllocator.h"

// mimalloc is linked into `frise` (not into the library's tests, nor into a build with
// FRISE_MALLOC=system): its functions are weak references, null without it.
#if __has_include(<mimalloc.h>)
#include <mimalloc.h>
#include <stdint.h>
#include <stdlib.h>
#include <sys/mman.h>
#pragma weak mi_option_get
#pragma weak mi_option_set

/// The size and alignment of mimalloc 2's segments, the blocks it takes from the system.
static const uintptr_t segment_size = (uintptr_t)32 << 20;

// Before `main` (and before any other constructor of `frise`): memory in 2 MiB pages where the
// system gives them on request (Linux's transparent huge pages, `madvise` mode by default), so
// that the memory a run fills for the first time costs one page fault per 2 MiB, not per 4 KiB
// (a 10 MB timeline: 12,400 page faults, 1,300 with them; docs/performance-log.md has the time).
// mimalloc asks for them for each segment it maps and commits at once from now on: every
// thread's first segment too (by default a thread's first segment is committed piece by
// piece, in 4 KiB pages, and the workers of `--jobs` allocate most of a run). The segment
// mapped when the process started, before these options were set, is advised here (the block
// just allocated lies in it). MIMALLOC_LARGE_OS_PAGES set in the environment decides instead.
__attribute__((constructor(101))) static void frise_allocator_prefer_large_pages(void) {
    if (!mi_option_set || getenv("MIMALLOC_LARGE_OS_PAGES")) return;
    mi_option_set(mi_option_large_os_pages, 1);
    mi_option_set(mi_option_eager_commit_delay, 0);
    void *probe = malloc(16);
    madvise((void *)((uintptr_t)probe & ~(segment_size - 1)), segment_size, MADV_HUGEPAGE);
    free(probe);
}

int frise_allocator_return_freed_memory(int promptly) {
    static long delay = -1;  // the default, read before the first change
    if (!mi_option_set || !mi_option_get) return 0;
    if (delay < 0) delay = mi_option_get(mi_option_decommit_delay);
    mi_option_set(mi_option_decommit_delay, promptly ? 0 : delay);
    return 1;
}

long frise_allocator_return_delay(void) { return mi_option_get ? mi_option_get(mi_option_decommit_delay) : -1; }

int frise_allocator_large_pages(void) {
    if (!mi_option_get) return -1;
    return mi_option_get(mi_option_large_os_pages) && mi_option_get(mi_option_eager_commit_delay) == 0;
}
#else
int frise_allocator_return_freed_memory(int promptly) { (void)promptly; return 0; }
long frise_allocator_return_delay(void) { return -1; }
int frise_allocator_large_pages(void) { return -1; }
#endif
