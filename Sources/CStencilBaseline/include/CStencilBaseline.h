// The plain C stencil loop that `c4s bench stencil` compares the Swift engines against.
#ifndef C4S_STENCIL_BASELINE_H
#define C4S_STENCIL_BASELINE_H

/// One time step on `count` consecutive points of a padded grid: for i in [0, count),
/// dst[i] = sum over t of weights[t] * src[i + offsets[t]]. Plain loops (tap-outer, point-inner so the
/// compiler can vectorize), compiled with -O3 -march=native; callers split lines over threads.
void c4s_stencil_baseline_line(const double *src, double *dst, long count,
                               const long *offsets, const double *weights, long taps);

#endif
