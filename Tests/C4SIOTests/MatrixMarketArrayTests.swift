import C4SIO
import Testing

/// Array (dense) format: column-major order, triangle storage for symmetric kinds, counts.
@Suite struct MatrixMarketArrayTests {
    typealias Support = MatrixMarketTestSupport

    @Test func generalArrayIsColumnMajor() throws {
        let matrix = try MatrixMarketReader.read(
            text: "%%MatrixMarket matrix array real general\n% 2x3\n2 3\n1\n2\n3\n\n4\n5\n% c\n6\n", name: "a.mtx")
        #expect(matrix.header == MatrixMarketHeader(format: .array, field: .real, symmetry: .general))
        #expect(matrix.storage == .array(.real([1, 2, 3, 4, 5, 6])))
        #expect(matrix.storedEntryCount == 6)
        let dense = Support.dense(matrix.expandedCoordinates()).map { $0.map(\.re) }
        #expect(dense == [[1, 3, 5], [2, 4, 6]])
    }

    @Test func symmetricArrayStoresTheLowerTriangle() throws {
        let matrix = try MatrixMarketReader.read(
            text: "%%MatrixMarket matrix array integer symmetric\n3 3\n1\n2\n3\n4\n5\n6\n", name: "s.mtx")
        #expect(matrix.storage == .array(.integer([1, 2, 3, 4, 5, 6])))
        let dense = Support.dense(matrix.expandedCoordinates()).map { $0.map(\.re) }
        #expect(dense == [[1, 2, 3], [2, 4, 5], [3, 5, 6]])
    }

    @Test func skewSymmetricArrayStoresTheStrictLowerTriangle() throws {
        let matrix = try MatrixMarketReader.read(
            text: "%%MatrixMarket matrix array real skew-symmetric\n3 3\n1\n2\n3\n", name: "k.mtx")
        let dense = Support.dense(matrix.expandedCoordinates()).map { $0.map(\.re) }
        #expect(dense == [[0, -1, -2], [1, 0, -3], [2, 3, 0]])
        #expect(matrix.expandedCoordinates().count == 6, "the implicit zero diagonal is not listed")
    }

    @Test func hermitianArrayConjugatesTheUpperTriangle() throws {
        let matrix = try MatrixMarketReader.read(
            text: "%%MatrixMarket matrix array complex hermitian\n2 2\n1 0\n2 3\n4 0\n", name: "h.mtx")
        let dense = Support.dense(matrix.expandedCoordinates())
        #expect(dense == [[.init(re: 1, im: 0), .init(re: 2, im: -3)], [.init(re: 2, im: 3), .init(re: 4, im: 0)]])
        let error = Support.readError("%%MatrixMarket matrix array complex hermitian\n2 2\n1 0\n2 3\n4 1\n")
        #expect(error?.line == 5)
        #expect(error?.message.hasPrefix("diagonal entry (2, 2) has imaginary part 1.0;") == true)
    }

    @Test func arrayValueCountMustMatch() {
        let few = Support.readError("%%MatrixMarket matrix array real symmetric\n3 3\n1\n2\n3\n4\n5\n% end\n")
        #expect(few?.line == 8)
        #expect(few?.message == "the file ends after 5 of the 6 values that the size line (line 2) calls for; "
            + "add the missing 1 or correct the size line")
        let many = Support.readError("%%MatrixMarket matrix array real skew-symmetric\n2 2\n1\n\n2\n")
        #expect(many?.line == 5)
        #expect(many?.message == "found more than the 1 values that the size line (line 2) calls for, starting "
            + "here with '2'; remove the extra lines or correct the size line")
    }

    @Test func arrayHoldsOneEntryPerLine() {
        let real = Support.readError("%%MatrixMarket matrix array real general\n2 1\n1 2\n")
        #expect(real?.line == 3)
        #expect(real?.message == "found 2 fields in '1 2' but an array file holds one real entry 'value' per line "
            + "(1 field)")
        let complex = Support.readError("%%MatrixMarket matrix array complex general\n1 1\n1\n")
        #expect(complex?.message == "found 1 fields in '1' but an array file holds one complex entry "
            + "'real imaginary' per line (2 fields)")
    }
}
