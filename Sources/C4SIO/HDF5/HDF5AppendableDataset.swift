import CHDF5

/// A chunked dataset of `T` that grows along its first dimension: rows of a fixed shape (e.g. one
/// frame of `atoms × 3` positions) appended one or many at a time, for writers that stream results
/// (MD trajectories). Created by `HDF5Group.createAppendableDataset(_:rowShape:chunkRows:as:)`.
public final class HDF5AppendableDataset<T: HDF5Scalar> {
    private let dataset: HDF5Dataset
    /// The shape of one row (the dimensions after the first); `[]` for a 1-D dataset of scalars.
    public let rowShape: [Int]
    /// Rows written so far (the current extent of the first dimension).
    public private(set) var rows: Int
    private let rowSize: Int

    init(dataset: HDF5Dataset, rowShape: [Int]) {
        self.dataset = dataset
        self.rowShape = rowShape
        self.rows = dataset.shape.first ?? 0
        self.rowSize = rowShape.reduce(1, *)
    }

    /// The dataset's path inside the file.
    public var path: String { dataset.path }

    /// Appends `values.count / rowShape product` rows, in row-major order.
    /// - Throws: `HDF5Error` when `values.count` is not a whole number of rows, or HDF5 fails.
    public func append(_ values: [T]) throws {
        let location = dataset.file.location(dataset.path)
        guard values.count % rowSize == 0 else {
            throw HDF5Error(operation: "append to dataset", path: location,
                            reason: "\(values.count) values are not a whole number of rows of shape \(rowShape)", stack: "")
        }
        let added = values.count / rowSize
        guard added > 0 else { return }
        try dataset.file.requireOpen("append to dataset", dataset.path)
        try HDF5Library.serialized {
            let newShape = ([rows + added] + rowShape).map { hsize_t($0) }
            guard H5Dset_extent(dataset.id, newShape) >= 0 else {
                throw HDF5ErrorStack.error("extend dataset", path: location)
            }
            let fileSpace = H5Dget_space(dataset.id)
            guard fileSpace >= 0 else { throw HDF5ErrorStack.error("append to dataset", path: location) }
            defer { H5Sclose(fileSpace) }
            let start = ([rows] + rowShape.map { _ in 0 }).map { hsize_t($0) }
            let count = ([added] + rowShape).map { hsize_t($0) }
            let memorySpace = H5Screate_simple(Int32(count.count), count, nil)
            guard memorySpace >= 0 else { throw HDF5ErrorStack.error("append to dataset", path: location) }
            defer { H5Sclose(memorySpace) }
            let written = values.withUnsafeBytes { bytes in
                H5Sselect_hyperslab(fileSpace, H5S_SELECT_SET, start, nil, count, nil) >= 0
                    && H5Dwrite(dataset.id, T.hdf5ElementType.nativeTypeID, memorySpace, fileSpace,
                                c4s_H5P_DEFAULT(), bytes.baseAddress) >= 0
            }
            guard written else { throw HDF5ErrorStack.error("append to dataset", path: location) }
        }
        rows += added
    }

    /// Writes attribute `name` on the dataset, replacing any attribute of that name.
    public func setAttribute(_ name: String, _ value: HDF5AttributeValue) throws {
        try dataset.setAttribute(name, value)
    }
}

extension HDF5Group {
    /// Creates the empty dataset `name` of shape `[0] + rowShape`, unlimited along the first
    /// dimension, chunked by `chunkRows` rows (choose about 1 MiB per chunk: a chunk is the unit
    /// HDF5 reads and writes). Throws if `name` exists or the shapes are invalid.
    /// - Precondition: every extent of `rowShape` and `chunkRows` are at least 1.
    public func createAppendableDataset<T: HDF5Scalar>(_ name: String, rowShape: [Int], chunkRows: Int,
                                                       as type: T.Type) throws -> HDF5AppendableDataset<T> {
        precondition(chunkRows >= 1 && rowShape.allSatisfy { $0 >= 1 }, "createAppendableDataset: extents of at least 1")
        let dataset = try writeDataset(name, values: [T](), shape: [0] + rowShape, chunks: [chunkRows] + rowShape)
        return HDF5AppendableDataset(dataset: dataset, rowShape: rowShape)
    }
}
