import Foundation

/// Writes a CSV table (RFC 4180: fields with a comma, quote or line break are quoted, quotes doubled)
/// atomically: into a temporary file in the target's directory, then renamed over the target, so a failed
/// write leaves an existing file unchanged and readers never see half a table.
public enum CSVWriter {
    /// Writes `comments` (each prefixed with `# `), the header and the rows to `url`.
    /// - Precondition: every row has `header.count` fields.
    /// - Throws: the file system's error, naming the path, when the directory is not writable.
    public static func write(header: [String], rows: [[String]], comments: [String] = [], to url: URL) throws {
        precondition(rows.allSatisfy { $0.count == header.count }, "CSVWriter: a row does not have \(header.count) fields")
        var text = comments.map { "# \($0)\n" }.joined()
        for fields in [header] + rows {
            text += fields.map(quoted).joined(separator: ",") + "\n"
        }
        let directory = url.deletingLastPathComponent()
        let temporary = directory.appendingPathComponent(".\(url.lastPathComponent).\(UUID().uuidString).tmp")
        do {
            try Data(text.utf8).write(to: temporary)
            try AtomicRename.synchronize(temporary)
            try AtomicRename.rename(temporary, over: url)
        } catch {
            try? FileManager.default.removeItem(at: temporary)
            throw error
        }
    }

    private static func quoted(_ field: String) -> String {
        guard field.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return field }
        return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
