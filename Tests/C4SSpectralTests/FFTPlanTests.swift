import C4SCore
import C4SSpectral
import Foundation
import Synchronization
import Testing

@Suite struct FFTPlanTests {
    static let shapes: [[Int]] = [[16], [17], [1], [6, 5], [7, 4], [4, 3, 5], [3, 3, 2]]

    func random(_ count: Int, seed: UInt64) -> [Double] {
        var g = SplitMix64(seed: seed)
        return (0..<count).map { _ in 2 * g.nextUnit() - 1 }
    }

    func buffer(_ values: [Double]) -> FFTBuffer {
        let b = FFTBuffer(count: values.count)
        for (i, v) in values.enumerated() { b[i] = v }
        return b
    }

    /// max |a − b| / max |b|.
    func relativeError(_ a: [Double], _ b: [Double]) -> Double {
        precondition(a.count == b.count)
        let scale = max(b.map(abs).max() ?? 0, .leastNormalMagnitude)
        return zip(a, b).map { abs($0 - $1) }.max()! / scale
    }

    /// Real values as interleaved complex pairs with zero imaginary parts.
    func complexified(_ real: [Double]) -> [Double] { real.flatMap { [$0, 0] } }

    @Test(arguments: shapes) func complexTransformsMatchTheDirectDFT(dims: [Int]) throws {
        let n = dims.reduce(1, *)
        let x = random(2 * n, seed: UInt64(n))
        for (direction, sign) in [(FFTDirection.forward, -1.0), (.backward, 1.0)] {
            let plan = try FFTPlan(FFTPlanKey(dims: dims, kind: .c2c, direction: direction))
            let output = plan.makeOutput()
            plan.execute(input: buffer(x), output: output)
            #expect(relativeError(output.buffer.map { $0 }, DirectDFT.transform(x, dims: dims, sign: sign)) < 1e-12, "\(dims) \(direction)")
        }
    }

    @Test(arguments: shapes) func realTransformsMatchTheDirectDFT(dims: [Int]) throws {
        let n = dims.reduce(1, *)
        let x = random(n, seed: 7 + UInt64(n))
        let full = DirectDFT.transform(complexified(x), dims: dims, sign: -1)

        let r2c = try FFTPlan(FFTPlanKey(dims: dims, kind: .r2c, direction: .forward))
        let spectrum = r2c.makeOutput()
        r2c.execute(input: buffer(x), output: spectrum)
        #expect(spectrum.count == 2 * n / dims.last! * (dims.last! / 2 + 1))
        #expect(relativeError(Array(spectrum.buffer), DirectDFT.halfSpectrum(full, dims: dims)) < 1e-12, "r2c \(dims)")

        let c2r = try FFTPlan(FFTPlanKey(dims: dims, kind: .c2r, direction: .backward))
        let real = c2r.makeOutput()
        c2r.execute(input: buffer(DirectDFT.halfSpectrum(full, dims: dims)), output: real)
        let expected = DirectDFT.transform(full, dims: dims, sign: 1).enumerated().filter { $0.offset % 2 == 0 }.map(\.element)
        #expect(relativeError(Array(real.buffer), expected) < 1e-12, "c2r \(dims)")
        #expect(relativeError(Array(real.buffer), x.map { $0 * Double(n) }) < 1e-12, "c2r is unnormalised: N x")
    }

    @Test(arguments: [[4096], [1023], [64, 48], [15, 16, 17]]) func normalisedRoundTripsReturnTheInput(dims: [Int]) throws {
        let n = dims.reduce(1, *)
        let real = random(n, seed: 3)
        let r2c = try FFTPlan(FFTPlanKey(dims: dims, kind: .r2c, direction: .forward, threads: 2))
        let c2r = try FFTPlan(FFTPlanKey(dims: dims, kind: .c2r, direction: .backward, threads: 2))
        let spectrum = r2c.makeOutput(), back = c2r.makeOutput()
        r2c.execute(input: buffer(real), output: spectrum)
        c2r.executeNormalizedInverse(input: spectrum, output: back)
        #expect(relativeError(Array(back.buffer), real) < 1e-14)

        let z = random(2 * n, seed: 4)
        let forward = try FFTPlan(FFTPlanKey(dims: dims, kind: .c2c, direction: .forward))
        let backward = try FFTPlan(FFTPlanKey(dims: dims, kind: .c2c, direction: .backward))
        let zHat = forward.makeOutput(), zBack = backward.makeOutput()
        forward.execute(input: buffer(z), output: zHat)
        backward.executeNormalizedInverse(input: zHat, output: zBack)
        #expect(relativeError(Array(zBack.buffer), z) < 1e-14)
    }

