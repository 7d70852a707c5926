#include "CFFTBaseline.h"
#include <fftw3.h>
#include <time.h>

static double now_seconds(void) {
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (double)t.tv_sec + 1e-9 * (double)t.tv_nsec;
}

double c4s_fft_baseline_pair_seconds(int rank, const int *dims, unsigned flags, int threads, int iterations) {
    long points = 1;
    for (int d = 0; d < rank; d++) points *= dims[d];
    long spectrum = points / dims[rank - 1] * (dims[rank - 1] / 2 + 1);
    double *real = fftw_malloc(sizeof(double) * points);
    fftw_complex *complex = fftw_malloc(sizeof(fftw_complex) * spectrum);
    fftw_init_threads();
    fftw_plan_with_nthreads(threads);
    fftw_plan forward = fftw_plan_dft_r2c(rank, dims, real, complex, flags);
    fftw_plan inverse = fftw_plan_dft_c2r(rank, dims, complex, real, flags);
    double best = -1;
    if (forward && inverse) {
        unsigned long long state = 42;
        for (long i = 0; i < points; i++) {
            state = state * 6364136223846793005ULL + 1442695040888963407ULL;
            real[i] = (double)(state >> 11) / 9007199254740992.0 * 2.0 - 1.0;
        }
        for (int i = 0; i < iterations; i++) {
            double start = now_seconds();
            fftw_execute(forward);
            fftw_execute(inverse);
            double seconds = now_seconds() - start;
            if (best < 0 || seconds < best) best = seconds;
            for (long k = 0; k < points; k++) real[k] /= (double)points;
        }
    }
    if (forward) fftw_destroy_plan(forward);
    if (inverse) fftw_destroy_plan(inverse);
    fftw_free(real);
    fftw_free(complex);
    return best;
}
