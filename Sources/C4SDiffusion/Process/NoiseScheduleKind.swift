/// The shape of a β schedule over the diffusion's N steps (u = i/N ∈ [0, 1]).
public enum NoiseScheduleKind: String, CaseIterable, Sendable {
    /// β(u) = β_start + (β_end − β_start) u (Ho et al. 2020).
    case linear
    /// β(u) = (β_end − β_start) / (1 + e^{12 (0.5 − u)}) + β_start (DiG).
    case sigmoid
}
