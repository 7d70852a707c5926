/// A carbon data file that can be read but does not hold what the carbon engine needs.
public enum CarbonDataError: Error, Equatable, CustomStringConvertible {
    /// A variable has another grid than expected (shapes slowest dimension first).
    case unexpectedShape(file: String, variable: String, shape: [Int], expected: [Int])

    /// What is wrong, naming the file and variable.
    public var description: String {
        switch self {
        case .unexpectedShape(let file, let variable, let shape, let expected):
            "\(file): variable \(variable) is \(shape.map(String.init).joined(separator: "x")), expected \(expected.map(String.init).joined(separator: "x"))"
        }
    }
}
