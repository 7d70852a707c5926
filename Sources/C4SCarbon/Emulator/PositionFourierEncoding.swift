import C4SLearn
import Foundation

/// Random Fourier features of a position on the sphere: for the n-vector n = (cos φ cos λ, cos φ sin λ, sin φ)
/// and m frequency vectors bⱼ ~ N(0, σ² I₃) drawn from a seeded generator, the 2m values sin(bⱼ · n), cos(bⱼ · n).
///
/// Being functions of the n-vector, the features are continuous across the date line and single-valued at the
/// poles; |∂feature/∂n| ≤ |bⱼ|, so a feature changes by at most |bⱼ| times the chord between two positions
/// (about σ√3 per radian of great-circle distance). A larger σ resolves smaller structures: features with
/// |b| ≈ 2π/θ vary on scales of θ radians. The same (count, scale, seed) always gives the same frequencies.
public struct PositionFourierEncoding: Sendable, Equatable {
    /// Number m of frequency vectors (2m features).
    public let count: Int
    /// Standard deviation σ of each frequency component, per unit of the n-vector (radians⁻¹ on the sphere).
    public let scale: Double
    /// Seed of the frequencies.
    public let seed: UInt64
    /// The frequencies, m × 3 row-major.
    public let frequencies: [Double]

    /// The encoding with `count` frequency vectors of component standard deviation `scale`, fixed by `seed`.
    /// - Precondition: `count >= 1`, `scale > 0`.
    public init(count: Int, scale: Double, seed: UInt64) {
        precondition(count >= 1 && scale > 0, "PositionFourierEncoding: count must be ≥ 1 and scale > 0")
        self.count = count
        self.scale = scale
        self.seed = seed
        var random = NormalRandom(seed: seed)
        frequencies = (0..<(3 * count)).map { _ in scale * random.next() }
    }

    /// Names of the features, `fourier_sin_j` then `fourier_cos_j` for j = 0 … m − 1.
    public var names: [String] {
        (0..<count).map { "fourier_sin_\($0)" } + (0..<count).map { "fourier_cos_\($0)" }
    }

    /// The 2m features (sines, then cosines) of the n-vector `n` (3 components, unit length).
    public func features(nVector n: [Double]) -> [Double] {
        let phases = (0..<count).map { j in frequencies[3 * j] * n[0] + frequencies[3 * j + 1] * n[1] + frequencies[3 * j + 2] * n[2] }
        return phases.map(sin) + phases.map(cos)
    }

    /// The n-vector (unit vector from the Earth's centre) of a latitude and longitude in degrees.
    public static func nVector(latitude: Double, longitude: Double) -> [Double] {
        let lat = latitude * .pi / 180, lon = longitude * .pi / 180
        return [cos(lat) * cos(lon), cos(lat) * sin(lon), sin(lat)]
    }
}
