import Foundation

/// The affine map x̃ = (x − mean) / scale between a system's coordinates and the unit-scale
/// coordinates a diffusion model works in. Densities transform as log p(x) = log p̃(x̃) + `logJacobian`.
public struct Standardization: Sendable, Equatable {
    /// Centre per coordinate (system units).
    public let mean: [Double]
    /// Scale per coordinate (system units, > 0).
    public let scale: [Double]

    /// A map with given centre and scale. - Precondition: same count, scales positive.
    public init(mean: [Double], scale: [Double]) {
        precondition(mean.count == scale.count && scale.allSatisfy { $0 > 0 }, "Standardization: one positive scale per coordinate")
        self.mean = mean
        self.scale = scale
    }

    /// Mean and standard deviation of each coordinate of `samples` (rows × dimension).
    /// - Precondition: at least two rows; no coordinate is constant.
    public init(fitting samples: [Double], dimension: Int) {
        let rows = samples.count / dimension
        precondition(rows >= 2, "Standardization needs at least two samples")
        var mean = [Double](repeating: 0, count: dimension), scale = mean
        for r in 0..<rows { for k in 0..<dimension { mean[k] += samples[r * dimension + k] / Double(rows) } }
        for r in 0..<rows {
            for k in 0..<dimension {
                let d = samples[r * dimension + k] - mean[k]
                scale[k] += d * d / Double(rows - 1)
            }
        }
        self.init(mean: mean, scale: scale.map { $0.squareRoot() })
    }

    /// Coordinates per point.
    public var dimension: Int { mean.count }

    /// log |dx̃/dx| = −Σ log scale_k, added to model log-densities to get system ones.
    public var logJacobian: Double { -scale.reduce(0) { $0 + log($1) } }

    /// x̃ for rows of x (rows × dimension, row-major), in place.
    public func standardize(_ x: inout [Double]) {
        for i in x.indices { x[i] = (x[i] - mean[i % dimension]) / scale[i % dimension] }
    }

    /// x for rows of x̃, in place.
    public func destandardize(_ x: inout [Double]) {
        for i in x.indices { x[i] = x[i] * scale[i % dimension] + mean[i % dimension] }
    }
}
