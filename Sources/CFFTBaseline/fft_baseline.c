#include "CFFTBaseline.h"
#include <fftw3.h>
#include <time.h>

static double now_seconds(void) {
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (double)t.tv_sec + 1e-9 * (double)t.tv_nsec;
}

double c4s_fft_baseline_execute_pair(void *forward, void *inverse, double *real, double *complex) {
    if (!forward || !inverse) return -1;
    double start = now_seconds();
    fftw_execute_dft_r2c((fftw_plan)forward, real, (fftw_complex *)complex);
    fftw_execute_dft_c2r((fftw_plan)inverse, (fftw_complex *)complex, real);
    return now_seconds() - start;
}
