import Foundation
import Testing
@testable import C4SLearn

/// The forward pass with shared trailing inputs against the plain pass on the assembled rows.
@Suite struct DenseNetworkSharedInputsTests {
    @Test func sharedInputsGiveThePlainForwardAndBackward() {
        let network = DenseNetwork(layerSizes: [5, 9, 6, 2], hidden: .silu, seed: 3)
        var random = NormalRandom(seed: 4)
        let rows = 7, leading = 2, shared = (0..<3).map { _ in random.next() }
        let x = (0..<(rows * leading)).map { _ in random.next() }
        let full = (0..<rows).flatMap { r in Array(x[(r * leading)..<((r + 1) * leading)]) + shared }
        let plain = network.evaluate(full)
        let tape = DenseNetworkTape(for: network, capacity: rows)
        x.withUnsafeBufferPointer { xp in
            shared.withUnsafeBufferPointer { network.forward(xp.baseAddress!, rows: rows, shared: $0.baseAddress!, sharedCount: 3, tape: tape) }
        }
        for i in plain.indices { #expect(abs(tape.output[i] - plain[i]) < 1e-13, "output \(i)") }

        // Backward after the shared pass equals backward after the plain one.
        let cotangent = (0..<(rows * 2)).map { _ in random.next() }
        func gradients(_ tape: DenseNetworkTape) -> ([Double], [Double]) {
            var parameters = [Double](repeating: 0, count: network.parameterCount), inputs = [Double](repeating: 0, count: full.count)
            cotangent.withUnsafeBufferPointer { c in
                parameters.withUnsafeMutableBufferPointer { p in
                    inputs.withUnsafeMutableBufferPointer { network.backward(c.baseAddress!, tape: tape, parameterGradient: p.baseAddress!, inputGradient: $0.baseAddress!) }
                }
            }
            return (parameters, inputs)
        }
        let plainTape = DenseNetworkTape(for: network, capacity: rows)
        full.withUnsafeBufferPointer { network.forward($0.baseAddress!, rows: rows, tape: plainTape) }
        let (p1, i1) = gradients(tape), (p2, i2) = gradients(plainTape)
        for k in p1.indices { #expect(abs(p1[k] - p2[k]) < 1e-12, "parameter \(k)") }
        for k in i1.indices { #expect(abs(i1[k] - i2[k]) < 1e-12, "input \(k)") }
    }
}
