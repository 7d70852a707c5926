import Foundation

/// Fourier features of the diffusion time t ∈ [0, 1] fed to a noise network beside the state:
/// (t, sin ω₁t, cos ω₁t, …, sin ω_K t, cos ω_K t) with ω_k = π 2^{k−1}, so the network resolves
/// changes of the noise level from the whole interval down to about 1/2^K of it.
public struct TimeEmbedding: Sendable, Equatable {
    /// Number of frequencies K (≥ 0).
    public let frequencies: Int

    /// An embedding with K frequencies. - Precondition: `frequencies >= 0`.
    public init(frequencies: Int) {
        precondition(frequencies >= 0, "TimeEmbedding: frequencies >= 0")
        self.frequencies = frequencies
    }

    /// Features per time value: 1 + 2K.
    public var count: Int { 1 + 2 * frequencies }

    /// Writes the `count` features of `t` to `out`.
    public func write(_ t: Double, to out: UnsafeMutablePointer<Double>) {
        out[0] = t
        var omega = Double.pi
        for k in 0..<frequencies {
            out[1 + 2 * k] = sin(omega * t)
            out[2 + 2 * k] = cos(omega * t)
            omega *= 2
        }
    }
}
