#include "CStencilBaseline.h"

void c4s_stencil_baseline_line(const double *src, double *dst, long count,
                               const long *offsets, const double *weights, long taps) {
    for (long i = 0; i < count; i++) dst[i] = 0.0;
    for (long t = 0; t < taps; t++) {
        const double w = weights[t];
        const double *s = src + offsets[t];
        for (long i = 0; i < count; i++) dst[i] += w * s[i];
    }
}
