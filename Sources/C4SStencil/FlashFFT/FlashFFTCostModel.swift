import Foundation

/// Predicts the seconds of FlashFFT plans and of the direct engines from measured machine rates, picks the
/// fastest FlashFFT plan, and (for `auto`) the fastest engine.
///
/// Periodic: c chunks cost c·(r2c + c2r of the grid on all threads + the multiplier pass); one chunk is always
/// cheapest, since the power costs only log2 T multiplications per value. Dirichlet with chunks of F fused steps
/// (h = r·F): per chunk, the interior by tiles of side M (each r2c + c2r of M points on one thread times the
/// measured tile correction, plus the measured fixed cost per tile; tiles shared by the threads) plus the boundary slabs (2 per axis, W = max(2h, side) layers,
/// step t updating W − r·t of them, at the measured slab rate, plus the measured fixed cost per slab and step); a
/// chunk with no interior (a side ≤ 2h) is stepped directly on the whole grid by the vectorized engine.
/// Candidates: F in {1, 2, 3, 4, 6, 8, 12, …} up to T, M a power of two above 2h (capped at the grid side, 2^22
/// points a tile). Direct engines: points·T over their rate interpolated at the grid's size.
public struct FlashFFTCostModel: Sendable {
    /// The measured rates.
    public let rates: StencilMachineRates

    /// Creates a model over measured rates.
    public init(rates: StencilMachineRates) {
        self.rates = rates
    }

    /// Work units per complex value of the multiplier pass: kernel rows plus the multiplications of z^power.
    static func spectrumUnits(kernel: StencilKernel, power: Int) -> Double {
        let rows = Set(kernel.taps.map { [$0.dz, $0.dy] }).count
        let bits = Int.bitWidth - power.leadingZeroBitCount
        return Double(rows + 2 * bits + 2)
    }

    /// Predicted seconds of `steps` steps of the fastest direct engine on `points` points.
    public func directSeconds(points: Int, steps: Int) -> Double {
        Double(points) * Double(steps) / rates.bestDirect(points: points).updatesPerSecond
    }

    /// Predicted seconds of r2c + c2r of `dims`, on one thread or the run's threads.
    private func transformPair(_ dims: [Int], threaded: Bool) -> Double {
        let points = dims.reduce(1, *), n = Double(points)
        return 2 * 2.5 * n * log2(max(n, 2)) / rates.fftFlopsPerSecond(points: points, threaded: threaded)
    }

    /// Complex values of the half spectrum of `dims`.
    private func spectrumCount(_ dims: [Int]) -> Double {
        Double(dims.dropLast().reduce(1, *) * (dims.last! / 2 + 1))
    }

    /// Predicted seconds of `tiles` overlap-save tiles of sides `tile` shared by `threads` workers, before the
    /// measured tile correction.
    func interiorSeconds(tiles: Int, tile: [Int], threads: Int) -> Double {
        Double(tiles) * transformPair(tile, threaded: false) / Double(max(1, min(threads, tiles)))
    }

    /// Predicted seconds of the boundary slabs of one chunk of `steps` fused steps on a grid of `dims`.
    func bandSeconds(dims: [Int], kernel: StencilKernel, steps: Int) -> Double {
        let r = kernel.radius, width = max(2 * r * steps, kernel.side), points = dims.reduce(1, *)
        let updates = dims.map { side in
            let across = min(side, width)
            return 2 * points / side * (1...steps).reduce(0) { $0 + max(0, across - r * $1) }
        }.reduce(0, +)
        return Double(updates) / rates.bandUpdatesPerSecond + Double(2 * dims.count * steps) * rates.bandStepSeconds
    }

    /// Predicted seconds of the parts of a Dirichlet plan: overlap-save tiles, boundary slabs, and chunks stepped
    /// directly because they have no interior.
    public func dirichletParts(of plan: FlashFFTPlan, for problem: StencilProblem) -> (interior: Double, bands: Double, direct: Double) {
        let dims = problem.grid.dims, points = dims.reduce(1, *), kernel = problem.kernel
        var parts = (interior: 0.0, bands: 0.0, direct: 0.0)
        for f in FlashFFTPlan.chunkLengths(steps: problem.steps, chunks: plan.chunks) {
            let h = kernel.radius * f
            guard dims.allSatisfy({ $0 > 2 * h }) else {
                parts.direct += Double(points * f) / rates.directUpdatesPerSecond(.vectorized, points: points)
                continue
            }
            let tiles = dims.indices.map { a in (dims[a] - 2 * h + plan.tile[a] - 2 * h - 1) / (plan.tile[a] - 2 * h) }.reduce(1, *)
            parts.interior += rates.tileCorrection * interiorSeconds(tiles: tiles, tile: plan.tile, threads: problem.threads)
                + Double(tiles) * rates.tileSeconds / Double(max(1, min(problem.threads, tiles)))
            parts.bands += bandSeconds(dims: dims, kernel: kernel, steps: f)
        }
        return parts
    }

