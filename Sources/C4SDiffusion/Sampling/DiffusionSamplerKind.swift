/// Which reverse process draws samples.
public enum DiffusionSamplerKind: String, CaseIterable, Sendable {
    /// DDPM ancestral sampling, one network evaluation per schedule step.
    case ddpm
    /// The probability-flow ODE by Heun's method, two evaluations per ODE step.
    case ode
    /// The probability-flow ODE by DPM-Solver++(2M), one evaluation per solver step.
    case dpmSolver = "dpm-solver"
}
