import Foundation

/// The embedding of the (φ, ψ) torus in R⁴ by (cos φ, sin φ, cos ψ, sin ψ), on which the diffusion
/// model of a periodic system runs: the VP-SDE noises and denoises these four coordinates as a
/// point of R⁴, and a sample is projected back onto the torus by φ = atan2(sin, cos) per circle.
///
/// Consequence for densities: the model learns a density on R⁴ concentrated near the torus, and the
/// probability-flow ODE gives that 4-D density, not the density on the torus (which would need the
/// model's mass integrated across the two radial directions); the DiG jobs therefore report no
/// ODE log-densities for periodic systems. Histograms, divergences and populations are unaffected.
public enum TorusEmbedding {
    /// Features per point.
    public static let dimension = 4

    /// Features (count × 4) of angles (count × 2, degrees).
    public static func features(ofAngles angles: [Double]) -> [Double] {
        var out = [Double]()
        out.reserveCapacity(2 * angles.count)
        for a in angles {
            let r = a * Double.pi / 180
            out.append(cos(r))
            out.append(sin(r))
        }
        return out
    }

    /// Angles (count × 2, degrees in (−180°, 180°]) of features (count × 4), by atan2 per circle;
    /// the radius of each pair is discarded.
    public static func angles(ofFeatures features: [Double]) -> [Double] {
        (0..<(features.count / 2)).map { k in atan2(features[2 * k + 1], features[2 * k]) * 180 / Double.pi }
    }
}
