import Foundation

/// Computes ANI-style atomic environment vectors (`AEVParameters`) and, optionally, their exact
/// derivatives with respect to the positions. All pairs are visited directly (units hold ≤ ~60 atoms).
public struct AEVComputer: Sendable {
    /// The descriptor's constants.
    public let parameters: AEVParameters
    private let angleCos: [Double]
    private let angleSin: [Double]

    /// A computer for `parameters`.
    public init(parameters: AEVParameters) {
        self.parameters = parameters
        angleCos = parameters.angleShifts.map { cos($0) }
        angleSin = parameters.angleShifts.map { sin($0) }
    }

    /// Features per atom.
    public var length: Int { parameters.length }

    /// Writes atom i's vector to `row(i)` (`length` values, overwritten) for every atom, and fills
    /// `jacobian` with dG/dR when given.
    /// - Parameters:
    ///   - species: index into `AEVParameters.elements` of each atom.
    ///   - positions: ångström, one per atom.
    /// - Precondition: `species` and `positions` have equal counts; species in 0..<5.
    public func compute(species: [Int], positions: [SIMD3<Double>], row: (Int) -> UnsafeMutablePointer<Double>,
                        jacobian: UnsafeMutablePointer<AEVJacobian>?) {
        precondition(species.count == positions.count, "AEVComputer: one species per position")
        let p = parameters, n = positions.count, nR = p.radialShifts.count, block = p.angularBlock
        jacobian?.pointee.reset(radialWidth: nR, angularWidth: block)
        for i in 0..<n { row(i).update(repeating: 0, count: p.length) }
        var value = [Double](repeating: 0, count: max(nR, block))
        var slope = [Double](repeating: 0, count: max(nR, block))
        // Radial terms, each pair once for both centres.
        for i in 0..<n {
            for j in (i + 1)..<n {
                let d = positions[j] - positions[i], r = (d * d).sum().squareRoot()
                guard r < p.radialCutoff && r > 0 else { continue }
                let (fc, dfc) = Self.cutoff(r, p.radialCutoff)
                for s in 0..<nR {
                    let x = r - p.radialShifts[s], e = exp(-p.radialEta * x * x)
                    value[s] = 0.25 * e * fc
                    slope[s] = 0.25 * e * (dfc - 2 * p.radialEta * x * fc)
                }
                let gi = row(i) + species[j] * nR, gj = row(j) + species[i] * nR
                for s in 0..<nR {
                    gi[s] += value[s]
                    gj[s] += value[s]
                }
                if let jac = jacobian {
                    let u = d / r
                    jac.pointee.radialEntries.append((i, j, species[j] * nR))
                    for s in 0..<nR { jac.pointee.radialGradients.append(slope[s] * u) }
                    jac.pointee.radialEntries.append((j, i, species[i] * nR))
                    for s in 0..<nR { jac.pointee.radialGradients.append(-slope[s] * u) }
                }
            }
        }
        // Angular terms.
        var near: [(index: Int, d: SIMD3<Double>, r: Double, fc: Double, dfc: Double)] = []
        let nT = p.angleShifts.count, nM = p.angularShifts.count
        var f1 = [Double](repeating: 0, count: nT), df1 = f1
        var f2 = [Double](repeating: 0, count: nM), df2 = f2
        for i in 0..<n {
            near.removeAll(keepingCapacity: true)
            for j in 0..<n where j != i {
                let d = positions[j] - positions[i], r = (d * d).sum().squareRoot()
                guard r < p.angularCutoff && r > 0 else { continue }
                let (fc, dfc) = Self.cutoff(r, p.angularCutoff)
                near.append((j, d, r, fc, dfc))
            }
            guard near.count >= 2 else { continue }
            for a in 0..<(near.count - 1) {
                for b in (a + 1)..<near.count {
                    let A = near[a], B = near[b]
                    let c = (A.d * B.d).sum() / (A.r * B.r)
                    let cs = 0.95 * c, sn = (1 - cs * cs).squareRoot()
                    for t in 0..<nT {
                        let q = 0.5 * (1 + cs * angleCos[t] + sn * angleSin[t])
                        let qz = pow(q, p.zeta - 1)
                        f1[t] = qz * q
                        // d f1 / d c
                        df1[t] = p.zeta * qz * 0.5 * 0.95 * (angleCos[t] - cs * angleSin[t] / sn)
                    }
                    let mean = 0.5 * (A.r + B.r)
                    for m in 0..<nM {
                        let x = mean - p.angularShifts[m], e = exp(-p.angularEta * x * x)
                        f2[m] = e
                        df2[m] = -p.angularEta * x * e  // d f2 / d r_ij = d f2 / d r_ik
                    }
                    let fcProduct = A.fc * B.fc
                    let offset = p.radialLength + AEVParameters.pairIndex(species[A.index], species[B.index]) * block
                    let g = row(i) + offset
                    for t in 0..<nT {
                        for m in 0..<nM { g[t * nM + m] += 2 * f1[t] * f2[m] * fcProduct }
                    }
                    guard let jac = jacobian else { continue }
                    let ua = A.d / A.r, ub = B.d / B.r
                    let dcA = B.d / (A.r * B.r) - c * A.d / (A.r * A.r)
                    let dcB = A.d / (A.r * B.r) - c * B.d / (B.r * B.r)
                    jac.pointee.angularEntries.append((i, A.index, B.index, offset))
                    for t in 0..<nT {
                        for m in 0..<nM {
                            let angular = 2 * df1[t] * f2[m] * fcProduct
                            let radialA = 2 * f1[t] * (df2[m] * fcProduct + f2[m] * A.dfc * B.fc)
                            let radialB = 2 * f1[t] * (df2[m] * fcProduct + f2[m] * A.fc * B.dfc)
                            jac.pointee.angularGradientsJ.append(angular * dcA + radialA * ua)
                            jac.pointee.angularGradientsK.append(angular * dcB + radialB * ub)
                        }
                    }
                }
            }
        }
    }

    /// f_c(r) = ½ cos(π r / R) + ½ and its derivative, for 0 < r < R.
    @inline(__always) static func cutoff(_ r: Double, _ R: Double) -> (Double, Double) {
        let x = Double.pi * r / R
        return (0.5 * cos(x) + 0.5, -0.5 * Double.pi / R * sin(x))
    }
}
