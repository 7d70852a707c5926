/// Per-element self-energies ε_e by least squares: E_s ≈ Σ_e n_{s,e} ε_e over the training
/// conformations (n_{s,e}: atoms of element e in conformation s), so the networks learn only what
/// the composition does not explain. Elements absent from the data get 0 (a tiny ridge keeps the
/// normal equations regular).
enum MLSelfEnergyFit {
    /// ε (kcal/mol, one per element of `AEVParameters.elements`) from the training conformations of `sets`.
    static func fit(_ sets: [MLConformationSet]) -> [Double] {
        let n = AEVParameters.elementCount
        var a = [[Double]](repeating: [Double](repeating: 0, count: n), count: n), b = [Double](repeating: 0, count: n)
        for set in sets {
            var counts = [Double](repeating: 0, count: n)
            for s in set.species { counts[s] += 1 }
            for c in set.indices(in: .train) {
                for i in 0..<n {
                    b[i] += counts[i] * set.energies[c]
                    for j in 0..<n { a[i][j] += counts[i] * counts[j] }
                }
            }
        }
        let trace = (0..<n).reduce(0) { $0 + a[$1][$1] }
        for i in 0..<n { a[i][i] += 1e-10 * max(trace, 1) }
        return solve(a, b)
    }

    /// x with A x = b by Gaussian elimination with partial pivoting. - Precondition: A square, regular.
    static func solve(_ matrix: [[Double]], _ rhs: [Double]) -> [Double] {
        var a = matrix, b = rhs
        let n = b.count
        for k in 0..<n {
            let p = (k..<n).max { abs(a[$0][k]) < abs(a[$1][k]) }!
            a.swapAt(k, p)
            b.swapAt(k, p)
            for i in (k + 1)..<n {
                let f = a[i][k] / a[k][k]
                for j in k..<n { a[i][j] -= f * a[k][j] }
                b[i] -= f * b[k]
            }
        }
        var x = [Double](repeating: 0, count: n)
        for i in stride(from: n - 1, through: 0, by: -1) {
            var s = b[i]
            for j in (i + 1)..<n { s -= a[i][j] * x[j] }
            x[i] = s / a[i][i]
        }
        return x
    }
}
