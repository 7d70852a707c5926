#include "CSparseKernels.h"
#include <immintrin.h>

#define ALWAYS_INLINE static inline __attribute__((always_inline))

enum { SPARSE = 0, DENSE = 1, PACKED = 2 };

/// Where a part's product stands: the next entry (slot or nonzero) and, for packed slots, the next value.
typedef struct {
    long entry;
    long value;
} cursor;

/// Entries of the next segment: bytes summed up to and including the first below 255.
ALWAYS_INLINE long next_length(const uint8_t **p) {
    long n = 0;
    uint8_t b;
    do {
        b = *(*p)++;
        n += b;
    } while (b == 255);
    return n;
}

ALWAYS_INLINE long index_at(const void *indices, long k, int wide) {
    return wide ? (long)((const int32_t *)indices)[k] : (long)((const uint16_t *)indices)[k];
}

/// Four consecutive indices as 32-bit lanes.
ALWAYS_INLINE __m128i index4(const void *indices, long k, int wide) {
    return wide ? _mm_loadu_si128((const __m128i *)((const int32_t *)indices + k))
                : _mm_cvtepu16_epi32(_mm_loadl_epi64((const __m128i *)((const uint16_t *)indices + k)));
}

static const int64_t tail_masks[8] = {-1, -1, -1, -1, 0, 0, 0, 0};

// Lane mask m (bit i = lane i holds a nonzero) -> the permutation (in 32-bit halves) that moves the packed values
// 0, 1, ... to the set lanes, the lanes to keep, and the number of values.
static const int32_t expand_permutation[16][8] __attribute__((aligned(32))) = {
    {0, 0, 0, 0, 0, 0, 0, 0}, {0, 1, 0, 0, 0, 0, 0, 0}, {0, 0, 0, 1, 0, 0, 0, 0}, {0, 1, 2, 3, 0, 0, 0, 0},
    {0, 0, 0, 0, 0, 1, 0, 0}, {0, 1, 0, 0, 2, 3, 0, 0}, {0, 0, 0, 1, 2, 3, 0, 0}, {0, 1, 2, 3, 4, 5, 0, 0},
    {0, 0, 0, 0, 0, 0, 0, 1}, {0, 1, 0, 0, 0, 0, 2, 3}, {0, 0, 0, 1, 0, 0, 2, 3}, {0, 1, 2, 3, 0, 0, 4, 5},
    {0, 0, 0, 0, 0, 1, 2, 3}, {0, 1, 0, 0, 2, 3, 4, 5}, {0, 0, 0, 1, 2, 3, 4, 5}, {0, 1, 2, 3, 4, 5, 6, 7},
};
static const int64_t expand_lanes[16][4] __attribute__((aligned(32))) = {
    {0, 0, 0, 0}, {-1, 0, 0, 0}, {0, -1, 0, 0}, {-1, -1, 0, 0},
    {0, 0, -1, 0}, {-1, 0, -1, 0}, {0, -1, -1, 0}, {-1, -1, -1, 0},
    {0, 0, 0, -1}, {-1, 0, 0, -1}, {0, -1, 0, -1}, {-1, -1, 0, -1},
    {0, 0, -1, -1}, {-1, 0, -1, -1}, {0, -1, -1, -1}, {-1, -1, -1, -1},
};
static const uint8_t lane_count[16] = {0, 1, 1, 2, 1, 2, 2, 3, 1, 2, 2, 3, 2, 3, 3, 4};

/// Sum vector of a VNEC-D segment of n slots starting at slot k.
ALWAYS_INLINE __m256d dense_segment(const double *v, const void *indices, long k, long n, const double *x, int wide) {
    __m256d a0 = _mm256_setzero_pd(), a1 = _mm256_setzero_pd();
    long e = 0;
    for (; e + 2 <= n; e += 2) {
        const long s = k + e;
        a0 = _mm256_fmadd_pd(_mm256_load_pd(v + 4 * s), _mm256_loadu_pd(x + index_at(indices, s, wide)), a0);
        a1 = _mm256_fmadd_pd(_mm256_load_pd(v + 4 * s + 4), _mm256_loadu_pd(x + index_at(indices, s + 1, wide)), a1);
    }
    if (e < n) {
        const long s = k + e;
        a0 = _mm256_fmadd_pd(_mm256_load_pd(v + 4 * s), _mm256_loadu_pd(x + index_at(indices, s, wide)), a0);
    }
    return _mm256_add_pd(a0, a1);
}

/// Sum vector of a VNEC-P segment of n slots starting at slot k, whose values start at value kv: each slot's
/// packed values are loaded (4 at a time, the part's values are padded) and moved to their lanes by its lane mask.
ALWAYS_INLINE __m256d packed_segment(const double *v, const void *indices, const uint8_t *masks, long k, long *kv,
                                     long n, const double *x, int wide) {
    __m256d acc = _mm256_setzero_pd();
    long value = *kv;
    for (long s = k; s < k + n; s++) {
        const unsigned m = masks[s];
        const __m256 moved = _mm256_permutevar8x32_ps(_mm256_castpd_ps(_mm256_loadu_pd(v + value)),
                                                      _mm256_load_si256((const __m256i *)expand_permutation[m]));
        const __m256d lanes = _mm256_and_pd(_mm256_castps_pd(moved), _mm256_load_pd((const double *)expand_lanes[m]));
        acc = _mm256_fmadd_pd(lanes, _mm256_loadu_pd(x + index_at(indices, s, wide)), acc);
        value += lane_count[m];
    }
    *kv = value;
    return acc;
}

