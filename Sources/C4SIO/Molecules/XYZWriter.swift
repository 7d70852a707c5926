import Foundation

/// Writes frames as an XYZ file (element symbol and x y z in Å with 6 decimals per atom), through
/// a temporary file renamed into place.
public enum XYZWriter {
    /// The XYZ text of `frames`; `comments` (one per frame, newlines replaced by blanks) default
    /// to the frame time, when known.
    /// - Precondition: `comments` is nil or has one entry per frame.
    public static func text(_ frames: MolecularFrames, comments: [String]? = nil) -> String {
        precondition(comments == nil || comments?.count == frames.frames.count, "XYZWriter: one comment per frame")
        var out = ""
        for (f, positions) in frames.frames.enumerated() {
            out += "\(frames.atoms.count)\n"
            let comment = comments?[f] ?? frames.times.map { String(format: "t = %.6g ps", $0[f]) } ?? frames.source
            out += comment.replacingOccurrences(of: "\n", with: " ") + "\n"
            for (a, atom) in frames.atoms.enumerated() {
                let symbol = atom.element.count < 2 ? atom.element.padding(toLength: 2, withPad: " ", startingAt: 0) : atom.element
                out += symbol + String(format: " %14.6f %14.6f %14.6f\n", positions[3 * a], positions[3 * a + 1], positions[3 * a + 2])
            }
        }
        return out
    }

    /// Writes `frames` to `url` atomically. - Throws: `MolecularFileError` naming the file.
    public static func write(_ frames: MolecularFrames, comments: [String]? = nil, to url: URL) throws {
        do { try Data(text(frames, comments: comments).utf8).write(to: url, options: .atomic) } catch {
            throw MolecularFileError(file: url.path, line: nil, message: "cannot write: \(error.localizedDescription)")
        }
    }
}
