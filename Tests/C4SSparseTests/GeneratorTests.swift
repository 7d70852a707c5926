import C4SCore
import C4SSparse
import Testing

@Suite struct GeneratorTests {
    @Test func poisson2DHasTheFivePointStructure() throws {
        let a = try PoissonGenerator.poisson2D(n: 3)
        #expect(a.rows == 9 && a.columns == 9 && a.nonzeros == 9 + 2 * 12)  // 12 grid edges, each twice
        // Centre point (1, 1) = row 4: neighbours 1, 3, 5, 7.
        #expect(a.row(4).map(\.column) == [1, 3, 4, 5, 7])
        #expect(a.row(4).map(\.value) == [-1, -1, 4, -1, -1])
        #expect(a.row(0).map(\.column) == [0, 1, 3])
        let dense = a.denseValues()
        for i in 0..<9 { for j in 0..<9 { #expect(dense[i * 9 + j] == dense[j * 9 + i]) } }
    }

    @Test func poisson3DHasTheSevenPointStructure() throws {
        let n = 4, a = try PoissonGenerator.poisson3D(n: n)
        #expect(a.rows == 64 && a.nonzeros == 64 + 2 * 3 * n * n * (n - 1))
        let centre = 1 * 16 + 1 * 4 + 1  // (z, y, x) = (1, 1, 1)
        #expect(a.row(centre).map(\.column) == [centre - 16, centre - 4, centre - 1, centre, centre + 1, centre + 4, centre + 16])
        #expect(a.row(centre).map(\.value) == [-1, -1, -1, 6, -1, -1, -1])
        // Row sums: 6 minus the number of neighbours inside; the corner (0,0,0) has 3.
        #expect(a.row(0).reduce(0) { $0 + $1.value } == 3)
    }

    @Test func poissonRejectsBadSizes() {
        #expect(throws: SparseMatrixError.invalidParameter(name: "poisson3d n", value: "0", valid: "an integer from 1 to 1290")) {
            try PoissonGenerator.poisson3D(n: 0)
        }
        #expect(throws: SparseMatrixError.self) { try PoissonGenerator.poisson2D(n: 50000) }
    }

    @Test func rmatIsReproducibleAcrossThreadCountsAndCountsEveryEdge() throws {
        let one = try RMATGenerator.generate(scale: 8, edgeFactor: 4, seed: 3, threads: 1)
        let two = try RMATGenerator.generate(scale: 8, edgeFactor: 4, seed: 3, threads: 2)
        #expect(one.rows == 256 && one.columns == 256)
        #expect(one.denseValues() == two.denseValues())
        #expect(one.values.array.reduce(0, +) == Double(4 * 256), "duplicated edges are summed, none lost")
        #expect(one.nonzeros < 4 * 256, "R-MAT repeats edges at this density")
        let other = try RMATGenerator.generate(scale: 8, edgeFactor: 4, seed: 4)
        #expect(other.denseValues() != one.denseValues())
        // Power law: with a = 0.57 the first rows hold far more edges than the last.
        let firstQuarter = one.rowPointers[64], lastQuarter = one.nonzeros - one.rowPointers[192]
        #expect(firstQuarter > 3 * lastQuarter)
    }

    @Test(arguments: ["poisson2d", "poisson3d", "rmat"])
    func everyFormatEqualsCSROnEachGeneratorFamily(family: String) throws {
        let csr: CSRMatrix = switch family {
        case "poisson2d": try PoissonGenerator.poisson2D(n: 30)
        case "poisson3d": try PoissonGenerator.poisson3D(n: 10)
        default: try RMATGenerator.generate(scale: 10, edgeFactor: 8, seed: 1)
        }
        let x = SparseTestSupport.vector(csr.columns, seed: 5)
        let expected = try csr.multiply(x)
        for threads in [1, 2] {
            for (name, m) in try SparseTestSupport.allFormats(csr, threads: threads) {
                let error = SparseTestSupport.relativeError(try m.multiply(x), expected)
                #expect(error < 1e-12, "\(name) on \(family) threads \(threads): \(error)")
            }
        }
    }

    @Test func vnecChoosesTheVariantByIRD() throws {
        // Poisson 2-D: windows hold (i-1, i, i+1) and the two far neighbours alone: about 3 slots per 5 nonzeros
        // (IRD 0.42): packed slots (8 bytes per nonzero + 3 per slot) move fewer bytes than VNEC-S or VNEC-D.
        let poisson = try VNECMatrix(try PoissonGenerator.poisson2D(n: 40))
        #expect(poisson.ird >= VNECVariant.sparseBelow && poisson.ird < VNECVariant.denseFrom && poisson.variant == .packed)
        // Poisson 3-D: 5 slots per 7 nonzeros (IRD 0.35): VNEC-S.
        let poisson3 = try VNECMatrix(try PoissonGenerator.poisson3D(n: 12))
        #expect(poisson3.ird < VNECVariant.sparseBelow && poisson3.variant == .sparse)
        // Each part of a banded matrix uses one contiguous column range: x is read in place, not gathered.
        // (VNEC-S reads only its own columns; a slot variant's last window may reach past x, so that part gathers.)
        #expect(try VNECMatrix(try PoissonGenerator.poisson2D(n: 40), threads: 3, partsPerThread: 2, variant: .sparse).gatherFreeParts == 6)
        #expect(try VNECMatrix(try PoissonGenerator.poisson2D(n: 40), threads: 3, partsPerThread: 2, variant: .packed).gatherFreeParts >= 5)
        let holes = try CSRMatrix(rows: 3, columns: 9, rowIndices: [0, 1, 2], columnIndices: [0, 4, 8], values: [1, 2, 3])
        #expect(try VNECMatrix(holes).gatherFreeParts == 0 && VNECMatrix(holes).compactColumns == 3)
        // Banded: parts of at most 65536 − 2·band rows, each with 16-bit compact indices.
        let band = try PoissonGenerator.poisson2D(n: 400)  // 160000 rows, band 400
        #expect(VNECMatrix.defaultPartsPerThread(band, threads: 2) == 2)  // ⌈160000 / 64736⌉ = 3 parts → 2 per thread
        let split = try VNECMatrix(band, threads: 2)
        #expect(split.parts == 4 && split.narrowIndexParts == 4)
        #expect(try VNECMatrix(band, threads: 2, partsPerThread: 1).narrowIndexParts == 0)
        #expect(VNECMatrix.defaultPartsPerThread(try RMATGenerator.generate(scale: 12, edgeFactor: 2, seed: 1), threads: 2) == 1)
        // A banded matrix of width 4 fills every lane.
        var r: [Int] = [], c: [Int] = []
        for i in 0..<100 { for j in 0..<4 { r.append(i); c.append((i / 4) * 4 + j) } }
        let banded = try VNECMatrix(try CSRMatrix(rows: 100, columns: 100, rowIndices: r, columnIndices: c,
                                                  values: [Double](repeating: 1, count: r.count)))
        #expect(banded.ird == 1 && banded.variant == .dense && banded.slots == 100)
    }
}
