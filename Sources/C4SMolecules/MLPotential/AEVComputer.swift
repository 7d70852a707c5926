import Foundation

/// Computes ANI-style atomic environment vectors (`AEVParameters`) and, optionally, their exact
/// derivatives with respect to the positions. All pairs are visited directly (units hold ≤ ~60 atoms).
public struct AEVComputer: Sendable {
    /// The descriptor's constants.
    public let parameters: AEVParameters
    private let angleCos: [Double]
    private let angleSin: [Double]
    /// ζ − 1 when ζ is a whole number up to 64.
    private let integerExponent: Int?

    /// A computer for `parameters`.
    public init(parameters: AEVParameters) {
        self.parameters = parameters
        angleCos = parameters.angleShifts.map { cos($0) }
        angleSin = parameters.angleShifts.map { sin($0) }
        let z = parameters.zeta
        integerExponent = z == z.rounded() && z >= 1 && z <= 64 ? Int(z) - 1 : nil
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
        let p = parameters, n = positions.count, nR = p.radialShifts.count, nT = p.angleShifts.count, nM = p.angularShifts.count
        let block = p.angularBlock
        jacobian?.pointee.reset(radialWidth: nR, angularWidth: block)
        for i in 0..<n { row(i).update(repeating: 0, count: p.length) }
        withUnsafeTemporaryAllocation(of: Double.self, capacity: 2 * nR + 4 * nT + 2 * nM + 3 * block) { scratch in
            let value = scratch.baseAddress!, slope = value + nR, f1 = slope + nR, df1 = f1 + nT, cosShift = df1 + nT, sinShift = cosShift + nT
            let f2 = sinShift + nT, df2 = f2 + nM, slopes = df2 + nM
            for t in 0..<nT {
                cosShift[t] = angleCos[t]
                sinShift[t] = angleSin[t]
            }
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
                    guard let jac = jacobian else { continue }
                    jac.pointee.radialPairs.append((i, j, species[j] * nR, species[i] * nR))
                    jac.pointee.radialUnits.append(d / r)
                    jac.pointee.radialSlopes.append(contentsOf: UnsafeBufferPointer(start: slope, count: nR))
                }
            }
            // Angular terms.
            var near: [(index: Int, d: SIMD3<Double>, r: Double, fc: Double, dfc: Double)] = []
            near.reserveCapacity(n)
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
                            let q = 0.5 * (1 + cs * cosShift[t] + sn * sinShift[t])
                            let qz = power(q)
                            f1[t] = qz * q
                            df1[t] = p.zeta * qz * 0.5 * 0.95 * (cosShift[t] - cs * sinShift[t] / sn)  // d f1 / d cosθ
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
                        for t in 0..<nT {
                            for m in 0..<nM {
                                let k = 3 * (t * nM + m)
                                slopes[k] = 2 * df1[t] * f2[m] * fcProduct
                                slopes[k + 1] = 2 * f1[t] * (df2[m] * fcProduct + f2[m] * A.dfc * B.fc)
                                slopes[k + 2] = 2 * f1[t] * (df2[m] * fcProduct + f2[m] * A.fc * B.dfc)
                            }
                        }
                        jac.pointee.angularEntries.append((i, A.index, B.index, offset))
                        jac.pointee.angularVectors.append((B.d / (A.r * B.r) - c * A.d / (A.r * A.r), A.d / (A.r * B.r) - c * B.d / (B.r * B.r),
                                                           A.d / A.r, B.d / B.r))
                        jac.pointee.angularSlopes.append(contentsOf: UnsafeBufferPointer(start: slopes, count: 3 * block))
                    }
                }
            }
        }
    }

    /// q^(ζ−1), by repeated multiplication when ζ is a small whole number.
    @inline(__always) private func power(_ q: Double) -> Double {
        guard let k = integerExponent else { return pow(q, parameters.zeta - 1) }
        var result = 1.0, base = q, e = k
        while e > 0 {
            if e & 1 == 1 { result *= base }
            base *= base
            e >>= 1
        }
        return result
    }

    /// f_c(r) = ½ cos(π r / R) + ½ and its derivative, for 0 < r < R.
    @inline(__always) static func cutoff(_ r: Double, _ R: Double) -> (Double, Double) {
        let x = Double.pi * r / R
        return (0.5 * cos(x) + 0.5, -0.5 * Double.pi / R * sin(x))
    }
}
