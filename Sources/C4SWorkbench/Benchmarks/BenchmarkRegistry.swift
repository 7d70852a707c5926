/// Every benchmark suite `c4s bench` offers, by id.
public struct BenchmarkRegistry: Sendable {
    /// The suites, in listing order.
    public let suites: [BenchmarkSuite]

    /// Creates a registry. - Precondition: ids are unique.
    public init(_ suites: [BenchmarkSuite]) {
        precondition(Set(suites.map(\.id)).count == suites.count, "duplicate benchmark ids")
        self.suites = suites
    }

    /// The suites built into this version (engine modules add theirs here).
    public static let standard = BenchmarkRegistry([StencilBenchmarkSuite.suite, SpMVBenchmarkSuite.suite, FFTBenchmarkSuite.suite, FragmentBenchmarkSuite.suite, MMBenchmarkSuite.suite, MDBenchmarkSuite.suite, MDDriftBenchmarkSuite.suite])

    /// The suite with this id. - Throws: `ParameterError.malformedArguments` listing what is available.
    public func suite(_ id: String) throws -> BenchmarkSuite {
        guard let s = suites.first(where: { $0.id == id }) else {
            throw ParameterError.malformedArguments(
                "no benchmark '\(id)'; available: " + (["--machine"] + suites.map(\.id)).joined(separator: ", "))
        }
        return s
    }
}
