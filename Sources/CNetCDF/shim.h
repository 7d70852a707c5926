// netCDF-C for Swift. NC_GLOBAL and the NC_* type codes are macros of plain integers and import
// as they are; NC_FILL_* values are given here with types Swift can use.
#ifndef C4S_CNETCDF_SHIM_H
#define C4S_CNETCDF_SHIM_H
#include <netcdf.h>

static inline int c4s_NC_GLOBAL(void) { return NC_GLOBAL; }
static inline int c4s_NC_NOWRITE(void) { return NC_NOWRITE; }
static inline int c4s_NC_MAX_NAME(void) { return NC_MAX_NAME; }
static inline int c4s_NC_MAX_VAR_DIMS(void) { return NC_MAX_VAR_DIMS; }
static inline double c4s_NC_FILL_DOUBLE(void) { return NC_FILL_DOUBLE; }
static inline float c4s_NC_FILL_FLOAT(void) { return NC_FILL_FLOAT; }
static inline int c4s_NC_FILL_INT(void) { return NC_FILL_INT; }
static inline short c4s_NC_FILL_SHORT(void) { return NC_FILL_SHORT; }
static inline signed char c4s_NC_FILL_BYTE(void) { return NC_FILL_BYTE; }
static inline unsigned short c4s_NC_FILL_USHORT(void) { return NC_FILL_USHORT; }
static inline unsigned int c4s_NC_FILL_UINT(void) { return NC_FILL_UINT; }
static inline long long c4s_NC_FILL_INT64(void) { return NC_FILL_INT64; }
static inline unsigned long long c4s_NC_FILL_UINT64(void) { return NC_FILL_UINT64; }

#endif
