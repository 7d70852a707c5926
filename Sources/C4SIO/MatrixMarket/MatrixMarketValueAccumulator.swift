/// Collects the values of a body as the parser reads them, in typed arrays (no per-value
/// boxing), and hands them over as ``MatrixMarketValues`` at the end.
struct MatrixMarketValueAccumulator {
    let field: MatrixMarketHeader.Field
    private var reals: [Double] = []
    private var imaginaries: [Double] = []
    private var integers: [Int64] = []

    /// An empty accumulator with room for `capacity` values.
    init(field: MatrixMarketHeader.Field, capacity: Int) {
        self.field = field
        switch field {
        case .real:
            reals.reserveCapacity(capacity)
        case .complex:
            reals.reserveCapacity(capacity)
            imaginaries.reserveCapacity(capacity)
        case .integer:
            integers.reserveCapacity(capacity)
        case .pattern:
            break
        }
    }

    mutating func append(real: Double) { reals.append(real) }

    mutating func append(real: Double, imaginary: Double) {
        reals.append(real)
        imaginaries.append(imaginary)
    }

    mutating func append(integer: Int64) { integers.append(integer) }

    /// The collected values.
    var values: MatrixMarketValues {
        switch field {
        case .real: .real(reals)
        case .integer: .integer(integers)
        case .complex: .complex(real: reals, imaginary: imaginaries)
        case .pattern: .pattern
        }
    }
}
