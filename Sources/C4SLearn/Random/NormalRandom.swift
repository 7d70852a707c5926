import C4SCore
import Foundation

/// Standard normal deviates N(0, 1) from a seeded `SplitMix64` by the Box–Muller transform,
/// keeping the second deviate of each pair for the next call. Reproducible for a given seed.
public struct NormalRandom: Sendable {
    /// The underlying uniform generator (also usable for uniform draws and shuffles).
    public var uniform: SplitMix64
    private var spare: Double?

    /// A generator whose sequence is fixed by `seed`.
    public init(seed: UInt64) {
        uniform = SplitMix64(seed: seed)
    }

    /// The next N(0, 1) deviate.
    public mutating func next() -> Double {
        if let s = spare {
            spare = nil
            return s
        }
        let u1 = 1 - uniform.nextUnit(), u2 = uniform.nextUnit()  // u1 in (0, 1]
        let r = (-2 * log(u1)).squareRoot(), angle = 2 * Double.pi * u2
        spare = r * sin(angle)
        return r * cos(angle)
    }

    /// +1 or −1 with equal probability (a Rademacher deviate, for Hutchinson trace estimates).
    public mutating func nextSign() -> Double {
        uniform.next() & 1 == 0 ? 1 : -1
    }
}
