import Foundation

/// Reads a molecular text file (PSF, XYZ, prmtop, mdcrd) as lines, with errors that name the file.
enum MolecularTextFile {
    /// The lines of the file at `url`, without line terminators (`\r\n` or `\n`).
    /// - Throws: `MolecularFileError` when the file cannot be read or is not UTF-8/ASCII text.
    static func lines(of url: URL) throws -> [Substring] {
        let data: Data
        do { data = try Data(contentsOf: url) } catch {
            throw MolecularFileError(file: url.path, line: nil, message: "cannot read the file: \(error.localizedDescription)")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw MolecularFileError(file: url.path, line: nil, message: "not a text file (not UTF-8/ASCII)")
        }
        return lines(of: text)
    }

    /// The lines of `text`, without line terminators.
    static func lines(of text: String) -> [Substring] {
        text.split(separator: "\n", omittingEmptySubsequences: false).map { $0.hasSuffix("\r") ? $0.dropLast() : $0 }
    }
}
