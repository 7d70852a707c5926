// A stencil line kernel with non-temporal (streaming) stores, for single sweeps over grids far larger than the caches.
#ifndef C4S_STENCIL_STREAM_H
#define C4S_STENCIL_STREAM_H

/// dst[i] = sum over t of weights[t] * src[i + offsets[t]] for i in [0, count), with AVX2 FMAs and the
/// 32-byte-aligned part of dst written by streaming stores (`_mm256_stream_pd`: no read-for-ownership of dst, the
/// lines bypass the caches), then `_mm_sfence`, so the values are visible to other threads once this returns.
/// Every src[i + offsets[t]] must be readable; dst must not overlap src.
void c4s_stencil_stream_line(const double *src, double *dst, long count,
                             const long *offsets, const double *weights, long taps);

#endif
