import C4SCore
import C4SIO
import C4SSparse
import C4SWorkbench
import Foundation
import Testing

/// Every shipped Matrix Market matrix through the reader into CSR and every format.
@Suite struct SparseMatrixCatalogTests {
    let environment = JobEnvironment.current()

    /// scipy 1.17.1: m = scipy.sparse.csr_matrix(scipy.io.mmread(path)); m.sum_duplicates();
    /// x = arange(1, columns + 1) / columns; reference = (m @ x).sum().
    static let scipyReference: [(id: String, rows: Int, columns: Int, nonzeros: Int, sum: Double)] = [
        ("bcsstk13", 2003, 2003, 83883, 14958714570951.078),
        ("cryg2500", 2500, 2500, 12349, 1618.9134467781905),
        ("olm1000", 1000, 1000, 3996, -24302.72048319888),
        ("zenios", 2873, 2873, 27191, 29.471199806146153),
        ("jagmesh7", 1138, 1138, 7450, 3723.4033391915636),
        ("pushpull", 4000, 4000, 196305, 75085.84325),
        ("west0067", 67, 67, 294, 17.12734704238806),
        ("lp_afiro", 27, 51, 102, 23.666862745098044),
        ("karate", 34, 34, 156, 79.1470588235294),
        ("LFAT5", 14, 14, 46, 5394370.695751673),
        ("test_FW_2003", 2003, 2003, 23973, 900912.4558162757),
        ("lfat5-hypersparse", 2000, 2000, 46, 37760.594870261695),
    ]

    func load(_ id: String) throws -> CSRMatrix {
        let (_, urls, _) = try environment.resolve(id)
        return try CSRMatrix(matrixMarket: MatrixMarketReader.read(from: urls[0]))
    }

    @Test(arguments: scipyReference.map(\.id))
    func shippedMatrixMatchesScipyAndEveryFormatMatchesCSR(id: String) throws {
        let reference = Self.scipyReference.first { $0.id == id }!
        let csr = try load(id)
        #expect(csr.rows == reference.rows && csr.columns == reference.columns && csr.nonzeros == reference.nonzeros)
        let x = (1...csr.columns).map { Double($0) / Double(csr.columns) }
        let y = try csr.multiply(x)
        #expect(abs(y.reduce(0, +) - reference.sum) <= 1e-12 * max(1, y.map(abs).reduce(0, +)), "\(id): \(y.reduce(0, +))")
        for threads in [1, 2] {
            let t = csr.withThreads(threads)
            for m: any SparseOperator in [t, try SELLMatrix(t), try VNECMatrix(t), try VNECMatrix(t, variant: .dense),
                                          try VNECMatrix(t, variant: .packed), try VNECMatrix(t, variant: .sparse)] {
                let other = try m.multiply(x)
                let scale = y.map(abs).max() ?? 0
                let error = zip(other, y).map { abs($0 - $1) }.max() ?? 0
                #expect(error <= 1e-12 * scale, "\(id) \(type(of: m)) threads \(threads): \(error / max(scale, 1e-300))")
            }
        }
    }

    @Test func jumbledEntriesGiveTheSameMatrix() throws {
        #expect(try load("west0067-jumbled").denseValues() == load("west0067").denseValues())
    }

    @Test func aNaNValueInAFileIsAClearError() throws {
        // comments_west0067.mtx line 6 is "1 1 nan".
        #expect(throws: SparseMatrixError.nonFiniteValue(row: 0, column: 0)) { try load("west0067-comments") }
        let job = try SpMVJob.descriptor.makeJob(arguments: ["matrix": "west0067-comments"], environment: environment)
        #expect(throws: JobError.failed(job: "spmv", reason: "west0067-comments: matrix value at (0, 0) (0-based) is NaN or infinite; sparse kernels need finite values")) {
            try job.run(JobContext(jobID: "spmv"))
        }
    }

    @Test func symmetricStorageIsExpanded() throws {
        let a = try load("LFAT5")
        let dense = a.denseValues()
        for i in 0..<14 { for j in 0..<14 { #expect(dense[i * 14 + j] == dense[j * 14 + i]) } }
    }
}
