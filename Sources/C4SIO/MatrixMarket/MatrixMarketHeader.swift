/// The four keywords of a Matrix Market banner,
/// `%%MatrixMarket <object> <format> <field> <symmetry>`.
///
/// Keywords are matched case-insensitively when read and written in lower case.
/// Not every combination is valid; ``validityProblem`` names the ones the
/// NIST specification forbids.
public struct MatrixMarketHeader: Sendable, Hashable, CustomStringConvertible {
    /// What the file describes. The NIST specification defines only `matrix`.
    public enum Object: String, Sendable, CaseIterable {
        /// A two-dimensional matrix.
        case matrix
    }

    /// How entries are laid out.
    public enum Format: String, Sendable, CaseIterable {
        /// Sparse: each stored entry is listed with its 1-based row and column.
        case coordinate
        /// Dense: every stored entry is listed, column by column, without indices.
        case array
    }

    /// The kind of value each entry holds.
    public enum Field: String, Sendable, CaseIterable {
        /// One floating-point number per entry, in ANSI C decimal notation.
        case real
        /// One decimal integer per entry (stored as `Int64`).
        case integer
        /// Two floating-point numbers per entry: real part, then imaginary part.
        case complex
        /// No value: only the position of each entry (coordinate format only).
        case pattern
    }

    /// Which part of the matrix the file stores.
    public enum Symmetry: String, Sendable, CaseIterable {
        /// Every entry is stored; any shape.
        case general
        /// Square, `A[i,j] == A[j,i]`; only entries on or below the diagonal are stored.
        case symmetric
        /// Square, `A[i,j] == -A[j,i]`; only entries strictly below the diagonal are stored.
        case skewSymmetric = "skew-symmetric"
        /// Square, complex, `A[i,j] == conj(A[j,i])`; only entries on or below the diagonal
        /// are stored and diagonal entries are real.
        case hermitian
    }

    /// The object keyword (always `matrix`).
    public var object: Object
    /// The layout keyword.
    public var format: Format
    /// The value keyword.
    public var field: Field
    /// The symmetry keyword.
    public var symmetry: Symmetry

    /// A header from its four keywords. Any combination can be represented;
    /// check ``validityProblem`` before using one that did not come from a reader.
    public init(object: Object = .matrix, format: Format, field: Field, symmetry: Symmetry) {
        self.object = object
        self.format = format
        self.field = field
        self.symmetry = symmetry
    }

    /// The banner line, e.g. `%%MatrixMarket matrix coordinate real symmetric` (no newline).
    public var description: String {
        "%%MatrixMarket \(object.rawValue) \(format.rawValue) \(field.rawValue) \(symmetry.rawValue)"
    }

    /// Nil when the specification allows this combination; otherwise what is wrong and what
    /// would be valid. The specification forbids `array` with `pattern`, `skew-symmetric` with
    /// `pattern`, and `hermitian` with anything but `complex`.
    public var validityProblem: String? {
        if format == .array && field == .pattern {
            return "field 'pattern' is not valid with format 'array'; array files hold "
                + "real, integer or complex values (write a pattern matrix in coordinate format)"
        }
        if !Self.symmetries(allowedWith: field).contains(symmetry) {
            let allowed = Self.symmetries(allowedWith: field).map(\.rawValue).joined(separator: ", ")
            return "symmetry '\(symmetry.rawValue)' is not valid with field '\(field.rawValue)'; "
                + "valid symmetries for \(field.rawValue) are \(allowed)"
        }
        return nil
    }

    /// The symmetries the specification allows with a field, in banner order.
    public static func symmetries(allowedWith field: Field) -> [Symmetry] {
        switch field {
        case .real, .integer: [.general, .symmetric, .skewSymmetric]
        case .complex: [.general, .symmetric, .skewSymmetric, .hermitian]
        case .pattern: [.general, .symmetric]
        }
    }
}
