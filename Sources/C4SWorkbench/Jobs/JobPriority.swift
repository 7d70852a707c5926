import C4SCore

/// How a job's threads share the cores with the program that started it.
public enum JobPriority: Sendable {
    /// The starting thread's priority: the job has the machine to itself (the CLI, benchmarks).
    case normal
    /// Below an interactive UI (nice `ThreadPriority.background`): the job thread, and through
    /// `ParallelFor` every worker of its parallel loops, give way to the UI thread whenever it has
    /// work and use every core otherwise.
    case background
}
