import C4SCore
import C4SIO
import Foundation
import Testing

/// Shared helpers for the Matrix Market tests.
enum MatrixMarketTestSupport {
    /// The `matrices/` folder of the local dataset mirror.
    static func matricesFolder() throws -> URL {
        let mirror = try #require(SharedMirror.directory(forFileIn: #filePath))
        let folder = mirror.appendingPathComponent("matrices", isDirectory: true)
        try #require(FileManager.default.fileExists(atPath: folder.path), "dataset mirror missing at \(folder.path)")
        return folder
    }

    /// The mirror file `matrices/<relativePath>`.
    static func mirrorFile(_ relativePath: String) throws -> URL {
        try matricesFolder().appendingPathComponent(relativePath)
    }

    /// The `.mtx` files directly inside `matrices/<subfolder>`, by name.
    static func mirrorFiles(in subfolder: String) throws -> [String] {
        let folder = try matricesFolder().appendingPathComponent(subfolder, isDirectory: true)
        return try FileManager.default.contentsOfDirectory(atPath: folder.path)
            .filter { $0.hasSuffix(".mtx") }.sorted()
    }

    /// The error thrown when reading `text`, named `name`; records an issue if none is thrown.
    static func readError(_ text: String, name: String = "case.mtx",
                          sourceLocation: SourceLocation = #_sourceLocation) -> MatrixMarketError? {
        do {
            let matrix = try MatrixMarketReader.read(text: text, name: name)
            Issue.record("expected an error, read \(matrix.header) \(matrix.rows)x\(matrix.columns)",
                         sourceLocation: sourceLocation)
            return nil
        } catch let error as MatrixMarketError {
            return error
        } catch {
            Issue.record("unexpected error type: \(error)", sourceLocation: sourceLocation)
            return nil
        }
    }

    /// A complex number as a pair, for dense references.
    struct Complex: Equatable {
        var re: Double
        var im: Double
    }

    /// The dense matrix described by expanded triplets (duplicates summed), values as complex
    /// numbers (imaginary part 0 for real, integer and pattern values; pattern entries are 1).
    static func dense(_ coordinates: MatrixMarketCoordinates) -> [[Complex]] {
        var grid = Array(repeating: Array(repeating: Complex(re: 0, im: 0), count: coordinates.columns),
                         count: coordinates.rows)
        for entry in 0..<coordinates.count {
            let value: Complex = switch coordinates.values {
            case .real(let values): Complex(re: values[entry], im: 0)
            case .integer(let values): Complex(re: Double(values[entry]), im: 0)
            case .complex(let re, let im): Complex(re: re[entry], im: im[entry])
            case .pattern: Complex(re: 1, im: 0)
            }
            grid[coordinates.rowIndices[entry]][coordinates.columnIndices[entry]].re += value.re
            grid[coordinates.rowIndices[entry]][coordinates.columnIndices[entry]].im += value.im
        }
        return grid
    }

    /// Sums checked against sums that scipy.io.mmread gave for the same file: the entry count,
    /// Σv, Σ|v|, Σ(row+1)·v and Σ(column+1)·v over the expanded matrix (pattern values are 1).
    struct Checksums {
        var count = 0
        var sum = CompensatedSum()
        var absoluteSum = CompensatedSum()
        var rowWeightedSum = CompensatedSum()
        var columnWeightedSum = CompensatedSum()

        init(_ coordinates: MatrixMarketCoordinates) {
            count = coordinates.count
            for entry in 0..<coordinates.count {
                let value: Double = switch coordinates.values {
                case .real(let values): values[entry]
                case .integer(let values): Double(values[entry])
                case .complex(let re, _): re[entry]
                case .pattern: 1
                }
                sum.add(value)
                absoluteSum.add(abs(value))
                rowWeightedSum.add(Double(coordinates.rowIndices[entry] + 1) * value)
                columnWeightedSum.add(Double(coordinates.columnIndices[entry] + 1) * value)
            }
        }
    }

    /// Neumaier's compensated summation, so that test sums match scipy's to a few ulps.
    struct CompensatedSum {
        private var total = 0.0
        private var compensation = 0.0

        mutating func add(_ value: Double) {
            let next = total + value
            compensation += abs(total) >= abs(value) ? (total - next) + value : (value - next) + total
            total = next
        }

        var value: Double { total + compensation }
    }

    /// Whether `actual` is within `relative` of `expected`, measured against `scale`.
    static func close(_ actual: Double, _ expected: Double, scale: Double, relative: Double = 1e-12) -> Bool {
        abs(actual - expected) <= relative * max(abs(scale), 1)
    }
}
