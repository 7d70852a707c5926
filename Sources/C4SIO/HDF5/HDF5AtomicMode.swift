/// How `HDF5File.writeAtomically(to:mode:_:)` starts its temporary file.
public enum HDF5AtomicMode: Sendable {
    /// Start from an empty file: the result replaces whatever was at the destination.
    case replace
    /// Start from a copy of the existing destination file (or an empty file if there is none),
    /// so groups can be added to an existing file without ever damaging it.
    case update
}
