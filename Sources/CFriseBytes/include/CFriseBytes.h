#ifndef FRISE_CFRISEBYTES_H
#define FRISE_CFRISEBYTES_H
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#if defined(__SSE2__)
#include <emmintrin.h>

/// The bytes to find, each repeated in the sixteen lanes.
struct frise_targets {
    __m128i a, b, c, d, limit;
    int below;
};

/// One bit for each of the sixteen bytes of `word` that is one of the targets.
static inline int frise_hits(__m128i word, const struct frise_targets *t) {
    __m128i hits = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(word, t->a), _mm_cmpeq_epi8(word, t->b)),
                                _mm_or_si128(_mm_cmpeq_epi8(word, t->c), _mm_cmpeq_epi8(word, t->d)));
    // Below `below`: the unsigned minimum of the byte and `below - 1` is the byte itself.
    if (t->below) hits = _mm_or_si128(hits, _mm_cmpeq_epi8(_mm_min_epu8(word, t->limit), word));
    return _mm_movemask_epi8(hits);
}

/// The first of the hits of two pieces of `half` bytes: the first `half` bytes of the field in
/// the low lanes, its last `half` (which may overlap them) from lane 8.
static inline size_t frise_first_of_halves(int hits, size_t half, size_t count) {
    const int mask = (1 << half) - 1, first = hits & mask, last = (hits >> 8) & mask;
    if (first != 0) return (size_t)__builtin_ctz((unsigned)first);
    return last != 0 ? count - half + (size_t)__builtin_ctz((unsigned)last) : count;
}
#endif

/// The index of the first of the `count` bytes at `bytes` that is below `below` (none is below 0)
/// or equal to `a`, `b`, `c` or `d`; `count` when there is none.
///
/// The scans that writers make over every field (does it need quotes, escapes, a character
/// XML forbids?): sixteen bytes a comparison where the machine has SSE2 (every x86-64), a byte at
/// a time elsewhere. Inline, in each caller: its bytes to find are constants there.
static inline size_t frise_first_byte(const uint8_t *bytes, size_t count, uint8_t below, uint8_t a, uint8_t b,
                                      uint8_t c, uint8_t d) {
#if defined(__SSE2__)
    const struct frise_targets t = {_mm_set1_epi8((char)a), _mm_set1_epi8((char)b), _mm_set1_epi8((char)c),
                                    _mm_set1_epi8((char)d), _mm_set1_epi8((char)(below - 1)), below > 0};
    if (count >= 16) {
        size_t index = 0;
        for (; index + 16 <= count; index += 16) {
            const int hits = frise_hits(_mm_loadu_si128((const __m128i *)(bytes + index)), &t);
            if (hits != 0) return index + (size_t)__builtin_ctz((unsigned)hits);
        }
        if (index == count) return count;
        // The last sixteen bytes, some already read (none of those is one).
        const int hits = frise_hits(_mm_loadu_si128((const __m128i *)(bytes + count - 16)), &t);
        return hits != 0 ? count - 16 + (size_t)__builtin_ctz((unsigned)hits) : count;
    }
    // Most fields are short: their first and last eight (or four) bytes in one comparison.
    if (count >= 8) {
        uint64_t first, last;
        memcpy(&first, bytes, 8);
        memcpy(&last, bytes + count - 8, 8);
        return frise_first_of_halves(frise_hits(_mm_set_epi64x((long long)last, (long long)first), &t), 8, count);
    }
    if (count >= 4) {
        uint32_t first, last;
        memcpy(&first, bytes, 4);
        memcpy(&last, bytes + count - 4, 4);
        return frise_first_of_halves(frise_hits(_mm_set_epi32(0, (int)last, 0, (int)first), &t), 4, count);
    }
#endif
    for (size_t index = 0; index < count; index++) {
        const uint8_t byte = bytes[index];
        if (byte < below || byte == a || byte == b || byte == c || byte == d) return index;
    }
    return count;
}

/// Asks for the cache line at `address` ahead of its reading, which then need not wait for
/// memory: look-ups in a table larger than the cache, issued together, overlap their waits.
static inline void frise_prefetch(const void *address) { __builtin_prefetch(address, 0, 3); }

#endif
