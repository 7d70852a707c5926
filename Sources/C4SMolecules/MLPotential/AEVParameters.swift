import Foundation

/// The constants of ANI-style atomic environment vectors (Smith, Isayev, Roitberg, Chem. Sci. 2017).
///
/// For a centre atom i the vector holds, per neighbour element e (H, C, N, O, S), radial terms
/// G_R[e, s] = Σ_{j ∈ e} ¼ exp(−η_R (r_ij − R_s)²) f_c(r_ij; R_c), and per unordered neighbour-element
/// pair {e, e′} angular terms G_A[{e,e′}, t, m] = Σ_{j<k} 2 ((1 + cos(θ_ijk − θ_t)) / 2)^ζ
/// · exp(−η_A ((r_ij + r_ik)/2 − R_m)²) f_c(r_ij; R_ca) f_c(r_ik; R_ca), with the cosine cutoff
/// f_c(r; R) = ½ cos(π r / R) + ½ for r < R (0 beyond) and cos θ scaled by 0.95 as in TorchANI.
/// Distances in ångström, angles in radians.
public struct AEVParameters: Sendable, Equatable {
    /// The elements the vectors distinguish, in feature order.
    public static let elements = ["H", "C", "N", "O", "S"]

    /// Radial cutoff R_c (Å).
    public let radialCutoff: Double
    /// Radial Gaussian width η_R (Å⁻²).
    public let radialEta: Double
    /// Radial shell centres R_s (Å).
    public let radialShifts: [Double]
    /// Angular cutoff R_ca (Å).
    public let angularCutoff: Double
    /// Angular radial width η_A (Å⁻²).
    public let angularEta: Double
    /// Angular sharpness ζ.
    public let zeta: Double
    /// Angle shifts θ_t (radians).
    public let angleShifts: [Double]
    /// Angular shell centres R_m (Å).
    public let angularShifts: [Double]

    /// Parameters as given. - Precondition: cutoffs, widths and ζ positive; every shift list non-empty.
    public init(radialCutoff: Double, radialEta: Double, radialShifts: [Double], angularCutoff: Double,
                angularEta: Double, zeta: Double, angleShifts: [Double], angularShifts: [Double]) {
        precondition(radialCutoff > 0 && radialEta > 0 && angularCutoff > 0 && angularEta > 0 && zeta > 0,
                     "AEVParameters: cutoffs, widths and zeta must be positive")
        precondition(!radialShifts.isEmpty && !angleShifts.isEmpty && !angularShifts.isEmpty,
                     "AEVParameters: every shift list needs at least one entry")
        self.radialCutoff = radialCutoff
        self.radialEta = radialEta
        self.radialShifts = radialShifts
        self.angularCutoff = angularCutoff
        self.angularEta = angularEta
        self.zeta = zeta
        self.angleShifts = angleShifts
        self.angularShifts = angularShifts
    }

    /// The units' descriptor: ANI-1x's radial part (R_c 5.2 Å, η_R 16 Å⁻², 16 shells 0.9…4.93 Å) and
    /// its angular cutoff, width and shells (R_ca 3.5 Å, η_A 8 Å⁻², R_m 0.9, 1.55, 2.2, 2.85 Å), with 4
    /// angle shifts (2t+1)π/8 instead of ANI-1x's 8 and ζ = 16 instead of 32 so the coarser angle grid
    /// stays covered: 80 radial + 240 angular = 320 features per atom.
    public static let units = AEVParameters(
        radialCutoff: 5.2, radialEta: 16, radialShifts: (0..<16).map { 0.9 + 0.26875 * Double($0) },
        angularCutoff: 3.5, angularEta: 8, zeta: 16, angleShifts: (0..<4).map { Double(2 * $0 + 1) * Double.pi / 8 },
        angularShifts: [0.9, 1.55, 2.2, 2.85])

    /// Number of elements (5).
    public static var elementCount: Int { elements.count }
    /// Number of unordered element pairs (15).
    public static var pairCount: Int { elementCount * (elementCount + 1) / 2 }

    /// Radial features per atom (elements × radial shells).
    public var radialLength: Int { Self.elementCount * radialShifts.count }
    /// Angular features per element pair (angle shifts × angular shells).
    public var angularBlock: Int { angleShifts.count * angularShifts.count }
    /// Features per atom.
    public var length: Int { radialLength + Self.pairCount * angularBlock }

    /// Index 0..<15 of the unordered element pair {a, b}. - Precondition: both in 0..<5.
    @inlinable public static func pairIndex(_ a: Int, _ b: Int) -> Int {
        let (i, j) = a <= b ? (a, b) : (b, a)
        return i * elementCount - i * (i - 1) / 2 + (j - i)
    }

    /// Index of `element` (a symbol such as `C`) in `elements`, or nil.
    public static func species(of element: String) -> Int? {
        elements.firstIndex(of: element.capitalized)
    }
}
