import C4SCarbon
import Foundation
import Testing

/// Random Fourier features of the n-vector: deterministic, bounded, continuous across the date line and at the
/// poles, and Lipschitz with the frequencies' norms.
@Suite struct PositionFourierEncodingTests {
    let encoding = PositionFourierEncoding(count: 32, scale: 6, seed: 11)

    func features(_ latitude: Double, _ longitude: Double) -> [Double] {
        encoding.features(nVector: PositionFourierEncoding.nVector(latitude: latitude, longitude: longitude))
    }

    @Test func sameSeedSameFrequenciesAndEachPairOnTheUnitCircle() {
        #expect(encoding == PositionFourierEncoding(count: 32, scale: 6, seed: 11))
        #expect(encoding.frequencies != PositionFourierEncoding(count: 32, scale: 6, seed: 12).frequencies)
        #expect(encoding.frequencies.count == 96 && encoding.names.count == 64 && encoding.names[32] == "fourier_cos_0")
        let f = features(-37.5, 140.5)
        var radii: [Double] = []
        for j in 0..<32 {
            let sine = f[j], cosine = f[j + 32]
            radii.append(sine * sine + cosine * cosine)
        }
        #expect(f.count == 64 && radii.allSatisfy { abs($0 - 1) < 1e-12 })
        // The sample standard deviation of 96 N(0, 36) draws lies well within 4…8.
        let sumOfSquares: Double = encoding.frequencies.reduce(0) { $0 + $1 * $1 }
        let sd = (sumOfSquares / 96).squareRoot()
        #expect(sd > 4 && sd < 8)
    }

    @Test func continuousAcrossTheDateLineAndSingleValuedAtThePoles() {
        let east = features(12.3, 179.999), west = features(12.3, -179.999)
        // 0.002° of longitude at 12° N is a chord of 3.4e-5; no frequency component exceeds 6·5 = 30.
        #expect(zip(east, west).allSatisfy { abs($0 - $1) < 30 * 3 * 4e-5 })
        #expect(zip(features(-90, 0), features(-90, 123)).allSatisfy { abs($0 - $1) < 1e-12 })
        #expect(zip(features(89.999, -60), features(89.999, 120)).allSatisfy { abs($0 - $1) < 0.1 })
        // Far apart positions are not encoded alike.
        #expect(zip(features(0, 0), features(0, 90)).contains { abs($0 - $1) > 0.5 })
    }

    @Test func featuresChangeAtMostByFrequencyNormTimesChord() {
        var norms: [Double] = []
        for j in 0..<32 {
            var sum = 0.0
            for k in 0..<3 { sum += encoding.frequencies[3 * j + k] * encoding.frequencies[3 * j + k] }
            norms.append(sum.squareRoot())
        }
        for (a, b) in [((10.0, 20.0), (10.5, 20.5)), ((-60.0, -179.5), (-60.5, 179.5)), ((0.0, 0.0), (1.0, 0.0))] {
            let na = PositionFourierEncoding.nVector(latitude: a.0, longitude: a.1), nb = PositionFourierEncoding.nVector(latitude: b.0, longitude: b.1)
            let squares: [Double] = (0..<3).map { (na[$0] - nb[$0]) * (na[$0] - nb[$0]) }
            let chord = squares.reduce(0, +).squareRoot()
            let fa = encoding.features(nVector: na), fb = encoding.features(nVector: nb)
            #expect((0..<64).allSatisfy { abs(fa[$0] - fb[$0]) <= norms[$0 % 32] * chord + 1e-12 })
        }
    }
}
