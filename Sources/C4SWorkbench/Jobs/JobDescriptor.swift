/// The declaration of a kind of job: id, help text, parameters, work unit and factory.
public struct JobDescriptor: Sendable {
    /// Command-line id (`c4s run ID`).
    public let id: String
    /// Short title for menus.
    public let title: String
    /// Paragraph of help text: what it computes, in which units, against which reference.
    public let summary: String
    /// Declared parameters, in the order shown.
    public let parameters: [ParameterSpec]
    /// What work is counted in.
    public let workUnit: WorkUnit
    /// Makes a job from validated parameters. - Throws: `JobError.failed` when the combination is invalid.
    public let make: @Sendable (JobParameters, JobEnvironment) throws -> any Job

    /// Declares a job kind.
    public init(id: String, title: String, summary: String, parameters: [ParameterSpec], workUnit: WorkUnit,
                make: @escaping @Sendable (JobParameters, JobEnvironment) throws -> any Job) {
        self.id = id
        self.title = title
        self.summary = summary
        self.parameters = parameters
        self.workUnit = workUnit
        self.make = make
    }

    /// Validates user text (`name → value`) and makes the job.
    /// - Throws: `ParameterError` for bad parameters, `JobError.failed` for invalid combinations.
    public func makeJob(arguments: [String: String], environment: JobEnvironment) throws -> any Job {
        try make(JobParameters(validating: arguments, against: parameters, job: id), environment)
    }
}
