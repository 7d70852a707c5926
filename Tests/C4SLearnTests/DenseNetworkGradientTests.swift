import Foundation
import Testing
@testable import C4SLearn

/// Back-propagated gradients against central finite differences of the same network.
@Suite struct DenseNetworkGradientTests {
    /// A 3-input, 2-output network with two hidden layers of the given activation and a batch of 4 rows.
    func fixture(_ activation: Activation) -> (DenseNetwork, [Double], [Double]) {
        let network = DenseNetwork(layerSizes: [3, 7, 5, 2], hidden: activation, output: .identity, seed: 11)
        var random = NormalRandom(seed: 5)
        let input = (0..<12).map { _ in random.next() }
        let cotangent = (0..<8).map { _ in random.next() }
        return (network, input, cotangent)
    }

    /// L(θ, x) = Σ cotangent ⊙ network(x).
    func loss(_ network: DenseNetwork, _ input: [Double], _ cotangent: [Double]) -> Double {
        zip(network.evaluate(input), cotangent).reduce(0) { $0 + $1.0 * $1.1 }
    }

    @Test(arguments: [Activation.tanh, .silu, .celu, .softplus])
    func parameterGradientMatchesFiniteDifferences(_ activation: Activation) {
        let (network, input, cotangent) = fixture(activation)
        let tape = DenseNetworkTape(for: network, capacity: 4)
        var gradient = Array(repeating: 0.0, count: network.parameterCount)
        input.withUnsafeBufferPointer { network.forward($0.baseAddress!, rows: 4, tape: tape) }
        cotangent.withUnsafeBufferPointer { c in
            gradient.withUnsafeMutableBufferPointer { network.backward(c.baseAddress!, tape: tape, parameterGradient: $0.baseAddress!, inputGradient: nil) }
        }
        let h = 1e-6
        for i in stride(from: 0, to: network.parameterCount, by: 3) {
            var plus = network, minus = network
            plus.parameters[i] += h
            minus.parameters[i] -= h
            let numeric = (loss(plus, input, cotangent) - loss(minus, input, cotangent)) / (2 * h)
            #expect(abs(numeric - gradient[i]) < 1e-7 * max(1, abs(numeric)), "parameter \(i)")
        }
    }

    @Test(arguments: [Activation.tanh, .silu, .celu, .softplus])
    func inputGradientMatchesFiniteDifferences(_ activation: Activation) {
        let (network, input, cotangent) = fixture(activation)
        let tape = DenseNetworkTape(for: network, capacity: 4)
        var inputGradient = Array(repeating: 0.0, count: input.count)
        input.withUnsafeBufferPointer { network.forward($0.baseAddress!, rows: 4, tape: tape) }
        cotangent.withUnsafeBufferPointer { c in
            inputGradient.withUnsafeMutableBufferPointer { network.backward(c.baseAddress!, tape: tape, parameterGradient: nil, inputGradient: $0.baseAddress!) }
        }
        let h = 1e-6
        for i in input.indices {
            var plus = input, minus = input
            plus[i] += h
            minus[i] -= h
            let numeric = (loss(network, plus, cotangent) - loss(network, minus, cotangent)) / (2 * h)
            #expect(abs(numeric - inputGradient[i]) < 1e-7 * max(1, abs(numeric)), "input \(i)")
        }
    }

    @Test(arguments: Activation.allCases)
    func activationDerivativeMatchesFiniteDifferences(_ activation: Activation) {
        for z in [-3.1, -0.7, 0.4, 2.2, 25.0, -40.0] {
            let h = 1e-6
            let numeric = (activation.value(z + h) - activation.value(z - h)) / (2 * h)
            #expect(abs(numeric - activation.derivative(z)) < 1e-8, "\(activation) at \(z)")
        }
    }

    @Test func activationsHaveTheirTextbookValues() {
        #expect(Activation.silu.value(1) == 1 / (1 + Foundation.exp(-1.0)))
        #expect(abs(Activation.softplus.value(0) - Foundation.log(2.0)) < 1e-15)
        #expect(Activation.softplus.value(800) == 800)
        #expect(abs(Activation.celu.value(-1) - (Foundation.exp(-1.0) - 1)) < 1e-15)
        #expect(Activation.relu.value(-2) == 0)
    }
}
