import Foundation
import Testing
@testable import C4SMolecules

/// MM forces are the exact negative gradient of the MM energy: compared with central finite
/// differences of the energy on chignolin with every atom displaced off its file position.
@Suite struct MMSystemForceTests {
    /// Positions of chignolin moved by up to 0.05 Å per axis so no term sits at a special point.
    private static func displacedChignolin() throws -> [SIMD3<Double>] {
        try MMTestSupport.structure("chig.pdb").positions.enumerated().map { i, p in
            let x = Double(i)
            return p + SIMD3<Double>(sin(3 * x), cos(5 * x), sin(7 * x + 1)) * 0.05
        }
    }

    @Test func forcesAreTheNegativeGradientAlongRandomDirectionsAndSingleCoordinates() throws {
        let system = try MMTestSupport.system("chig.pdb")
        let positions = try Self.displacedChignolin()
        let forces = system.energyAndForces(positions).forces
        let h = 1e-5
        func derivative(along direction: [SIMD3<Double>]) -> Double {
            let plus = zip(positions, direction).map { $0 + h * $1 }, minus = zip(positions, direction).map { $0 - h * $1 }
            return (system.energyAndForces(plus).total - system.energyAndForces(minus).total) / (2 * h)
        }
        var directions: [[SIMD3<Double>]] = (1...3).map { seed in
            positions.indices.map { i in
                let x = Double(i * 13 + seed)
                return SIMD3(cos(x), sin(2 * x), cos(3 * x + 0.5))
            }
        }
        for atom in stride(from: 0, to: positions.count, by: 29) {
            var unit = [SIMD3<Double>](repeating: .zero, count: positions.count)
            unit[atom][atom % 3] = 1
            directions.append(unit)
        }
        for direction in directions {
            let numeric = derivative(along: direction)
            let analytic = -zip(forces, direction).reduce(0) { $0 + ($1.0 * $1.1).sum() }
            #expect(abs(numeric - analytic) <= 1e-6 * max(1, abs(numeric)), "dE/dh \(numeric) vs −F·v \(analytic)")
        }
    }

    @Test func threadedPairSumEqualsTheSerialOne() throws {
        let system = try MMTestSupport.system("trpcage.pdb")
        let positions = try MMTestSupport.structure("trpcage.pdb").positions
        let serial = system.energyAndForces(positions), threaded = system.energyAndForces(positions, threads: 3)
        for (s, t) in zip(serial.terms, threaded.terms) {
            #expect(abs(s.energy - t.energy) <= 1e-12 * max(1, abs(s.energy)), "\(s.name)")
        }
        let worst = zip(serial.forces, threaded.forces).map { s, t in
            let d = s - t
            return max(abs(d.x), abs(d.y), abs(d.z))
        }.max()!
        #expect(worst <= 1e-10)
    }
}
