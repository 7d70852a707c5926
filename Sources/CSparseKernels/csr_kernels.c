#include "CSparseKernels.h"

#define CSR_ROWS(INDEX)                                                                       \
    for (long r = first; r < end; r++) {                                                      \
        long k = row_pointers[r];                                                             \
        const long stop = row_pointers[r + 1];                                                \
        double s0 = 0, s1 = 0, s2 = 0, s3 = 0;                                                \
        for (; k + 4 <= stop; k += 4) {                                                       \
            s0 += values[k] * x[(INDEX)columns[k]];                                           \
            s1 += values[k + 1] * x[(INDEX)columns[k + 1]];                                   \
            s2 += values[k + 2] * x[(INDEX)columns[k + 2]];                                   \
            s3 += values[k + 3] * x[(INDEX)columns[k + 3]];                                   \
        }                                                                                     \
        for (; k < stop; k++) s0 += values[k] * x[(INDEX)columns[k]];                         \
        y[r] = (s0 + s1) + (s2 + s3);                                                         \
    }

void c4s_csr_rows_i32(const long *row_pointers, const int32_t *columns, const double *values,
                      const double *x, double *y, long first, long end) {
    CSR_ROWS(long)
}

void c4s_csr_rows_i64(const long *row_pointers, const long *columns, const double *values,
                      const double *x, double *y, long first, long end) {
    CSR_ROWS(long)
}
