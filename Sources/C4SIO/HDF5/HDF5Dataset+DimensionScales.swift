import CHDF5

extension HDF5Dataset {
    /// Makes this dataset (normally 1-D, e.g. latitudes) a dimension scale called `name`
    /// (HDF5 dimension-scale convention, as netCDF-4 and xarray use: `CLASS = "DIMENSION_SCALE"`,
    /// `NAME = name`).
    public func makeDimensionScale(name: String) throws {
        try file.requireOpen("make dimension scale", path)
        try HDF5Library.serialized {
            if H5DSset_scale(id, name) < 0 {
                throw HDF5ErrorStack.error("make dimension scale '\(name)'", path: file.location(path))
            }
        }
    }

    /// Attaches the dimension scale `scale` (made by `makeDimensionScale(name:)`, in the same file)
    /// to dimension `dim` (0-based, `0..<shape.count`) of this dataset; HDF5 records it in this
    /// dataset's `DIMENSION_LIST` and the scale's `REFERENCE_LIST`.
    public func attachDimensionScale(_ scale: HDF5Dataset, toDimension dim: Int) throws {
        try file.requireOpen("attach dimension scale", path)
        guard shape.indices.contains(dim) else {
            throw HDF5Error(operation: "attach dimension scale \(scale.path)", path: file.location(path),
                            reason: "dimension \(dim) is outside 0..<\(shape.count)", stack: "")
        }
        try HDF5Library.serialized {
            if H5DSattach_scale(id, scale.id, UInt32(dim)) < 0 {
                throw HDF5ErrorStack.error("attach dimension scale \(scale.path) to dimension \(dim)",
                                           path: file.location(path))
            }
        }
    }
}
