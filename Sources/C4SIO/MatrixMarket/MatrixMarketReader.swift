import Foundation

/// Reads NIST Matrix Market files (`%%MatrixMarket matrix ...`) into ``MatrixMarketMatrix``.
///
/// Follows the NIST exchange format: banner keywords in any case; `%` comment lines and blank
/// lines after the banner (also between entries, as LAGraph accepts); the size line
/// `rows columns entries` (coordinate) or `rows columns` (array); 1-based indices within the
/// size; exactly as many entries as declared; for symmetric kinds only the lower triangle
/// (strictly lower for skew-symmetric), square shape, real hermitian diagonals. Integers must
/// fit `Int64`. Reals are ANSI C decimals (`3`, `-2.5`, `.5`, `1.`, `1e-3`, `1.5E+07`) or the
/// C99 words `nan`, `inf`, `infinity` (any case, optional sign); Fortran `1d-3`, hexadecimal
/// floats and finite values beyond the double range are rejected. Any violation throws a
/// ``MatrixMarketError`` naming the file and line; the reader never returns a partial matrix.
///
/// Complexity: one pass over the bytes, which are parsed in place (no per-line strings).
public enum MatrixMarketReader {
    /// Reads the file at `url`; errors name the file by its last path component.
    /// Throws Foundation's error when the file cannot be read, otherwise ``MatrixMarketError``.
    public static func read(from url: URL) throws -> MatrixMarketMatrix {
        let data = try Data(contentsOf: url)
        return try data.withUnsafeBytes { raw throws(MatrixMarketError) in
            try parse(raw.assumingMemoryBound(to: UInt8.self), name: url.lastPathComponent)
        }
    }

    /// Reads Matrix Market `text`; errors name the file as `name`.
    /// Throws ``MatrixMarketError``.
    public static func read(text: String, name: String) throws -> MatrixMarketMatrix {
        var text = text
        return try text.withUTF8 { bytes throws(MatrixMarketError) in try parse(bytes, name: name) }
    }

    private static func parse(_ bytes: UnsafeBufferPointer<UInt8>, name: String) throws(MatrixMarketError)
        -> MatrixMarketMatrix {
        var parser = MatrixMarketParser(scanner: MatrixMarketLineScanner(bytes: bytes), name: name)
        return try parser.parse()
    }
}
