import C4SIO
import Testing

@Suite struct UnitCellTests {
    // Reference: the rhombohedral cell a = b = c = 10 Å, α = β = γ = 60° has edge vectors
    // (10, 0, 0), (5, 5√3, 0), (5, 5/√3, 10·√(2/3)) in the a-along-x, b-in-xy convention.
    @Test func rhombohedralEdgeVectorsAndBack() {
        let cell = UnitCell(a: 10, b: 10, c: 10, alpha: 60, beta: 60, gamma: 60)
        let expected = [10, 0, 0, 5, 5 * 3.0.squareRoot(), 0, 5, 5 / 3.0.squareRoot(), 10 * (2.0 / 3).squareRoot()]
        for (v, e) in zip(cell.edgeVectors, expected) { #expect(abs(v - e) < 1e-12) }
        let back = UnitCell(edgeVectors: cell.edgeVectors)
        for (v, e) in zip([back.a, back.b, back.c, back.alpha, back.beta, back.gamma], [10.0, 10, 10, 60, 60, 60]) {
            #expect(abs(v - e) < 1e-9)
        }
        #expect(UnitCell(a: 30, b: 40, c: 50, alpha: 90, beta: 90, gamma: 90).edgeVectors == [30, 0, 0, 0, 40, 0, 0, 0, 50])
    }
}
