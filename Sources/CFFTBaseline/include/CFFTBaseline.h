// A plain C program's use of FFTW, the baseline `c4s bench fft` measures C4SSpectral's wrapper overhead against.
#ifndef C4S_FFT_BASELINE_H
#define C4S_FFT_BASELINE_H

/// Plans an out-of-place r2c and c2r pair of the real sizes `dims[0..rank)` (row-major, rank 1-3) on
/// fftw_malloc arrays with planner `flags` (e.g. FFTW_MEASURE) and `threads` threads, fills the input with
/// values in [-1, 1), then times `iterations` executions of r2c followed by c2r with CLOCK_MONOTONIC.
/// Returns the fastest pair in seconds, or -1 when FFTW returns no plan. Plans with the process's wisdom, so a
/// size planned before with the same flags gets the same algorithm. Not thread-safe (FFTW's planner).
double c4s_fft_baseline_pair_seconds(int rank, const int *dims, unsigned flags, int threads, int iterations);

#endif
