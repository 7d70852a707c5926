import Foundation

/// What identifies a plan: the logical shape, the kind, the direction, the planning effort and the threads.
/// Two requests with equal keys can share one plan (`FFTPlanCache`).
///
/// Shapes are row-major (the last dimension varies fastest), as FFTW's basic interface expects.
public struct FFTPlanKey: Sendable, Hashable, CustomStringConvertible {
    /// Logical sizes `[n0, …]`, 1 to 3 of them, each ≥ 1 (the real-space sizes for r2c and c2r).
    public let dims: [Int]
    /// Data types on the two sides.
    public let kind: FFTKind
    /// Sign of the exponent (forward for r2c, backward for c2r).
    public let direction: FFTDirection
    /// Planner effort.
    public let effort: FFTPlanningEffort
    /// Threads the plan splits each execution over (≥ 1).
    public let threads: Int

    /// Validates and makes a key.
    /// - Throws: `SpectralError.invalidShape` for a rank outside 1...3, a side below 1 or above 2^31 − 1, or more
    ///   than 2^31 − 1 points; `.invalidDirection` for r2c backward or c2r forward.
    /// - Precondition: `threads >= 1`.
    public init(dims: [Int], kind: FFTKind, direction: FFTDirection, effort: FFTPlanningEffort = .estimate,
                threads: Int = 1) throws {
        precondition(threads >= 1, "an FFT plan needs at least one thread")
        guard (1...3).contains(dims.count) else {
            throw SpectralError.invalidShape(dims, reason: "rank must be 1, 2 or 3")
        }
        guard dims.allSatisfy({ (1...Int(Int32.max)).contains($0) }) else {
            throw SpectralError.invalidShape(dims, reason: "every size must be from 1 to \(Int32.max)")
        }
        let (points, overflow) = dims.dropFirst().reduce((dims[0], false)) { acc, n in
            let p = acc.0.multipliedReportingOverflow(by: n)
            return (p.partialValue, acc.1 || p.overflow)
        }
        guard !overflow, points <= Int(Int32.max) else {
            throw SpectralError.invalidShape(dims, reason: "at most \(Int32.max) points in all")
        }
        if (kind == .r2c && direction == .backward) || (kind == .c2r && direction == .forward) {
            throw SpectralError.invalidDirection(kind: kind, direction: direction)
        }
        self.dims = dims
        self.kind = kind
        self.direction = direction
        self.effort = effort
        self.threads = threads
    }

    /// Number of logical points N (product of `dims`).
    public var points: Int { dims.reduce(1, *) }

    /// Number of complex values on the spectral side: N for c2c, `n0 × … × (nd/2 + 1)` for r2c and c2r.
    public var spectrumCount: Int { kind == .c2c ? points : points / dims.last! * (dims.last! / 2 + 1) }

    /// Doubles the input buffer must hold: N real values for r2c, 2 × `spectrumCount` otherwise.
    public var inputDoubles: Int { kind == .r2c ? points : 2 * spectrumCount }

    /// Doubles the output buffer must hold: N real values for c2r, 2 × `spectrumCount` otherwise.
    public var outputDoubles: Int { kind == .c2r ? points : 2 * spectrumCount }

    /// Floating-point operations of one execution by FFTW's convention (not an exact count):
    /// 5 N log2 N for complex transforms, half of that (2.5 N log2 N) for real ones.
    public var nominalFlops: Double {
        let n = Double(points)
        return (kind.isReal ? 2.5 : 5) * n * log2(n)
    }

    /// E.g. `r2c forward 64x32 measure 2 threads`.
    public var description: String {
        "\(kind) \(direction) \(dims.map(String.init).joined(separator: "x")) \(effort) \(threads) thread\(threads == 1 ? "" : "s")"
    }
}
