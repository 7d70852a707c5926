/// A benchmark scenario run by `c4s bench ID`: a set of cases (shape × engine, matrix × format, …),
/// each measured through jobs, with a baseline measured in the same run.
///
/// Suites never time inside unit tests; they exist for `c4s bench` and `make bench`.
public struct BenchmarkSuite: Sendable {
    /// Command-line id (`c4s bench ID`).
    public let id: String
    /// One line: what is measured, against which baseline.
    public let summary: String
    /// Options the suite accepts (`--name value`), with defaults (e.g. a `quick` size switch).
    public let parameters: [ParameterSpec]
    /// Runs the suite. `progress` receives one line of text per finished case.
    /// - Throws: `JobError.cancelled` when cancelled, or a case's error.
    public let run: @Sendable (JobParameters, BenchmarkContext) throws -> BenchmarkReport

    /// Declares a suite.
    public init(id: String, summary: String, parameters: [ParameterSpec],
                run: @escaping @Sendable (JobParameters, BenchmarkContext) throws -> BenchmarkReport) {
        self.id = id
        self.summary = summary
        self.parameters = parameters
        self.run = run
    }
}

/// What a running suite sees: the job environment, the machine's measured limits (if measured),
/// a cancellation flag and a progress sink.
public struct BenchmarkContext: Sendable {
    /// Catalog, locator and cache.
    public let environment: JobEnvironment
    /// This machine's measured limits, to report fractions of; nil when `c4s bench --machine` has not run.
    public let limits: MachineLimits?
    /// Cancelled by Ctrl-C; suites pass it to the jobs they run and check it between cases.
    public let cancellation: JobContext
    /// Receives one human-readable line per finished case (printed on stderr by the CLI).
    public let progress: @Sendable (String) -> Void

    /// Creates a context.
    public init(environment: JobEnvironment, limits: MachineLimits?, cancellation: JobContext,
                progress: @escaping @Sendable (String) -> Void) {
        self.environment = environment
        self.limits = limits
        self.cancellation = cancellation
        self.progress = progress
    }
}
