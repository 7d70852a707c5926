import Foundation

/// Reads an AMBER ASCII trajectory (`.mdcrd`, `.crd`, `.trj`; bzip2-compressed as `.bz2`, decompressed
/// in memory through libbz2): a title line, then per frame 3 × atoms coordinates in Å as fixed
/// 8-column fields, 10 per line, and optionally a line with the box lengths a, b, c (angles 90°).
/// The file holds no atom count, so the topology's is used; a file whose values do not fill whole
/// frames is refused naming the line, and a truncated last frame is reported in `notes`. Times are
/// not stored in the format (`times` is nil).
public enum AmberTrajectoryReader {
    /// Reads `url` for the atoms of `topology`. - Throws: `MolecularFileError` naming the file and line.
    public static func read(from url: URL, topology: MolecularTopology) throws -> MolecularFrames {
        let data = url.pathExtension.lowercased() == "bz2" ? try BZip2Decompressor.decompress(url) : try plain(url)
        guard let text = String(data: data, encoding: .utf8) else {
            throw MolecularFileError(file: url.path, line: nil, message: "not a text file (not UTF-8/ASCII)")
        }
        return try read(lines: MolecularTextFile.lines(of: text), topology: topology, name: url.path)
    }

    private static func plain(_ url: URL) throws -> Data {
        do { return try Data(contentsOf: url) } catch {
            throw MolecularFileError(file: url.path, line: nil, message: "cannot read the file: \(error.localizedDescription)")
        }
    }

    /// The 8-column fields of a line (trailing blanks ignored).
    private static func fields(_ line: Substring, number: Int, name: String) throws -> [Double] {
        let bytes = Array(line.utf8)
        var values: [Double] = []
        var i = 0
        while i < bytes.count {
            let text = String(decoding: bytes[i..<min(i + 8, bytes.count)], as: UTF8.self).trimmingCharacters(in: .whitespaces)
            if !text.isEmpty {
                guard let v = Double(text), v.isFinite else {
                    throw MolecularFileError(file: name, line: number, message: "`\(text)` in columns \(i + 1)-\(i + 8) is not a number (coordinates are 8-column fields, 10 per line)")
                }
                values.append(v)
            }
            i += 8
        }
        return values
    }

    private static func read(lines: [Substring], topology: MolecularTopology, name: String) throws -> MolecularFrames {
        let n = topology.atoms.count
        let linesPerFrame = (3 * n + 9) / 10
        var frames: [[Double]] = []
        var cells: [UnitCell] = []
        var hasBox: Bool?
        var notes: [String] = []
        let end = (lines.lastIndex { !$0.allSatisfy(\.isWhitespace) } ?? 0) + 1
        var index = 1                                        // line 1 is the title
        while index < end {
            guard index + linesPerFrame <= end else {
                notes.append("the last frame is truncated (\(end - index) of \(linesPerFrame) lines); the \(frames.count) complete frames before it were read")
                break
            }
            var positions: [Double] = []
            positions.reserveCapacity(3 * n)
            for k in 0..<linesPerFrame { positions += try fields(lines[index + k], number: index + k + 1, name: name) }
            guard positions.count == 3 * n else {
                throw MolecularFileError(file: name, line: index + 1, message: "frame \(frames.count + 1) (lines \(index + 1)-\(index + linesPerFrame)) holds \(positions.count) values; the topology \(topology.source) has \(n) atoms, so \(3 * n) are needed — pick the topology this trajectory was written with")
            }
            index += linesPerFrame
            let next = index < end ? try fields(lines[index], number: index + 1, name: name) : []
            let box = next.count == 3 && (3 * n >= 10)
            if hasBox == nil { hasBox = box }
            if box {
                cells.append(UnitCell(a: next[0], b: next[1], c: next[2], alpha: 90, beta: 90, gamma: 90))
                index += 1
            } else if hasBox == true {
                throw MolecularFileError(file: name, line: index + 1, message: "a box line (a b c) was expected after frame \(frames.count + 1), as after the first frame")
            }
            frames.append(positions)
        }
        guard !frames.isEmpty else {
            throw MolecularFileError(file: name, line: nil, message: "no complete frame: \(n) atoms need \(linesPerFrame) lines of coordinates after the title")
        }
        return MolecularFrames(atoms: topology.atoms, frames: frames, times: nil, source: (name as NSString).lastPathComponent,
                               cells: hasBox == true && cells.count == frames.count ? cells : nil, bonds: topology.bonds, notes: notes)
    }
}
