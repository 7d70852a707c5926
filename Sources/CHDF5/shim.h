// HDF5 (Debian serial build) for Swift. The H5P_*, H5T_* and H5F_ACC_* macros expand to calls of
// H5open() plus C globals, which Swift cannot import; these getters give them a callable form.
#ifndef C4S_CHDF5_SHIM_H
#define C4S_CHDF5_SHIM_H
#include <hdf5.h>
#include <hdf5_hl.h>

static inline hid_t c4s_H5P_DEFAULT(void) { return H5P_DEFAULT; }
static inline hid_t c4s_H5S_ALL(void) { return H5S_ALL; }
static inline hid_t c4s_H5E_DEFAULT(void) { return H5E_DEFAULT; }
static inline hsize_t c4s_H5S_UNLIMITED(void) { return H5S_UNLIMITED; }
static inline size_t c4s_H5T_VARIABLE(void) { return H5T_VARIABLE; }

static inline unsigned c4s_H5F_ACC_TRUNC(void) { return H5F_ACC_TRUNC; }
static inline unsigned c4s_H5F_ACC_EXCL(void) { return H5F_ACC_EXCL; }
static inline unsigned c4s_H5F_ACC_RDONLY(void) { return H5F_ACC_RDONLY; }
static inline unsigned c4s_H5F_ACC_RDWR(void) { return H5F_ACC_RDWR; }

static inline hid_t c4s_H5P_FILE_ACCESS(void) { return H5P_FILE_ACCESS; }
static inline hid_t c4s_H5P_FILE_CREATE(void) { return H5P_FILE_CREATE; }
static inline hid_t c4s_H5P_DATASET_CREATE(void) { return H5P_DATASET_CREATE; }
static inline hid_t c4s_H5P_LINK_CREATE(void) { return H5P_LINK_CREATE; }
static inline hid_t c4s_H5P_GROUP_CREATE(void) { return H5P_GROUP_CREATE; }

static inline hid_t c4s_H5T_NATIVE_DOUBLE(void) { return H5T_NATIVE_DOUBLE; }
static inline hid_t c4s_H5T_NATIVE_FLOAT(void) { return H5T_NATIVE_FLOAT; }
static inline hid_t c4s_H5T_NATIVE_INT32(void) { return H5T_NATIVE_INT32; }
static inline hid_t c4s_H5T_NATIVE_INT64(void) { return H5T_NATIVE_INT64; }
static inline hid_t c4s_H5T_NATIVE_UINT8(void) { return H5T_NATIVE_UINT8; }
static inline hid_t c4s_H5T_NATIVE_UINT32(void) { return H5T_NATIVE_UINT32; }
static inline hid_t c4s_H5T_NATIVE_UINT64(void) { return H5T_NATIVE_UINT64; }
static inline hid_t c4s_H5T_NATIVE_INT8(void) { return H5T_NATIVE_INT8; }
static inline hid_t c4s_H5T_NATIVE_INT16(void) { return H5T_NATIVE_INT16; }
static inline hid_t c4s_H5T_NATIVE_UINT16(void) { return H5T_NATIVE_UINT16; }
static inline hid_t c4s_H5T_C_S1(void) { return H5T_C_S1; }
static inline hid_t c4s_H5T_IEEE_F64LE(void) { return H5T_IEEE_F64LE; }
static inline hid_t c4s_H5T_IEEE_F32LE(void) { return H5T_IEEE_F32LE; }
static inline hid_t c4s_H5T_STD_I32LE(void) { return H5T_STD_I32LE; }
static inline hid_t c4s_H5T_STD_I64LE(void) { return H5T_STD_I64LE; }
static inline hid_t c4s_H5T_STD_U8LE(void) { return H5T_STD_U8LE; }
static inline hid_t c4s_H5T_STD_REF_OBJ(void) { return H5T_STD_REF_OBJ; }
static inline hid_t c4s_H5T_STD_REF_DSETREG(void) { return H5T_STD_REF_DSETREG; }
static inline hid_t c4s_H5E_CANTLOCKFILE(void) { return H5E_CANTLOCKFILE; }

#endif
