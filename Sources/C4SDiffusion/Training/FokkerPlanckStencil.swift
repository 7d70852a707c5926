/// The network rows one collocation point of the physics-informed loss needs: the finite-difference
/// stencil of the Fokker–Planck residual R = ∂s/∂t − (β/2)∇φ, φ = x·s + ∇·s + ‖s‖², in D dimensions.
///
/// Row layout per collocation point: 2 rows at (x, t ± δ); then for each axis k and sign ± the
/// centre y = x ± h e_k at t, followed by 2 rows y ± h v_p per divergence direction v_p (the axes
/// for the exact divergence, Rademacher vectors for Hutchinson's estimate).
struct FokkerPlanckStencil {
    /// Dimension D.
    let dimension: Int
    /// Divergence directions per centre (D for exact, the probe count for Hutchinson).
    let directions: Int
    /// Spatial step h (model coordinates).
    let spatialStep: Double
    /// Time step δ.
    let timeStep: Double

    /// Rows of one centre y: itself plus two per direction.
    var rowsPerCentre: Int { 1 + 2 * directions }
    /// Rows of one collocation point.
    var rowsPerPoint: Int { 2 + 2 * dimension * rowsPerCentre }
    /// Row of centre (k, sign) within a point's block (sign 0 = +, 1 = −).
    func centreRow(axis k: Int, sign: Int) -> Int { 2 + (2 * k + sign) * rowsPerCentre }
}
