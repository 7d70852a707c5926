/// The rules the specification puts on individual stored entries, shared by the reader
/// (which reports a broken rule with the line number) and by the matrix initializers
/// (which treat one as a broken precondition). Positions are 0-based; messages are 1-based.
enum MatrixMarketStorageRules {
    /// Nil when a `rows`-by-`columns` matrix may have this symmetry; otherwise the problem.
    static func shapeProblem(rows: Int, columns: Int, symmetry: MatrixMarketHeader.Symmetry) -> String? {
        if rows < 0 || columns < 0 {
            return "sizes must not be negative; rows and columns are counts (0 or more)"
        }
        if symmetry != .general && rows != columns {
            return "a \(symmetry.rawValue) matrix must be square but the size is \(rows)x\(columns); "
                + "use symmetry 'general' for a rectangular matrix"
        }
        return nil
    }

    /// Nil when symmetric storage may hold position (`row`, `column`); otherwise the problem.
    static func triangleProblem(row: Int, column: Int, symmetry: MatrixMarketHeader.Symmetry) -> String? {
        switch symmetry {
        case .general:
            return nil
        case .symmetric, .hermitian:
            if row >= column { return nil }
            return "entry (\(row + 1), \(column + 1)) lies above the diagonal; a \(symmetry.rawValue) "
                + "file stores only entries on or below the diagonal (row >= column), "
                + "e.g. (\(column + 1), \(row + 1))"
        case .skewSymmetric:
            if row > column { return nil }
            if row == column {
                return "entry (\(row + 1), \(column + 1)) lies on the diagonal, which is zero in a "
                    + "skew-symmetric matrix; a skew-symmetric file stores only entries strictly "
                    + "below the diagonal (row > column)"
            }
            return "entry (\(row + 1), \(column + 1)) lies above the diagonal; a skew-symmetric "
                + "file stores only entries strictly below the diagonal (row > column), "
                + "e.g. (\(column + 1), \(row + 1))"
        }
    }

    /// Nil when a hermitian entry at (`row`, `column`) may have this imaginary part.
    static func hermitianDiagonalProblem(row: Int, column: Int, imaginary: Double) -> String? {
        if row != column || imaginary == 0 { return nil }
        return "diagonal entry (\(row + 1), \(column + 1)) has imaginary part \(imaginary); "
            + "the diagonal of a hermitian matrix is real (imaginary part 0)"
    }

    /// Nil when a skew-symmetric integer value can be negated to fill the mirrored entry.
    static func skewIntegerProblem(_ value: Int64) -> String? {
        if value != .min { return nil }
        return "integer value \(value) has no negation in 64 bits, so its skew-symmetric mirror "
            + "cannot be stored; valid skew-symmetric integers are \(-Int64.max)...\(Int64.max)"
    }
}
