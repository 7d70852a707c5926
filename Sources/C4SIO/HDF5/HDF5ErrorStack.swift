import CHDF5

/// A copy of HDF5's error stack for the calling thread, taken right after a failed call.
///
/// Taking it clears the library's stack. Call only inside `HDF5Library.serialized`.
struct HDF5ErrorStack {
    /// One line per entry, outermost API call first, e.g.
    /// `#0: H5Fopen(): unable to open file [major: File accessibility; minor: Unable to open file]`.
    let text: String
    /// The minor error identifiers of the entries, for recognising particular failures.
    let minorIDs: [hid_t]

    /// Copies and clears the current error stack.
    static func take() -> HDF5ErrorStack {
        let stack = H5Eget_current_stack()   // copies the default stack and clears it
        guard stack >= 0 else { return HDF5ErrorStack(text: "", minorIDs: []) }
        defer { _ = H5Eclose_stack(stack) }
        let collector = Collector()
        _ = H5Ewalk2(stack, H5E_WALK_DOWNWARD, { number, entry, context in
            guard let entry = entry?.pointee, let context else { return 0 }
            let collector = Unmanaged<Collector>.fromOpaque(context).takeUnretainedValue()
            let function = entry.func_name.map { String(cString: $0) } ?? "?"
            let text = entry.desc.map { String(cString: $0) } ?? ""
            let major = HDF5ErrorStack.message(entry.maj_num)
            let minor = HDF5ErrorStack.message(entry.min_num)
            collector.lines.append("#\(number): \(function)(): \(text) [major: \(major); minor: \(minor)]")
            collector.minorIDs.append(entry.min_num)
            return 0
        }, Unmanaged.passUnretained(collector).toOpaque())
        return HDF5ErrorStack(text: collector.lines.joined(separator: "\n"), minorIDs: collector.minorIDs)
    }

    /// Discards the current error stack (after a failure that is handled, not reported).
    static func clear() {
        _ = H5Eclear2(c4s_H5E_DEFAULT())
    }

    /// A thrown error for a failed HDF5 call, carrying the current stack (which is then cleared).
    static func error(_ operation: String, path: String?) -> HDF5Error {
        take().error(operation, path: path)
    }

    /// This stack as a thrown error.
    func error(_ operation: String, path: String?) -> HDF5Error {
        HDF5Error(operation: operation, path: path, stack: text)
    }

    /// The first entry, for one-line reports.
    var firstLine: String {
        text.split(separator: "\n").first.map(String.init) ?? "unknown HDF5 error"
    }

    /// Whether the failure was a file lock held by another open file description (another
    /// process, or a child process that briefly inherited this process's descriptor).
    var isFileLockConflict: Bool {
        minorIDs.contains(c4s_H5E_CANTLOCKFILE())
    }

    /// The text of one major or minor error message identifier.
    private static func message(_ id: hid_t) -> String {
        let length = H5Eget_msg(id, nil, nil, 0)
        guard length > 0 else { return "?" }
        var buffer = [CChar](repeating: 0, count: Int(length) + 1)
        _ = H5Eget_msg(id, nil, &buffer, buffer.count)
        return String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    /// What the `H5Ewalk2` callback gathers.
    private final class Collector {
        var lines: [String] = []
        var minorIDs: [hid_t] = []
    }
}
