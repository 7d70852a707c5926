/// Perceptual colour maps for fields, mapped to the xterm 256-colour cube.
public enum ColorMap: Sendable, Equatable {
    /// Viridis (sequential, perceptually uniform; van der Walt and Smith 2015).
    case viridis
    /// Red-blue diverging (ColorBrewer RdBu, reversed: blue below zero, red above).
    case diverging

    /// RGB control points in [0, 1], evenly spaced from t = 0 to t = 1.
    private var stops: [(Double, Double, Double)] {
        switch self {
        case .viridis:
            [(0.267, 0.005, 0.329), (0.283, 0.141, 0.458), (0.254, 0.265, 0.530), (0.207, 0.372, 0.553),
             (0.164, 0.471, 0.558), (0.128, 0.567, 0.551), (0.135, 0.659, 0.518), (0.267, 0.749, 0.441),
             (0.478, 0.821, 0.318), (0.741, 0.873, 0.150), (0.993, 0.906, 0.144)]
        case .diverging:
            [(0.020, 0.188, 0.380), (0.129, 0.400, 0.675), (0.263, 0.576, 0.765), (0.573, 0.773, 0.871),
             (0.820, 0.898, 0.941), (0.969, 0.969, 0.969), (0.992, 0.859, 0.780), (0.957, 0.647, 0.510),
             (0.839, 0.376, 0.302), (0.698, 0.094, 0.169), (0.404, 0.000, 0.122)]
        }
    }

    /// The colour at t ∈ [0, 1] (clamped), linearly interpolated between control points.
    public func rgb(_ t: Double) -> (r: Double, g: Double, b: Double) {
        let s = stops
        let x = min(max(t.isFinite ? t : 0, 0), 1) * Double(s.count - 1)
        let i = min(Int(x), s.count - 2), f = x - Double(i)
        return (s[i].0 + f * (s[i + 1].0 - s[i].0), s[i].1 + f * (s[i + 1].1 - s[i].1), s[i].2 + f * (s[i + 1].2 - s[i].2))
    }

    /// The nearest colour of the xterm 6×6×6 cube (indices 16…231) to the colour at t.
    public func xterm256(_ t: Double) -> UInt8 {
        let (r, g, b) = rgb(t)
        func level(_ v: Double) -> Int { Int((v * 5).rounded()) }
        return UInt8(16 + 36 * level(r) + 6 * level(g) + level(b))
    }

    /// A shade character for terminals without colour: darker to lighter with t.
    public static func shade(_ t: Double) -> Unicode.Scalar {
        let ramp: [Unicode.Scalar] = [" ", "░", "▒", "▓", "█"]
        return ramp[min(Int(min(max(t, 0), 1) * Double(ramp.count)), ramp.count - 1)]
    }
}
