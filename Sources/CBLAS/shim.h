// OpenBLAS's CBLAS interface for Swift, plus its threading and configuration calls.
#ifndef C4S_CBLAS_SHIM_H
#define C4S_CBLAS_SHIM_H
#include <cblas.h>

// OpenBLAS extensions declared in its cblas.h: openblas_set_num_threads, openblas_get_num_threads,
// openblas_get_config, openblas_get_corename. Nothing here needs wrapping; the header is kept as
// the one place that names the library.

#endif