    @Test(arguments: shapes + [[64, 64], [9, 10, 11]]) func parsevalHolds(dims: [Int]) throws {
        // Σ|x|² = (1/N) Σ|X|²; for r2c the half spectrum counts twice except the k = 0 and k = n/2 planes.
        let n = dims.reduce(1, *), last = dims.last!
        let x = random(n, seed: 11)
        let energy = x.reduce(0) { $0 + $1 * $1 }
        let r2c = try FFTPlan(FFTPlanKey(dims: dims, kind: .r2c, direction: .forward))
        let spectrum = r2c.makeOutput()
        r2c.execute(input: buffer(x), output: spectrum)
        var spectral = 0.0
        for c in 0..<(spectrum.count / 2) {
            let k = c % (last / 2 + 1)
            let weight = (k == 0 || (last % 2 == 0 && k == last / 2)) ? 1.0 : 2.0
            spectral += weight * (spectrum[2 * c] * spectrum[2 * c] + spectrum[2 * c + 1] * spectrum[2 * c + 1])
        }
        #expect(abs(spectral / Double(n) - energy) / energy < 1e-12, "\(dims)")
    }

    @Test func keysCountFlopsAndRejectBadShapes() throws {
        let key = try FFTPlanKey(dims: [8, 6], kind: .r2c, direction: .forward)
        #expect(key.points == 48 && key.spectrumCount == 32 && key.inputDoubles == 48 && key.outputDoubles == 64)
        #expect(key.nominalFlops == 2.5 * 48 * log2(48.0))
        let complex = try FFTPlanKey(dims: [1024], kind: .c2c, direction: .forward)
        #expect(complex.nominalFlops == 5 * 1024 * 10)
        #expect(throws: SpectralError.invalidShape([4, 0], reason: "every size must be from 1 to \(Int32.max)")) {
            try FFTPlanKey(dims: [4, 0], kind: .c2c, direction: .forward)
        }
        #expect(throws: SpectralError.invalidShape([], reason: "rank must be 1, 2 or 3")) {
            try FFTPlanKey(dims: [], kind: .c2c, direction: .forward)
        }
        #expect(throws: SpectralError.self) { try FFTPlanKey(dims: [2, 2, 2, 2], kind: .c2c, direction: .forward) }
        #expect(throws: SpectralError.self) { try FFTPlanKey(dims: [1 << 16, 1 << 16], kind: .c2c, direction: .forward) }
        #expect(throws: SpectralError.invalidDirection(kind: .r2c, direction: .backward)) {
            try FFTPlanKey(dims: [8], kind: .r2c, direction: .backward)
        }
        #expect(SpectralError.invalidDirection(kind: .c2r, direction: .forward).description.contains("c2r backward only"))
    }

    @Test func plansAreMadeAndExecutedFromManyThreadsAtOnce() throws {
        // Planning goes through the process-wide lock; one shared plan executes on per-thread buffers.
        let shared = try FFTPlan(FFTPlanKey(dims: [48, 40], kind: .r2c, direction: .forward))
        let x = random(48 * 40, seed: 5)
        let expected = shared.makeOutput()
        shared.execute(input: buffer(x), output: expected)
        let cache = FFTPlanCache()
        let failures = Mutex(0)
        DispatchQueue.concurrentPerform(iterations: 8) { i in
            let output = shared.makeOutput(), input = buffer(x)
            for _ in 0..<20 { shared.execute(input: input, output: output) }
            let own = try? cache.plan(FFTPlanKey(dims: [16 + i % 4, 9], kind: .c2c, direction: .backward))
            if Array(output.buffer) != Array(expected.buffer) || own == nil { failures.withLock { $0 += 1 } }
        }
        #expect(failures.withLock { $0 } == 0 && cache.count == 4)
    }

    @Test func theCacheReturnsOnePlanPerKey() throws {
        let cache = FFTPlanCache()
        let key = try FFTPlanKey(dims: [32, 16], kind: .r2c, direction: .forward)
        let first = try cache.plan(key), again = try cache.plan(FFTPlanKey(dims: [32, 16], kind: .r2c, direction: .forward))
        #expect(first === again && cache.count == 1)
        let others = try [
            FFTPlanKey(dims: [16, 32], kind: .r2c, direction: .forward),
            FFTPlanKey(dims: [32, 16], kind: .c2c, direction: .forward),
            FFTPlanKey(dims: [32, 16], kind: .c2c, direction: .backward),
            FFTPlanKey(dims: [32, 16], kind: .r2c, direction: .forward, threads: 2),
            FFTPlanKey(dims: [32, 16], kind: .r2c, direction: .forward, effort: .measure),
        ].map { try cache.plan($0) }
        #expect(others.allSatisfy { $0 !== first } && Set(others.map { ObjectIdentifier($0) }).count == others.count)
        #expect(cache.count == 6)
    }
}
