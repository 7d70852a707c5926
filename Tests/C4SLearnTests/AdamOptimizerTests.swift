import Testing
@testable import C4SLearn

@Suite struct AdamOptimizerTests {
    /// f(θ) = Σ a_i (θ_i − c_i)² + (θ_0 − θ_1)²: strictly convex, minimum found by solving ∇f = 0.
    @Test func reachesTheMinimumOfAConvexQuadratic() {
        let a = [1.0, 4.0, 0.25], c = [2.0, -1.0, 3.0]
        // ∇f = 0: 2a0(θ0−c0) + 2(θ0−θ1) = 0, 2a1(θ1−c1) − 2(θ0−θ1) = 0, θ2 = c2.
        // (a0+1)θ0 − θ1 = a0 c0; −θ0 + (a1+1)θ1 = a1 c1.
        let det = (a[0] + 1) * (a[1] + 1) - 1
        let expected = [(a[0] * c[0] * (a[1] + 1) + a[1] * c[1]) / det, ((a[0] + 1) * a[1] * c[1] + a[0] * c[0]) / det, c[2]]
        var theta = [0.0, 0.0, 0.0]
        var adam = AdamOptimizer(parameterCount: 3, learningRate: 0.05)
        for step in 0..<4000 {
            if step == 3000 { adam.learningRate = 0.002 }
            var g = (0..<3).map { 2 * a[$0] * (theta[$0] - c[$0]) }
            g[0] += 2 * (theta[0] - theta[1])
            g[1] -= 2 * (theta[0] - theta[1])
            adam.step(&theta, gradient: g)
        }
        for i in 0..<3 { #expect(abs(theta[i] - expected[i]) < 1e-4, "θ\(i) = \(theta[i]), expected \(expected[i])") }
        #expect(adam.steps == 4000)
    }

    @Test func firstStepMovesEachParameterByTheLearningRate() {
        var theta = [1.0, -2.0]
        var adam = AdamOptimizer(parameterCount: 2, learningRate: 0.1)
        adam.step(&theta, gradient: [3.0, -1e-3])
        #expect(abs(theta[0] - 0.9) < 1e-9)
        #expect(abs(theta[1] - -1.9) < 1e-5)
    }
}
