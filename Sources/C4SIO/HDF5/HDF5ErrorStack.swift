import CHDF5

/// Reads HDF5's default error stack into text and clears it.
///
/// Call only inside `HDF5Library.serialized`, right after the failing HDF5 call.
enum HDF5ErrorStack {
    /// The entries of the current error stack, outermost API call first, then clears the stack.
    /// Each entry reads `H5Fopen(): unable to open file [major: File accessibility; minor: ...]`.
    static func take() -> String {
        let stack = H5Eget_current_stack()   // copies the default stack and clears it
        guard stack >= 0 else { return "" }
        defer { _ = H5Eclose_stack(stack) }
        let lines = HDF5StringCollector()
        _ = H5Ewalk2(stack, H5E_WALK_DOWNWARD, { number, entry, context in
            guard let entry = entry?.pointee, let context else { return 0 }
            let collector = HDF5StringCollector.from(context)
            let function = entry.func_name.map { String(cString: $0) } ?? "?"
            let text = entry.desc.map { String(cString: $0) } ?? ""
            let major = HDF5ErrorStack.message(entry.maj_num)
            let minor = HDF5ErrorStack.message(entry.min_num)
            collector.strings.append("#\(number): \(function)(): \(text) [major: \(major); minor: \(minor)]")
            return 0
        }, lines.context)
        return lines.strings.joined(separator: "\n")
    }

    /// The text of one major or minor error message identifier.
    private static func message(_ id: hid_t) -> String {
        let length = H5Eget_msg(id, nil, nil, 0)
        guard length > 0 else { return "?" }
        var buffer = [CChar](repeating: 0, count: Int(length) + 1)
        _ = H5Eget_msg(id, nil, &buffer, buffer.count)
        return String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    /// A thrown error for a failed HDF5 call, carrying the current stack (which is then cleared).
    static func error(_ operation: String, path: String?) -> HDF5Error {
        HDF5Error(operation: operation, path: path, stack: take())
    }
}
