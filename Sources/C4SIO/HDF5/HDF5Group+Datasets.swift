import CHDF5

extension HDF5Group {
    /// Creates dataset `name` holding `values` in row-major (C) order with `shape` (`[]` makes a
    /// scalar dataset holding one value). With `chunks` (one extent per dimension, each 1...shape)
    /// or `deflateLevel` (0...9) the dataset is chunked and, with a level, deflate-compressed; a
    /// level without chunks gets chunks of at most 1 MiB. Nested names create intermediate groups.
    ///
    /// Throws `HDF5Error` (without touching the file) when the product of `shape` is not
    /// `values.count`, or chunks or level do not fit; throws if `name` already exists.
    @discardableResult
    public func writeDataset<T: HDF5Scalar>(_ name: String, values: [T], shape: [Int], chunks: [Int]? = nil,
                                            deflateLevel: Int? = nil) throws -> HDF5Dataset {
        let childPath = childPath(name)
        let layout = try HDF5DatasetLayout(shape: shape, valueCount: values.count, chunks: chunks,
                                           deflateLevel: deflateLevel, elementSize: MemoryLayout<T>.stride,
                                           location: file.location(childPath))
        let type = T.hdf5ElementType.nativeTypeID
        return try values.withUnsafeBytes { bytes in
            try createDataset(name, type: type, layout: layout, buffer: values.isEmpty ? nil : bytes.baseAddress)
        }
    }

    /// Creates the 1-D dataset `name` of variable-length UTF-8 strings (read by h5py as `str`).
    /// A string stops at its first NUL character. Throws if `name` already exists.
    @discardableResult
    public func writeStrings(_ name: String, _ values: [String]) throws -> HDF5Dataset {
        let layout = try HDF5DatasetLayout(shape: [values.count], valueCount: values.count, chunks: nil,
                                           deflateLevel: nil, elementSize: 0,
                                           location: file.location(childPath(name)))
        return try HDF5Library.serialized {
            let type = HDF5StringType.variableLength()
            defer { H5Tclose(type) }
            return try HDF5StringType.withCStringArray(values) { pointers in
                try createDataset(name, type: type, layout: layout, buffer: values.isEmpty ? nil : pointers)
            }
        }
    }

    /// Creates a dataset of file and memory type `type` and writes `buffer` (nil: nothing to write).
    private func createDataset(_ name: String, type: hid_t, layout: HDF5DatasetLayout,
                               buffer: UnsafeRawPointer?) throws -> HDF5Dataset {
        let childPath = childPath(name)
        let location = file.location(childPath)
        try file.requireOpen("write dataset", childPath)
        return try HDF5Library.serialized {
            let space = HDF5Extent.makeSpace(shape: layout.shape, maximumShape: layout.maximumShape)
            guard space >= 0 else { throw HDF5ErrorStack.error("write dataset", path: location) }
            defer { H5Sclose(space) }
            let lcpl = HDF5Group.linkCreationPropertyList()
            defer { H5Pclose(lcpl) }
            let dcpl = layout.makeCreationPropertyList()
            defer { H5Pclose(dcpl) }
            let datasetID = H5Dcreate2(id, name, type, space, lcpl, dcpl, c4s_H5P_DEFAULT())
            guard datasetID >= 0 else { throw HDF5ErrorStack.error("create dataset", path: location) }
            if let buffer, H5Dwrite(datasetID, type, c4s_H5S_ALL(), c4s_H5S_ALL(), c4s_H5P_DEFAULT(), buffer) < 0 {
                let error = HDF5ErrorStack.error("write dataset", path: location)
                _ = H5Dclose(datasetID)
                throw error
            }
            return try HDF5Dataset(file: file, id: datasetID, path: childPath)
        }
    }

    /// Opens the existing dataset `name`.
    public func openDataset(_ name: String) throws -> HDF5Dataset {
        let childPath = childPath(name)
        try file.requireOpen("open dataset", childPath)
        return try HDF5Library.serialized {
            let datasetID = H5Dopen2(id, name, c4s_H5P_DEFAULT())
            guard datasetID >= 0 else { throw HDF5ErrorStack.error("open dataset", path: file.location(childPath)) }
            return try HDF5Dataset(file: file, id: datasetID, path: childPath)
        }
    }

    /// Reads the whole numeric dataset `name` as `T` (HDF5 converts from the stored numeric type),
    /// in row-major order, with its shape (`[]` for a scalar dataset).
    public func readDataset<T: HDF5Scalar>(_ name: String, as type: T.Type) throws -> (values: [T], shape: [Int]) {
        let dataset = try openDataset(name)
        return (try dataset.read(as: type), dataset.shape)
    }

    /// Reads the whole string dataset `name` (variable or fixed length), flattened in row-major order.
    public func readStrings(_ name: String) throws -> [String] {
        try openDataset(name).readStrings()
    }
}
