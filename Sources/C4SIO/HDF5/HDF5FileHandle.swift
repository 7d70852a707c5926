import CHDF5

/// An open HDF5 file identifier shared by a file and every group and dataset opened from it.
///
/// Files are opened with the "strong" close degree: closing the file also closes every object
/// still open in it, so `HDF5File.close()` really releases the file (needed before an atomic
/// rename). Groups and datasets therefore close their own identifiers only while the file is open.
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

    /// Closes the file and every object still open in it. Closing twice does nothing.
    func close() throws {
        try HDF5Library.serialized {
            guard isOpen else { return }
            isOpen = false
            if H5Fclose(id) < 0 { throw HDF5ErrorStack.error("close file", path: filePath) }
        }
    }

    /// The fixed access property list for opening and creating files: strong close degree.
    /// The caller closes the returned identifier.
    static func accessPropertyList() -> hid_t {
        let fapl = H5Pcreate(c4s_H5P_FILE_ACCESS())
        _ = H5Pset_fclose_degree(fapl, H5F_CLOSE_STRONG)
        return fapl
    }
}
