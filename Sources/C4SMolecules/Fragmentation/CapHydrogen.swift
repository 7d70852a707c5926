/// A hydrogen added where a unit's boundary cuts a covalent bond: it sits on the old bond, at the
/// C–H or N–H bond length from the kept atom, H = A + d·(B − A)/|B − A| (A kept, B removed).
public struct CapHydrogen: Sendable, Equatable {
    /// C–H bond length in ångström of a hydrogen capping a cut carbon.
    public static let carbonBondLength = 1.07
    /// N–H bond length in ångström of a hydrogen capping a cut nitrogen.
    public static let nitrogenBondLength = 1.02

    /// Index in the structure of the atom the hydrogen is bonded to (A, inside the unit).
    public let kept: Int
    /// Index in the structure of the atom that was cut off (B, outside the unit); the hydrogen lies
    /// on the segment from A towards B.
    public let removed: Int
    /// Distance d in ångström from the kept atom.
    public let bondLength: Double

    /// Creates a cap hydrogen. - Precondition: `kept != removed`, `bondLength > 0`.
    public init(kept: Int, removed: Int, bondLength: Double) {
        precondition(kept != removed && bondLength > 0, "CapHydrogen: two distinct atoms and a positive bond length")
        self.kept = kept
        self.removed = removed
        self.bondLength = bondLength
    }

    /// Position in ångström of the hydrogen for structure positions `positions` (ångström).
    /// - Precondition: the kept and removed atoms do not coincide.
    public func position(in positions: [SIMD3<Double>]) -> SIMD3<Double> {
        let a = positions[kept]
        let u = positions[removed] - a
        return a + u * (bondLength / (u * u).sum().squareRoot())
    }

    /// The force `force` on the hydrogen carried to the kept atom A and the removed atom B by the
    /// chain rule of its placement: with n = (B − A)/r, r = |B − A| and P = I − n nᵀ,
    /// ∂H/∂B = (d/r) P and ∂H/∂A = I − (d/r) P, so F_B = (d/r) P F and F_A = F − F_B.
    /// Units follow `force` (e.g. kcal/mol/Å); the two returned forces add up to `force`.
    public func carry(_ force: SIMD3<Double>, positions: [SIMD3<Double>]) -> (kept: SIMD3<Double>, removed: SIMD3<Double>) {
        let u = positions[removed] - positions[kept]
        let r = (u * u).sum().squareRoot()
        let n = u / r
        let onRemoved = (force - n * (n * force).sum()) * (bondLength / r)
        return (force - onRemoved, onRemoved)
    }
}
