// FFTW 3 (double precision) with its threads library for Swift. FFTW_MEASURE and friends are
// unsigned shifts that Swift imports as Int32; these getters give them as the UInt32 the API takes.
#ifndef C4S_CFFTW_SHIM_H
#define C4S_CFFTW_SHIM_H
#include <fftw3.h>

static inline unsigned c4s_FFTW_ESTIMATE(void) { return FFTW_ESTIMATE; }
static inline unsigned c4s_FFTW_MEASURE(void) { return FFTW_MEASURE; }
static inline unsigned c4s_FFTW_PATIENT(void) { return FFTW_PATIENT; }
static inline unsigned c4s_FFTW_EXHAUSTIVE(void) { return FFTW_EXHAUSTIVE; }
static inline unsigned c4s_FFTW_DESTROY_INPUT(void) { return FFTW_DESTROY_INPUT; }
static inline unsigned c4s_FFTW_PRESERVE_INPUT(void) { return FFTW_PRESERVE_INPUT; }
static inline int c4s_FFTW_FORWARD(void) { return FFTW_FORWARD; }
static inline int c4s_FFTW_BACKWARD(void) { return FFTW_BACKWARD; }
/// The library's version string, e.g. "fftw-3.3.10-sse2-avx".
static inline const char *c4s_fftw_version(void) { return fftw_version; }

#endif
