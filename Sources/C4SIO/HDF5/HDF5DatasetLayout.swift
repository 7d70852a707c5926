import CHDF5

/// The checked storage layout of a new dataset: its shape, and its chunk shape and deflate level
/// when chunked. A dataset is chunked when `chunks` or `deflateLevel` is given; without explicit
/// `chunks`, chunks are the whole shape with the largest dimension halved until a chunk holds at
/// most 1 MiB.
struct HDF5DatasetLayout {
    /// Largest automatic chunk, in bytes.
    static let automaticChunkBytes = 1 << 20

    let shape: [Int]
    let chunks: [Int]?
    let deflateLevel: Int?

    /// Checks `shape` against `valueCount`, `chunks` against `shape`, and `deflateLevel` (0...9);
    /// throws an `HDF5Error` with the reason, naming `location`, when anything does not fit.
    init(shape: [Int], valueCount: Int, chunks: [Int]?, deflateLevel: Int?, elementSize: Int,
         location: String) throws {
        func reject(_ reason: String) -> HDF5Error {
            HDF5Error(operation: "write dataset", path: location, reason: reason, stack: "")
        }
        guard shape.allSatisfy({ $0 >= 0 }) else { throw reject("shape \(shape) has a negative extent") }
        var product = 1
        for extent in shape {
            let (next, overflow) = product.multipliedReportingOverflow(by: extent)
            guard !overflow else { throw reject("shape \(shape) holds too many elements") }
            product = next
        }
        guard product == valueCount else {
            throw reject("shape \(shape) holds \(product) values but \(valueCount) were given")
        }
        if let deflateLevel, !(0...9).contains(deflateLevel) {
            throw reject("deflate level \(deflateLevel) is outside 0...9")
        }
        if chunks != nil || deflateLevel != nil {
            guard !shape.isEmpty else { throw reject("a scalar (rank-0) dataset cannot be chunked or compressed") }
        }
        if let chunks {
            guard chunks.count == shape.count else {
                throw reject("chunks \(chunks) do not have the rank of shape \(shape)")
            }
            for (chunk, extent) in zip(chunks, shape) where chunk < 1 || (extent > 0 && chunk > extent) {
                throw reject("chunks \(chunks) must be between 1 and shape \(shape) in every dimension")
            }
        }
        self.shape = shape
        self.deflateLevel = deflateLevel
        if let chunks {
            self.chunks = chunks
        } else if deflateLevel != nil {
            self.chunks = HDF5DatasetLayout.automaticChunks(shape: shape, elementSize: elementSize)
        } else {
            self.chunks = nil
        }
    }

    /// The whole shape (zero extents as 1), largest dimension halved until a chunk fits
    /// `automaticChunkBytes`.
    static func automaticChunks(shape: [Int], elementSize: Int) -> [Int] {
        var chunks = shape.map { max(1, $0) }
        while chunks.reduce(elementSize, *) > automaticChunkBytes,
              let largest = chunks.indices.max(by: { chunks[$0] < chunks[$1] }), chunks[largest] > 1 {
            chunks[largest] = (chunks[largest] + 1) / 2
        }
        return chunks
    }

    /// The maximum shape: the shape itself, except that zero extents of chunked datasets are
    /// unlimited (HDF5 refuses chunks larger than a fixed extent).
    var maximumShape: [hsize_t] {
        shape.map { chunks != nil && $0 == 0 ? c4s_H5S_UNLIMITED() : hsize_t($0) }
    }

    /// A new dataset-creation property list with this layout. The caller closes it.
    /// Call inside `HDF5Library.serialized`.
    func makeCreationPropertyList() -> hid_t {
        let dcpl = H5Pcreate(c4s_H5P_DATASET_CREATE())
        if let chunks {
            let dims = chunks.map { hsize_t($0) }
            _ = H5Pset_chunk(dcpl, Int32(dims.count), dims)
            if let deflateLevel { _ = H5Pset_deflate(dcpl, UInt32(deflateLevel)) }
        }
        return dcpl
    }
}
