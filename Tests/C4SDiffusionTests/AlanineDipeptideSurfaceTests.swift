import Foundation
import Testing
import C4SLearn
@testable import C4SDiffusion

/// The committed relaxed ff14SB (φ, ψ) surface of alanine dipeptide and the 300 K density on it.
@Suite struct AlanineDipeptideSurfaceTests {
    static let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("../../datasets/surfaces/alanine-dipeptide-ff14sb.h5").standardizedFileURL

    func system() throws -> AlanineDipeptideTorus {
        AlanineDipeptideTorus(surface: try TorusEnergySurface(reading: Self.url))
    }

    /// OpenMM 7.7 (amber14/protein.ff14SB.xml, Reference platform), by
    /// `scripts/alanine-dipeptide-openmm-scan.py` with its default points: the same restraints
    /// (k = 2000 kcal/(mol·rad²)), relaxed by OpenMM's L-BFGS, unrestrained MM energy in kcal/mol.
    static let openMM: [(phi: Double, psi: Double, energy: Double)] = [
        (-80, 70, -21.450401), (-150, 160, -20.788089), (70, -70, -18.997700), (-70, -40, -16.502065), (60, 40, -14.821851),
    ]

    @Test func nodesAgreeWithOpenMMRelaxedEnergies() throws {
        let s = try system().surface
        #expect(s.nodes == 36 && s.diagnostics["rms_gradient"]!.allSatisfy { $0 <= 1e-3 })
        for point in Self.openMM {
            let i = Int((point.phi + 180) / 10), j = Int((point.psi + 180) / 10)
            #expect(abs(s.energy[i * 36 + j] - point.energy) < 1e-3, "node (\(point.phi), \(point.psi)): \(s.energy[i * 36 + j])")
        }
    }

    /// The basins of the 300 K density (steepest descent on a 180 × 180 periodic grid): C7eq, C5 and
    /// C7ax, at the minima that unrestrained OpenMM minimisation reaches from the points above
    /// (same script): C7eq (−75.05°, 53.95°) −21.815 kcal/mol, C5 (−151.55°, 160.07°) −20.794,
    /// C7ax (61.18°, −41.23°) −20.324; also near the textbook C7eq (−80°, 70°) and C7ax (70°, −70°).
    @Test func basinsSitAtTheFF14SBVacuumMinima() throws {
        let system = try system(), grid = system.gridDensity(bins: 180, subsamples: 1)
        let expected: [(SIMD2<Double>, Double)] = [(SIMD2(-75.05, 53.95), -21.815), (SIMD2(-151.55, 160.07), -20.794), (SIMD2(61.18, -41.23), -20.324)]
        #expect(grid.basinMinima.count >= 3)
        for (k, (minimum, energy)) in expected.enumerated() {
            let found = grid.basinMinima[k]
            #expect(abs(found.x - minimum.x) < 3 && abs(found.y - minimum.y) < 3, "basin \(k + 1) at \(found)")
            #expect(abs(system.surface.energyAndGradient(minimum).0 - energy) < 0.05)
        }
        #expect(abs(grid.basinMinima[0].x + 80) < 30 && abs(grid.basinMinima[0].y - 70) < 30)
        #expect(abs(grid.basinMinima[2].x - 70) < 30 && abs(grid.basinMinima[2].y + 70) < 30)
    }

    /// Periodicity, normalisation and region populations. Independent check: Boltzmann weights of the
    /// 36 × 36 node energies alone (NumPy, no interpolation) give β 0.947, αR 0.0035, αL 0.0010, C7ax 0.048.
    @Test func densityIsPeriodicAndRegionPopulationsSumToOne() throws {
        let system = try system()
        for psi in [-170.0, -3.3, 95.0] {
            #expect(abs(system.reducedEnergy(SIMD2(-180, psi)) - system.reducedEnergy(SIMD2(180, psi))) < 1e-9)
            #expect(abs(system.reducedEnergy(SIMD2(psi, 179.9999999)) - system.reducedEnergy(SIMD2(psi, -180))) < 1e-5)
        }
        let grid = system.gridDensity(bins: 120, subsamples: 2)
        #expect(abs(grid.probabilities.reduce(0, +) - 1) < 1e-12 && abs(grid.basinPopulations.reduce(0, +) - 1) < 1e-12)
        let regions = NamedRegion.populations(system.regions, cellProbabilities: grid.probabilities, grid: grid)
        #expect(abs(regions.reduce(0, +) - 1) < 1e-12)
        for (p, e) in zip(regions, [0.947, 0.0035, 0.0010, 0.048]) { #expect(abs(p - e) < 0.01, "\(regions)") }
        #expect(regions[1] > 0 && regions[2] > 0)
    }

    /// A small model of the torus density, trained for a few epochs on exact draws embedded on the
    /// unit circles: its DDPM samples, projected back by atan2, must put the β region's weight and
    /// C7ax within reach (an untrained network scatters samples over the torus and fails).
    @Test func smallTorusModelLearnsTheMajorRegions() throws {
        let system = try system(), grid = system.gridDensity(bins: 72, subsamples: 1)
        let points = system.modelFeatures(grid.draw(count: 4400, seed: 3))
        let training = Array(points[0..<16000]), validation = Array(points[16000...])
        let standardization = Standardization(fitting: training, dimension: 4)
        var model = DiffusionModel(schedule: NoiseSchedule(kind: .sigmoid, steps: 100, betaStart: 1e-4, betaEnd: 0.2),
                                   embedding: TimeEmbedding(frequencies: 4), standardization: standardization, width: 32, hiddenLayers: 2, seed: 1)
        _ = try DenoisingScoreMatching(training: training, validation: validation, standardization: standardization)
            .train(&model, configuration: TrainingConfiguration(epochs: 12, batchSize: 64, learningRate: 3e-3, finalLearningRateFactor: 0.1, seed: 1),
                   onEpoch: { _ in })
        let samples = system.points(fromModelFeatures: ParallelSampling(model: model, sampler: .ddpm, odeSteps: 1)
            .draw(count: 2000, seed: 9, threads: 1, onChunk: { _, _ in }, isCancelled: { false }))
        let histogram = SampleHistogram(points: samples, grid: grid)
        let model_ = NamedRegion.populations(system.regions, cellProbabilities: histogram.probabilities, grid: grid)
        let exact = NamedRegion.populations(system.regions, cellProbabilities: grid.probabilities, grid: grid)
        #expect(histogram.fractionOutside == 0)
        #expect(abs(model_[0] - exact[0]) < 0.08 && model_[3] > 0.01, "model \(model_), exact \(exact)")
    }
}
