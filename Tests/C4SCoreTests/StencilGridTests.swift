import C4SCore
import Testing

@Suite struct StencilGridTests {
    @Test func randomGridsAreReproducibleBySeed() throws {
        let a = try StencilGrid.generate(dims: [64, 32], pattern: .random, seed: 7)
        let b = try StencilGrid.generate(dims: [64, 32], pattern: .random, seed: 7)
        let c = try StencilGrid.generate(dims: [64, 32], pattern: .random, seed: 8)
        #expect(a == b)
        #expect(a != c)
        #expect(a.values.allSatisfy { $0 >= 0 && $0 < 1 })
        let mean = a.values.reduce(0, +) / Double(a.values.count)
        #expect(abs(mean - 0.5) < 0.05)
    }

    @Test func gaussianPeaksAtTheCentreAndIsSymmetric() throws {
        let g = try StencilGrid.generate(dims: [33, 33], pattern: .gaussian, seed: 0)
        #expect(g.values[16 * 33 + 16] == 1)
        #expect(g.values[0] == g.values[33 * 33 - 1])
        #expect(g.values[5 * 33 + 9] == g.values[9 * 33 + 5])
        let g3 = try StencilGrid.generate(dims: [9, 9, 9], pattern: .gaussian, seed: 0)
        #expect(g3.values[(4 * 9 + 4) * 9 + 4] == 1)
    }

    @Test func checkerboardAlternatesEightPointTiles() throws {
        let g = try StencilGrid.generate(dims: [16, 16], pattern: .checkerboard, seed: 0)
        #expect(g.values[0] == 0 && g.values[7] == 0 && g.values[8] == 1 && g.values[8 * 16] == 1 && g.values[8 * 16 + 8] == 0)
    }

    @Test func invalidShapesSayWhatIsValid() {
        #expect(throws: GridError.badRank(4)) { try StencilGrid.generate(dims: [2, 2, 2, 2], pattern: .random, seed: 0) }
        #expect(throws: GridError.badSide([4, 0])) { try StencilGrid.generate(dims: [4, 0], pattern: .random, seed: 0) }
        #expect(throws: GridError.countMismatch(dims: [2, 2], count: 3)) { try StencilGrid(dims: [2, 2], values: [1, 2, 3]) }
        #expect(GridError.badRank(4).description.contains("give 1 to 3 sizes"))
    }
}