/// Sum vector of a VNEC-S segment of n nonzeros starting at nonzero k: x gathered 4 lanes at a time.
ALWAYS_INLINE __m256d sparse_segment(const double *v, const void *indices, long k, long n, const double *x, int wide) {
    __m256d acc = _mm256_setzero_pd();
    long e = 0;
    for (; e + 4 <= n; e += 4) {
        const __m256d xv = _mm256_i32gather_pd(x, index4(indices, k + e, wide), 8);
        acc = _mm256_fmadd_pd(_mm256_loadu_pd(v + k + e), xv, acc);
    }
    if (e < n) {
        const __m256i mask = _mm256_loadu_si256((const __m256i *)(tail_masks + 4 - (n - e)));
        const __m256d xv = _mm256_mask_i32gather_pd(_mm256_setzero_pd(), x, index4(indices, k + e, wide),
                                                    _mm256_castsi256_pd(mask), 8);
        acc = _mm256_fmadd_pd(_mm256_maskload_pd(v + k + e, mask), xv, acc);
    }
    return acc;
}

/// The next segment's sum vector; advances the cursor and the length stream.
ALWAYS_INLINE __m256d segment(const double *v, const void *indices, const uint8_t *masks, cursor *at,
                              const uint8_t **lengths, const double *x, int variant, int wide) {
    const long n = next_length(lengths);
    __m256d acc;
    if (variant == DENSE) acc = dense_segment(v, indices, at->entry, n, x, wide);
    else if (variant == PACKED) acc = packed_segment(v, indices, masks, at->entry, &at->value, n, x, wide);
    else acc = sparse_segment(v, indices, at->entry, n, x, wide);
    at->entry += n;
    return acc;
}

ALWAYS_INLINE double horizontal_sum(__m256d a) {
    const __m128d s = _mm_add_pd(_mm256_castpd256_pd128(a), _mm256_extractf128_pd(a, 1));
    return _mm_cvtsd_f64(_mm_add_sd(s, _mm_unpackhi_pd(s, s)));
}

/// [Σa, Σb, Σc, Σd]: transpose-and-add of four accumulators.
ALWAYS_INLINE __m256d sum4(__m256d a, __m256d b, __m256d c, __m256d d) {
    const __m256d t0 = _mm256_hadd_pd(a, b), t1 = _mm256_hadd_pd(c, d);
    return _mm256_add_pd(_mm256_permute2f128_pd(t0, t1, 0x20), _mm256_permute2f128_pd(t0, t1, 0x31));
}

ALWAYS_INLINE void vnec_part(const double *v, const void *indices, const uint8_t *masks, const uint8_t *lengths,
                             long segments, long finished, const double *x, double *y, double *carry, int stream,
                             int variant, int wide) {
    cursor at = {0, 0};
    long r = 0;
    if (stream) {
        for (; r < finished && ((uintptr_t)(y + r) & 31) != 0; r++)
            y[r] = horizontal_sum(segment(v, indices, masks, &at, &lengths, x, variant, wide));
    }
    for (; r + 4 <= finished; r += 4) {
        const __m256d a0 = segment(v, indices, masks, &at, &lengths, x, variant, wide);
        const __m256d a1 = segment(v, indices, masks, &at, &lengths, x, variant, wide);
        const __m256d a2 = segment(v, indices, masks, &at, &lengths, x, variant, wide);
        const __m256d a3 = segment(v, indices, masks, &at, &lengths, x, variant, wide);
        const __m256d s = sum4(a0, a1, a2, a3);
        if (stream) _mm256_stream_pd(y + r, s);
        else _mm256_storeu_pd(y + r, s);
    }
    for (; r < finished; r++) y[r] = horizontal_sum(segment(v, indices, masks, &at, &lengths, x, variant, wide));
    if (segments > finished) *carry = horizontal_sum(segment(v, indices, masks, &at, &lengths, x, variant, wide));
    if (stream) _mm_sfence();
}

void c4s_vnec_dense_u16(const double *values, const uint16_t *indices, const uint8_t *lengths, long segments,
                        long finished, const double *x, double *y, double *carry, int stream) {
    vnec_part(values, indices, 0, lengths, segments, finished, x, y, carry, stream, DENSE, 0);
}

void c4s_vnec_dense_i32(const double *values, const int32_t *indices, const uint8_t *lengths, long segments,
                        long finished, const double *x, double *y, double *carry, int stream) {
    vnec_part(values, indices, 0, lengths, segments, finished, x, y, carry, stream, DENSE, 1);
}

void c4s_vnec_packed_u16(const double *values, const uint16_t *indices, const uint8_t *masks, const uint8_t *lengths,
                         long segments, long finished, const double *x, double *y, double *carry, int stream) {
    vnec_part(values, indices, masks, lengths, segments, finished, x, y, carry, stream, PACKED, 0);
}

void c4s_vnec_packed_i32(const double *values, const int32_t *indices, const uint8_t *masks, const uint8_t *lengths,
                         long segments, long finished, const double *x, double *y, double *carry, int stream) {
    vnec_part(values, indices, masks, lengths, segments, finished, x, y, carry, stream, PACKED, 1);
}

void c4s_vnec_sparse_u16(const double *values, const uint16_t *indices, const uint8_t *lengths, long segments,
                         long finished, const double *x, double *y, double *carry, int stream) {
    vnec_part(values, indices, 0, lengths, segments, finished, x, y, carry, stream, SPARSE, 0);
}

void c4s_vnec_sparse_i32(const double *values, const int32_t *indices, const uint8_t *lengths, long segments,
                         long finished, const double *x, double *y, double *carry, int stream) {
    vnec_part(values, indices, 0, lengths, segments, finished, x, y, carry, stream, SPARSE, 1);
}
