// A plain C program's use of FFTW, the baseline `c4s bench fft` measures C4SSpectral's wrapper overhead against.
#ifndef C4S_FFT_BASELINE_H
#define C4S_FFT_BASELINE_H

/// Executes the r2c plan `forward` on (`real` → `complex`) and then the c2r plan `inverse` on (`complex` → `real`)
/// with FFTW's new-array execute functions, exactly as a C program holding the two plans would, and returns the
/// wall-clock seconds of the pair (CLOCK_MONOTONIC). `forward` and `inverse` are `fftw_plan` handles; the arrays
/// are fftw_malloc'd with the plans' sizes. Returns -1 when a handle is null.
double c4s_fft_baseline_execute_pair(void *forward, void *inverse, double *real, double *complex);

#endif
