#include "CStencilStream.h"
#include <immintrin.h>
#include <stdint.h>

static inline double point(const double *src, long i, const long *offsets, const double *weights, long taps) {
    double s = 0;
    for (long t = 0; t < taps; t++) s += weights[t] * src[i + offsets[t]];
    return s;
}

void c4s_stencil_stream_line(const double *src, double *dst, long count,
                             const long *offsets, const double *weights, long taps) {
    long i = 0;
    while (i < count && ((uintptr_t)(dst + i) & 31) != 0) {
        dst[i] = point(src, i, offsets, weights, taps);
        i++;
    }
    for (; i + 16 <= count; i += 16) {
        __m256d a0 = _mm256_setzero_pd(), a1 = a0, a2 = a0, a3 = a0;
        for (long t = 0; t < taps; t++) {
            const __m256d w = _mm256_set1_pd(weights[t]);
            const double *p = src + i + offsets[t];
            a0 = _mm256_fmadd_pd(w, _mm256_loadu_pd(p), a0);
            a1 = _mm256_fmadd_pd(w, _mm256_loadu_pd(p + 4), a1);
            a2 = _mm256_fmadd_pd(w, _mm256_loadu_pd(p + 8), a2);
            a3 = _mm256_fmadd_pd(w, _mm256_loadu_pd(p + 12), a3);
        }
        _mm256_stream_pd(dst + i, a0);
        _mm256_stream_pd(dst + i + 4, a1);
        _mm256_stream_pd(dst + i + 8, a2);
        _mm256_stream_pd(dst + i + 12, a3);
    }
    for (; i + 4 <= count; i += 4) {
        __m256d a = _mm256_setzero_pd();
        for (long t = 0; t < taps; t++) a = _mm256_fmadd_pd(_mm256_set1_pd(weights[t]), _mm256_loadu_pd(src + i + offsets[t]), a);
        _mm256_stream_pd(dst + i, a);
    }
    for (; i < count; i++) dst[i] = point(src, i, offsets, weights, taps);
    _mm_sfence();
}
