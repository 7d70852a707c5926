import CHDF5

/// An open HDF5 dataset: an N-d array of one element type, with attributes.
///
/// Shape and element type are read once, when the dataset is opened. The dataset keeps its file
/// open and closes its own identifier in `deinit`. All calls go through the module's process-wide
/// HDF5 lock.
public final class HDF5Dataset {
    let file: HDF5FileHandle
    let id: hid_t

    /// The dataset's absolute path inside the file, e.g. `"/results/run1/energy"`.
    public let path: String

    /// The extent of each dimension, slowest-varying first; `[]` for a scalar dataset (one value).
    public let shape: [Int]

    /// The stored element type: `"float32"`, `"float64"`, `"int8"` ... `"uint64"`, `"string"` (variable
    /// length), `"string[N]"` (fixed length of N bytes), or a description of another HDF5 type
    /// (e.g. `"compound {...}"`).
    public let elementTypeDescription: String

    /// Takes ownership of an open dataset identifier (closing it if its description cannot be read).
    /// Call inside `HDF5Library.serialized`.
    init(file: HDF5FileHandle, id: hid_t, path: String) throws {
        let source = HDF5ValueSource(kind: .dataset, id: id, location: file.location(path))
        do {
            (shape, elementTypeDescription) = try source.withTypeAndExtent { type, extent in
                (extent.shape, HDF5TypeName.describe(type))
            }
        } catch {
            _ = H5Dclose(id)
            throw error
        }
        self.file = file
        self.id = id
        self.path = path
    }

    deinit {
        HDF5Library.serialized {
            if file.isOpen { _ = H5Dclose(id) }
        }
    }

    /// Where the values are read from.
    private var source: HDF5ValueSource {
        HDF5ValueSource(kind: .dataset, id: id, location: file.location(path))
    }

    /// All values as `T`, in row-major order (HDF5 converts from the stored numeric type; a string
    /// or other non-numeric dataset throws).
    public func read<T: HDF5Scalar>(as type: T.Type) throws -> [T] {
        try file.requireOpen("read dataset", path)
        return try HDF5Library.serialized { try source.numbers(as: type) }
    }

    /// All values of a string dataset (variable or fixed length), flattened in row-major order.
    public func readStrings() throws -> [String] {
        try file.requireOpen("read dataset", path)
        return try HDF5Library.serialized { try source.strings() }
    }

    /// The dataset's attributes.
    private var attributes: HDF5Attributes {
        HDF5Attributes(file: file, objectID: id, objectPath: path)
    }

    /// Writes attribute `name` on this dataset, replacing any attribute of that name.
    /// Single values are scalar attributes; arrays are 1-D; strings are variable-length UTF-8.
    public func setAttribute(_ name: String, _ value: HDF5AttributeValue) throws {
        try attributes.set(name, value)
    }

    /// The value of attribute `name`, or nil if there is none. Throws when the attribute's type is
    /// not a string, integer or floating-point type (e.g. the object references of dimension scales).
    public func attribute(_ name: String) throws -> HDF5AttributeValue? {
        try attributes.value(name)
    }

    /// The names of this dataset's attributes, sorted.
    public func attributeNames() throws -> [String] {
        try attributes.names()
    }
}
