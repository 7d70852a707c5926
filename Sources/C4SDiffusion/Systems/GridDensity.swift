import C4SCore
import Foundation

/// The exact Boltzmann density of a 2-D system on a `bins × bins` grid of its domain: each cell's
/// probability (∫ exp(−u) over the cell by a `subsamples × subsamples` midpoint rule, normalised over
/// the domain), the log-normaliser ln Z, and the basins (cells grouped by steepest descent of u).
///
/// Cells are indexed i·bins + j with i along x and j along y (x slowest).
public struct GridDensity: Sendable {
    /// The system's domain.
    public let domain: PlaneDomain
    /// Cells per side.
    public let bins: Int
    /// Probability of each cell (sums to 1).
    public let probabilities: [Double]
    /// ln Z, Z = ∫_domain exp(−u) dA (system units²).
    public let logNormalizer: Double
    /// Basin of each cell (0 = the basin holding the lowest cell, then by rising energy of their lowest cells).
    public let basinOfCell: [Int]
    /// Cell-centre coordinates of each basin's lowest cell.
    public let basinMinima: [SIMD2<Double>]
    /// Whether the grid wraps around in both directions (a system on the torus).
    public let periodic: Bool

    /// Integrates `system` on the grid. - Precondition: `bins >= 2`, `subsamples >= 1`.
    public init(system: some EquilibriumSystem, bins: Int, subsamples: Int = 4) {
        precondition(bins >= 2 && subsamples >= 1, "GridDensity: bins >= 2, subsamples >= 1")
        let domain = system.domain
        let dx = domain.width / Double(bins), dy = domain.height / Double(bins)
        var centreEnergy = [Double](repeating: 0, count: bins * bins)
        var logMass = [Double](repeating: 0, count: bins * bins)
        let area = dx * dy / Double(subsamples * subsamples)
        for i in 0..<bins {
            for j in 0..<bins {
                let x0 = domain.x.lowerBound + Double(i) * dx, y0 = domain.y.lowerBound + Double(j) * dy
                centreEnergy[i * bins + j] = system.reducedEnergy(SIMD2(x0 + 0.5 * dx, y0 + 0.5 * dy))
                var u: [Double] = []
                for a in 0..<subsamples {
                    for b in 0..<subsamples {
                        u.append(system.reducedEnergy(SIMD2(x0 + (Double(a) + 0.5) * dx / Double(subsamples),
                                                            y0 + (Double(b) + 0.5) * dy / Double(subsamples))))
                    }
                }
                let lowest = u.min()!
                logMass[i * bins + j] = -lowest + log(u.reduce(0) { $0 + exp(lowest - $1) } * area)
            }
        }
        let top = logMass.max()!
        let total = logMass.reduce(0) { $0 + exp($1 - top) }
        self.domain = domain
        self.bins = bins
        probabilities = logMass.map { exp($0 - top) / total }
        logNormalizer = top + log(total)
        periodic = system.isPeriodic
        (basinOfCell, basinMinima) = Self.basins(energy: centreEnergy, bins: bins, domain: domain, periodic: periodic)
    }

    /// Steepest descent over the 8 neighbours (wrapping around when `periodic`) from every cell;
    /// cells reaching the same local minimum form a basin. Basins are numbered by the energy of
    /// their minimum, lowest first.
    static func basins(energy: [Double], bins: Int, domain: PlaneDomain, periodic: Bool) -> ([Int], [SIMD2<Double>]) {
        var next = [Int](repeating: 0, count: bins * bins)
        for i in 0..<bins {
            for j in 0..<bins {
                var best = i * bins + j
                for di in -1...1 {
                    for dj in -1...1 where periodic || ((0..<bins).contains(i + di) && (0..<bins).contains(j + dj)) {
                        let n = ((i + di + bins) % bins) * bins + (j + dj + bins) % bins
                        if energy[n] < energy[best] { best = n }
                    }
                }
                next[i * bins + j] = best
            }
        }
        var root = [Int](repeating: -1, count: bins * bins)
        for cell in 0..<(bins * bins) {
            var c = cell
            while next[c] != c { c = next[c] }
            root[cell] = c
        }
        let minima = Set(root).sorted { energy[$0] < energy[$1] }
        let index = Dictionary(uniqueKeysWithValues: minima.enumerated().map { ($1, $0) })
        let dx = domain.width / Double(bins), dy = domain.height / Double(bins)
        let centres = minima.map { SIMD2(domain.x.lowerBound + (Double($0 / bins) + 0.5) * dx,
                                         domain.y.lowerBound + (Double($0 % bins) + 0.5) * dy) }
        return (root.map { index[$0]! }, centres)
    }

    /// The cell holding point p, or nil outside the domain (on a periodic grid p is first wrapped
    /// onto the domain, so every finite point has a cell).
    public func cell(of point: SIMD2<Double>) -> Int? {
        var p = point
        if periodic {
            p -= SIMD2(domain.width * ((p.x - domain.x.lowerBound) / domain.width).rounded(.down),
                       domain.height * ((p.y - domain.y.lowerBound) / domain.height).rounded(.down))
        }
        let i = Int(((p.x - domain.x.lowerBound) / domain.width * Double(bins)).rounded(.down))
        let j = Int(((p.y - domain.y.lowerBound) / domain.height * Double(bins)).rounded(.down))
        guard (0..<bins).contains(i), (0..<bins).contains(j) else { return nil }
        return i * bins + j
    }

    /// Total probability of each basin.
    public var basinPopulations: [Double] {
        var populations = [Double](repeating: 0, count: basinMinima.count)
        for (c, p) in probabilities.enumerated() { populations[basinOfCell[c]] += p }
        return populations
    }

    /// Centres of the cells along x (`bins` values).
    public var xCentres: [Double] {
        (0..<bins).map { domain.x.lowerBound + (Double($0) + 0.5) * domain.width / Double(bins) }
    }

    /// Centres of the cells along y (`bins` values).
    public var yCentres: [Double] {
        (0..<bins).map { domain.y.lowerBound + (Double($0) + 0.5) * domain.height / Double(bins) }
    }

    /// `count` independent points (count × 2, row-major) drawn from the cell probabilities,
    /// uniformly within each cell, fixed by `seed`.
    public func draw(count: Int, seed: UInt64) -> [Double] {
        var cumulative = [Double](), running = 0.0
        cumulative.reserveCapacity(probabilities.count)
        for p in probabilities {
            running += p
            cumulative.append(running)
        }
        var random = SplitMix64(seed: seed), points = [Double]()
        points.reserveCapacity(2 * count)
        let dx = domain.width / Double(bins), dy = domain.height / Double(bins)
        for _ in 0..<count {
            let u = random.nextUnit() * running
            var lo = 0, hi = cumulative.count - 1
            while lo < hi {
                let mid = (lo + hi) / 2
                if cumulative[mid] > u { hi = mid } else { lo = mid + 1 }
            }
            points.append(domain.x.lowerBound + (Double(lo / bins) + random.nextUnit()) * dx)
            points.append(domain.y.lowerBound + (Double(lo % bins) + random.nextUnit()) * dy)
        }
        return points
    }
}
