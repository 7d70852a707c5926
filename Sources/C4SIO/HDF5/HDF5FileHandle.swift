import CHDF5

/// An open HDF5 file identifier shared by a file and every group and dataset opened from it.
///
/// Closing the file first closes every object still open through this identifier, so
/// `HDF5File.close()` really releases the file (needed before an atomic rename); groups and
/// datasets therefore close their own identifiers only while the file is open. (HDF5's "strong"
/// close degree would do the same, but HDF5 refuses to open a file that is already open in the
/// process, e.g. by libnetcdf, with a different close degree; asking for the default never clashes.)
final class HDF5FileHandle {
    /// The HDF5 file identifier; invalid once `isOpen` is false.
    let id: hid_t
    /// The file's path on disk, for error messages.
    let filePath: String
    /// False once the file has been closed.
    private(set) var isOpen = true

    init(id: hid_t, filePath: String) {
        self.id = id
        self.filePath = filePath
    }

    deinit {
        if isOpen { HDF5Library.serialized { _ = H5Fclose(id) } }
    }

    /// `file:/object/path`, naming an object for error messages.
    func location(_ objectPath: String) -> String {
        "\(filePath):\(objectPath)"
    }

    /// Throws unless the file is still open.
    func requireOpen(_ operation: String, _ objectPath: String) throws {
        guard isOpen else {
            throw HDF5Error(operation: operation, path: location(objectPath),
                            reason: "the file has been closed", stack: "")
        }
    }

    /// Closes every group, dataset, named datatype and attribute opened through this file
    /// identifier, then the file. Closing twice does nothing.
    func close() throws {
        try HDF5Library.serialized {
            guard isOpen else { return }
            isOpen = false
            closeOpenObjects()
            if H5Fclose(id) < 0 { throw HDF5ErrorStack.error("close file", path: filePath) }
        }
    }

    /// Closes the objects still open through this file identifier.
    private func closeOpenObjects() {
        let types = UInt32(H5F_OBJ_DATASET | H5F_OBJ_GROUP | H5F_OBJ_DATATYPE | H5F_OBJ_ATTR | H5F_OBJ_LOCAL)
        let count = H5Fget_obj_count(id, types)
        guard count > 0 else { return }
        var objects = [hid_t](repeating: -1, count: count)
        let found = H5Fget_obj_ids(id, types, objects.count, &objects)
        for object in objects.prefix(max(0, found)) {
            _ = H5Iget_type(object) == H5I_ATTR ? H5Aclose(object) : H5Oclose(object)
        }
    }
}
