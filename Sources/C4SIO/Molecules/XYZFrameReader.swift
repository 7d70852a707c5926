import Foundation

/// Reads XYZ files: frames of an atom-count line, a comment line (kept) and one line per atom
/// `Element x y z` (Å; further columns ignored). Every frame must list the same elements.
public enum XYZFrameReader {
    /// Frames and the comment line of each frame.
    public struct Contents: Sendable, Equatable {
        /// Atoms (element symbols, also used as names) and positions in Å.
        public let frames: MolecularFrames
        /// The comment (second) line of each frame, as written.
        public let comments: [String]
    }

    /// Reads a file as frames. - Throws: `MolecularFileError` naming the file and line.
    public static func read(from url: URL) throws -> MolecularFrames {
        try contents(of: url).frames
    }

    /// Reads a file with its comment lines. - Throws: `MolecularFileError` naming the file and line.
    public static func contents(of url: URL) throws -> Contents {
        try contents(lines: MolecularTextFile.lines(of: url), name: url.path)
    }

    /// Reads XYZ text; `name` is used in messages.
    public static func contents(text: String, name: String) throws -> Contents {
        try contents(lines: MolecularTextFile.lines(of: text), name: name)
    }

    private static func contents(lines: [Substring], name: String) throws -> Contents {
        var atoms: [AtomRecord] = []
        var frames: [[Double]] = []
        var comments: [String] = []
        var index = 0
        while index < lines.count {
            let countLine = lines[index].trimmingCharacters(in: .whitespaces)
            if countLine.isEmpty, lines[index...].allSatisfy({ $0.allSatisfy(\.isWhitespace) }) { break }
            guard let n = Int(countLine), n > 0 else {
                throw MolecularFileError(file: name, line: index + 1, message: "`\(countLine)` is not an atom count (a positive integer starts every XYZ frame)")
            }
            guard index + 1 + n < lines.count else {
                throw MolecularFileError(file: name, line: lines.count, message: "frame \(frames.count + 1) announces \(n) atoms but the file ends after \(max(lines.count - index - 2, 0))")
            }
            if !frames.isEmpty, n != atoms.count {
                throw MolecularFileError(file: name, line: index + 1, message: "frame \(frames.count + 1) has \(n) atoms, the first has \(atoms.count); every frame must list the same atoms")
            }
            comments.append(String(lines[index + 1]))
            var positions = [Double](repeating: 0, count: 3 * n)
            for a in 0..<n {
                let number = index + 3 + a
                let f = lines[number - 1].split(whereSeparator: { $0 == " " || $0 == "\t" })
                guard f.count >= 4, let x = Double(f[1]), let y = Double(f[2]), let z = Double(f[3]),
                      x.isFinite, y.isFinite, z.isFinite else {
                    throw MolecularFileError(file: name, line: number, message: "an atom line is `Element x y z` with three numbers")
                }
                let element = String(f[0])
                if frames.isEmpty {
                    atoms.append(AtomRecord(name: element, residueName: "", residueNumber: 0, chain: "", element: element))
                } else if atoms[a].element != element {
                    throw MolecularFileError(file: name, line: number, message: "atom \(a + 1) is \(element) here but \(atoms[a].element) in the first frame")
                }
                positions[3 * a] = x
                positions[3 * a + 1] = y
                positions[3 * a + 2] = z
            }
            frames.append(positions)
            index += 2 + n
        }
        guard !frames.isEmpty else { throw MolecularFileError(file: name, line: nil, message: "no frames (an XYZ file starts with an atom count)") }
        return Contents(frames: MolecularFrames(atoms: atoms, frames: frames, times: nil, source: (name as NSString).lastPathComponent),
                        comments: comments)
    }
}
