import Foundation
import Testing
import C4SLearn
@testable import C4SDiffusion

/// A product of von Mises densities on the torus, p ∝ exp(κ₁ cos(φ − μ₁) + κ₂ cos(ψ − μ₂)) (degrees),
/// whose normaliser is known: Z = (180/π)² (2π)² I₀(κ₁) I₀(κ₂).
struct VonMisesTorus: EquilibriumSystem {
    var id: String { "von-mises" }
    var summary: String { "von Mises product on the torus" }
    var domain: PlaneDomain { PlaneDomain(x: -180...180, y: -180...180) }
    var metropolisStepSize: Double { 40 }
    var isPeriodic: Bool { true }
    let kappa = SIMD2(2.0, 4.0), mu = SIMD2(172.0, -62.0)
    func reducedEnergy(_ p: SIMD2<Double>) -> Double {
        -(kappa.x * cos((p.x - mu.x) * .pi / 180) + kappa.y * cos((p.y - mu.y) * .pi / 180))
    }
    func reducedEnergyGradient(_ p: SIMD2<Double>) -> SIMD2<Double> {
        SIMD2(kappa.x * sin((p.x - mu.x) * .pi / 180), kappa.y * sin((p.y - mu.y) * .pi / 180)) * (.pi / 180)
    }
    /// ln I₀(κ) by its power series.
    static func logBesselI0(_ k: Double) -> Double {
        var term = 1.0, sum = 1.0
        for m in 1..<60 {
            term *= (k / 2) * (k / 2) / Double(m * m)
            sum += term
        }
        return log(sum)
    }
}

@Suite struct TorusSystemTests {
    /// A surface tabulated from a smooth periodic function.
    func surface(nodes: Int) -> TorusEnergySurface {
        let f = { (p: Double, q: Double) in 3 * cos(p * .pi / 180) + 2 * sin(q * .pi / 90) + cos((p - q) * .pi / 180) }
        var energy = [Double]()
        for i in 0..<nodes { for j in 0..<nodes { energy.append(f(-180 + 360 * Double(i) / Double(nodes), -180 + 360 * Double(j) / Double(nodes))) } }
        return TorusEnergySurface(nodes: nodes, energy: energy)
    }

    @Test func interpolationIsExactAtNodesPeriodicAndItsGradientIsTheDerivative() {
        let s = surface(nodes: 24)
        for (i, j) in [(0, 0), (5, 17), (23, 1)] {
            let (e, _) = s.energyAndGradient(SIMD2(s.nodeAngle(i), s.nodeAngle(j)))
            #expect(abs(e - s.energy[i * 24 + j]) < 1e-12)
        }
        let p = SIMD2(-173.3, 151.7)
        #expect(abs(s.energyAndGradient(p).0 - s.energyAndGradient(p + SIMD2(360, -720)).0) < 1e-9)
        // Across the seam: continuous and equal on both sides.
        #expect(abs(s.energyAndGradient(SIMD2(179.999999, 12)).0 - s.energyAndGradient(SIMD2(-180, 12)).0) < 1e-5)
        let h = 1e-5, q = SIMD2(33.3, -97.1), g = s.energyAndGradient(q).1
        let numeric = SIMD2((s.energyAndGradient(q + SIMD2(h, 0)).0 - s.energyAndGradient(q - SIMD2(h, 0)).0) / (2 * h),
                            (s.energyAndGradient(q + SIMD2(0, h)).0 - s.energyAndGradient(q - SIMD2(0, h)).0) / (2 * h))
        #expect(abs(numeric.x - g.x) < 1e-6 && abs(numeric.y - g.y) < 1e-6)
        // Between nodes the cubic follows the smooth function closely (15° spacing).
        let exact = 3 * cos(q.x * .pi / 180) + 2 * sin(q.y * .pi / 90) + cos((q.x - q.y) * .pi / 180)
        #expect(abs(s.energyAndGradient(q).0 - exact) < 0.02)
    }

    @Test func surfaceFileRoundTripsAndAForeignFileIsRefusedNamingIt() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("c4s-torus-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let base = surface(nodes: 6)
        let s = TorusEnergySurface(nodes: 6, energy: base.energy, diagnostics: ["rms_gradient": Array(repeating: 1e-4, count: 36)],
                                   provenance: ["force_field": "test"])
        let url = folder.appendingPathComponent("s.h5")
        try s.write(to: url)
        #expect(try TorusEnergySurface(reading: url) == s)
        let model = folder.appendingPathComponent("m.h5")
        try DiffusionModelFile(model: DiffusionModel(schedule: .standard, embedding: TimeEmbedding(frequencies: 1),
                                                     standardization: Standardization(mean: [0, 0], scale: [1, 1]), width: 4, hiddenLayers: 1, seed: 1),
                               system: "x", mode: "data", trainingCommand: "", trainingSeconds: 0, validationLosses: [1]).write(to: model)
        #expect(throws: LearnError(location: model.path, reason: "not a torus energy surface (attribute format must be 'c4s-torus-surface 1'); make one with `c4s dig surface`")) {
            try TorusEnergySurface(reading: model)
        }
    }

    @Test func embeddingRoundTripsAndWrapsAt180() {
        let angles = [-179.5, 179.5, 0, 90, -90, 180]
        let back = TorusEmbedding.angles(ofFeatures: TorusEmbedding.features(ofAngles: angles))
        for (a, b) in zip(angles, back) { #expect(abs(remainder(a - b, 360)) < 1e-9) }
        let system = VonMisesTorus()
        #expect(system.modelDimension == 4 && system.wrapped(SIMD2(190, -540)) == SIMD2(-170, -180))
        // A scaled feature pair keeps its angle.
        #expect(abs(TorusEmbedding.angles(ofFeatures: [0.3 * cos(1.0), 0.3 * sin(1.0), -2, 0])[0] - 180 / .pi) < 1e-9)
    }

    /// The periodic grid: normaliser against the closed form, one basin found across the seam
    /// (the φ mode sits at 172°, next to the wrap), and a Metropolis run on the torus reproducing the
    /// density (JS against the exact grid) with every record inside the domain.
    @Test func periodicGridAndMetropolisMatchTheVonMisesProduct() {
        let system = VonMisesTorus(), grid = system.gridDensity(bins: 36, subsamples: 4)
        let logZ = 2 * log(180 / Double.pi) + 2 * log(2 * Double.pi) + VonMisesTorus.logBesselI0(2) + VonMisesTorus.logBesselI0(4)
        #expect(abs(grid.logNormalizer - logZ) < 1e-6)
        #expect(grid.basinMinima.count == 1 && abs(grid.basinMinima[0].x - 175) < 1e-9 && abs(grid.basinMinima[0].y + 65) < 1e-9)
        let chain = system.metropolisChain(start: SIMD2(0, 0), steps: 200_000, thinning: 10, seed: 4)
        #expect(stride(from: 0, to: chain.points.count, by: 1).allSatisfy { (-180..<180).contains(chain.points[$0]) })
        let histogram = SampleHistogram(points: chain.points, grid: grid)
        #expect(histogram.fractionOutside == 0)
        #expect(DistributionDivergence.jensenShannon(histogram.probabilities, grid.probabilities) < 0.01)
        #expect(chain.autocorrelationSteps > 1 && chain.autocorrelationSteps < 100)
    }
}