    /// Predicted seconds of `plan` for `problem` (the plan's chunk lengths as `FlashFFTPlan.chunkLengths`).
    public func seconds(of plan: FlashFFTPlan, for problem: StencilProblem) -> Double {
        let dims = problem.grid.dims, kernel = problem.kernel
        if problem.boundary == .periodic {
            return FlashFFTPlan.chunkLengths(steps: problem.steps, chunks: plan.chunks).map { f in
                transformPair(dims, threaded: true)
                    + spectrumCount(dims) * Self.spectrumUnits(kernel: kernel, power: f) * rates.spectrumSecondsPerUnit
            }.reduce(0, +)
        }
        let parts = dirichletParts(of: plan, for: problem)
        return parts.interior + parts.bands + parts.direct
    }

    /// The engine `auto` runs for `problem` (the one with the fewest predicted seconds) and the predicted seconds
    /// of every candidate by engine name (flashfft with its best plan for `fusion`).
    public func choice(for problem: StencilProblem, fusion: Int = 0) -> (kind: StencilEngineKind, predictedSeconds: [String: Double]) {
        let points = problem.grid.values.count
        var predicted = [StencilEngineKind.flashfft.rawValue: bestPlan(for: problem, fusion: fusion).predictedSeconds!]
        for kind in StencilMachineRates.directEngines {
            predicted[kind.rawValue] = Double(points) * Double(problem.steps) / rates.directUpdatesPerSecond(kind, points: points)
        }
        let best = predicted.min { $0.value < $1.value || ($0.value == $1.value && $0.key < $1.key) }!.key
        return (StencilEngineKind(rawValue: best)!, predicted)
    }

    /// The fastest plan for `problem`, optionally with a fixed fusion depth (`fusion` > 0) or tile side (`tile` > 0).
    /// Periodic plans use the whole grid as the tile. A fixed tile side is raised to 2·r·F + 1 where needed.
    public func bestPlan(for problem: StencilProblem, fusion: Int = 0, tile: Int = 0) -> FlashFFTPlan {
        let steps = problem.steps, dims = problem.grid.dims, r = problem.kernel.radius
        let depths = fusion > 0 ? [min(fusion, steps)] : Self.depthCandidates(upTo: steps)
        var best: FlashFFTPlan?
        for f in problem.boundary == .periodic && fusion == 0 ? [steps] : depths {
            let chunks = FlashFFTPlan.chunks(steps: steps, fused: f)
            let fused = (steps + chunks - 1) / chunks, h = r * fused
            let sides: [Int] = problem.boundary == .periodic ? [0]
                : (tile > 0 ? [tile] : Self.tileCandidates(above: 2 * h, rank: dims.count))
            for side in sides {
                let tileDims = problem.boundary == .periodic ? dims : dims.map { min($0, max(side, 2 * h + 1)) }
                let candidate = FlashFFTPlan(fusedSteps: fused, chunks: chunks, tile: tileDims, predictedSeconds: nil)
                let seconds = self.seconds(of: candidate, for: problem)
                if seconds < best?.predictedSeconds ?? .infinity {
                    best = FlashFFTPlan(fusedSteps: fused, chunks: chunks, tile: tileDims, predictedSeconds: seconds)
                }
            }
        }
        return best!
    }

    /// Fusion depths tried: 1, 2, 3, 4, 6, 8, 12, 16, … (powers of two and 1.5 times them) up to `steps`, and `steps`.
    static func depthCandidates(upTo steps: Int) -> [Int] {
        var out: [Int] = [], p = 1
        while p <= steps {
            out.append(p)
            if p >= 2, p * 3 / 2 <= steps { out.append(p * 3 / 2) }
            p *= 2
        }
        if out.last != steps { out.append(steps) }
        return out
    }

    /// Tile sides tried: powers of two above `minimum`, with at most 2^22 points per tile.
    static func tileCandidates(above minimum: Int, rank: Int) -> [Int] {
        var out: [Int] = [], side = 8
        while Int(pow(Double(side), Double(rank))) <= 1 << 22 {
            if side > minimum { out.append(side) }
            side *= 2
        }
        return out.isEmpty ? [minimum + 1] : out
    }
}
