#include "CFriseAllocator.h"

// mimalloc is linked into `frise` (not into the library's tests, nor into a build with
// FRISE_MALLOC=system): its functions are weak references, null without it.
#if __has_include(<mimalloc.h>)
#include <mimalloc.h>
#pragma weak mi_option_get
#pragma weak mi_option_set

int frise_allocator_return_freed_memory(int promptly) {
    static long delay = -1;  // the default, read before the first change
    if (!mi_option_set || !mi_option_get) return 0;
    if (delay < 0) delay = mi_option_get(mi_option_decommit_delay);
    mi_option_set(mi_option_decommit_delay, promptly ? 0 : delay);
    return 1;
}

long frise_allocator_return_delay(void) { return mi_option_get ? mi_option_get(mi_option_decommit_delay) : -1; }
#else
int frise_allocator_return_freed_memory(int promptly) { (void)promptly; return 0; }
long frise_allocator_return_delay(void) { return -1; }
#endif
