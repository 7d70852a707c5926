// C4SIO: readers and writers for the workbench's file formats (HDF5, netCDF, Matrix Market, CSV).
