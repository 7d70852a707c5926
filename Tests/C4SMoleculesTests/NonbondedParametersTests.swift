import Testing
@testable import C4SMolecules

@Suite struct NonbondedParametersTests {
    @Test func coulombConstantIsOpenMMsInKcalAngstrom() {
        #expect(abs(NonbondedParameters.coulombConstant - 332.0637) < 1e-3)
    }

    @Test func pairEnergyHasItsMinimumAtTwoToTheSixthSigma() {
        let p = NonbondedParameters(charges: [0, 0], sigmas: [3.0, 3.4], epsilons: [0.1, 0.4])
        let rMin = 3.2 * 1.122462048309373
        #expect(abs(p.pairEnergy(0, 1, distance: rMin) + 0.2) < 1e-12)
        #expect(abs(p.pairEnergy(0, 1, distance: 3.2)) < 1e-12)
    }

    @Test func pairEnergyAddsCoulomb() {
        let p = NonbondedParameters(charges: [0.5, -0.25], sigmas: [0, 0], epsilons: [0, 0])
        #expect(abs(p.pairEnergy(0, 1, distance: 2) - NonbondedParameters.coulombConstant * -0.125 / 2) < 1e-12)
    }
}
