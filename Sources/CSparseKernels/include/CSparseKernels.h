// SpMV hot loops of C4SSparse (CSR and VNEC), in C with AVX2/FMA intrinsics.
#ifndef C4S_SPARSE_KERNELS_H
#define C4S_SPARSE_KERNELS_H

#include <stdint.h>

/// CSR rows [first, end): y[r] = sum of values[k] * x[columns[k]] for k in [row_pointers[r], row_pointers[r + 1]).
/// Scalar, unrolled by 4 with 4 independent partial sums (FMA), 32-bit column indices.
void c4s_csr_rows_i32(const long *row_pointers, const int32_t *columns, const double *values,
                      const double *x, double *y, long first, long end);

/// `c4s_csr_rows_i32` with 64-bit column indices.
void c4s_csr_rows_i64(const long *row_pointers, const long *columns, const double *values,
                      const double *x, double *y, long first, long end);

/// One VNEC part. Its row segments are described by `lengths`: per segment, the number of entries (VNEC-D: slots,
/// VNEC-S: nonzeros) as bytes that are summed up to and including the first byte below 255. Segments
/// 0 ..< finished end their row and are written to y[0 ..< finished] (y points at the part's first row); when
/// segments > finished the last segment's sum goes to *carry. Rows are done in blocks of 4 whose 4 accumulator
/// vectors are transposed and added into one vector of 4 row sums; with `stream` != 0 the 32-byte-aligned blocks
/// of y are written with non-temporal stores (`_mm256_stream_pd`) followed by `_mm_sfence`.
///
/// VNEC-D (`*_dense_*`): `values` holds 4 zero-padded values per slot (32-byte aligned), `indices` the slot's
/// window start in the compact x; each slot is one aligned load, one contiguous load of x and one FMA; x must be
/// readable up to the largest window start + 3.
/// VNEC-S (`*_sparse_*`): `values` and `indices` (compact columns) hold one entry per nonzero, followed by at
/// least 4 padding indices that are valid columns of x; x is gathered 4 lanes at a time (masked at row ends).
void c4s_vnec_dense_u16(const double *values, const uint16_t *indices, const uint8_t *lengths, long segments,
                        long finished, const double *x, double *y, double *carry, int stream);
/// `c4s_vnec_dense_u16` with 32-bit window starts.
void c4s_vnec_dense_i32(const double *values, const int32_t *indices, const uint8_t *lengths, long segments,
                        long finished, const double *x, double *y, double *carry, int stream);
/// VNEC-P (`*_packed_*`), lane-window slots without the padding: `indices` holds each slot's window start, `masks`
/// its lane mask (bit i set = lane i holds a nonzero), `values` only the nonzeros, slot after slot, followed by at
/// least 4 padding values; each slot is one unaligned load of 4 values moved to their lanes by a permutation and
/// a mask from a 16-entry table, one contiguous load of x and one FMA. x must be readable up to the largest window
/// start + 3.
void c4s_vnec_packed_u16(const double *values, const uint16_t *indices, const uint8_t *masks, const uint8_t *lengths,
                         long segments, long finished, const double *x, double *y, double *carry, int stream);
/// `c4s_vnec_packed_u16` with 32-bit window starts.
void c4s_vnec_packed_i32(const double *values, const int32_t *indices, const uint8_t *masks, const uint8_t *lengths,
                         long segments, long finished, const double *x, double *y, double *carry, int stream);
/// VNEC-S with 16-bit compact columns (see `c4s_vnec_dense_u16`).
void c4s_vnec_sparse_u16(const double *values, const uint16_t *indices, const uint8_t *lengths, long segments,
                         long finished, const double *x, double *y, double *carry, int stream);
/// VNEC-S with 32-bit compact columns.
void c4s_vnec_sparse_i32(const double *values, const int32_t *indices, const uint8_t *lengths, long segments,
                         long finished, const double *x, double *y, double *carry, int stream);

#endif
