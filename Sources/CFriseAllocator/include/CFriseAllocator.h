#ifndef FRISE_CFRISEALLOCATOR_H
#define FRISE_CFRISEALLOCATOR_H
/// Whether the allocator gives freed memory back to the system at once (`promptly` 1) or
/// after a delay, keeping it for the next allocations to reuse (0, its default). Returns
/// whether it could (mimalloc linked in); does nothing otherwise.
int frise_allocator_return_freed_memory(int promptly);
/// How long (in milliseconds) the allocator keeps freed memory before giving it back; -1
/// without mimalloc.
long frise_allocator_return_delay(void);
/// Whether the allocator takes memory in large pages (2 MiB) where the system allows, for every
/// thread from its first segment on: 1, as `frise` sets it up unless MIMALLOC_LARGE_OS_PAGES is
/// in the environment; 0 otherwise; -1 without mimalloc.
int frise_allocator_large_pages(void);
#endif
