import C4SSparse
import C4SStencil
import Foundation

/// The operator of a stencil on a grid named after `stencil:` on the command line: `SHAPE:SIZE[:BOUNDARY]`.
///
/// SHAPE is a stencil shape (`heat1d`, `1d5p`, `heat2d`, ..., `box3d27p`) or the path of a weights file
/// (format of `StencilKernel(parsing:)`); SIZE is one side N (N^rank points) or one side per axis, slowest
/// first (`AxB`, `AxBxC`); BOUNDARY is `dirichlet` (default; the matrix does not depend on the halo value) or
/// `periodic`. Example: `box3d27p:128` is the 27-point operator on 128³ points, 128³ rows.
struct StencilMatrixSpec: Sendable {
    /// The syntax, for help and error texts.
    static let syntax = "stencil:SHAPE:N or stencil:SHAPE:AxBxC[:periodic]"

    /// The kernel.
    let kernel: StencilKernel
    /// Points per axis, slowest first.
    let dims: [Int]
    /// The boundary the operator is built for (Dirichlet with halo value 0, or periodic).
    let boundary: StencilBoundary

    /// Parses the text after `stencil:`. - Throws: a message (for `--matrix`) saying which part is invalid and
    ///   what would be valid.
    init(_ text: String) throws(SpecError) {
        var fields = text.split(separator: ":", omittingEmptySubsequences: false).map(String.init)
        switch fields.last {
        case "periodic": boundary = .periodic; fields.removeLast()
        case "dirichlet": boundary = .dirichlet(0); fields.removeLast()
        default: boundary = .dirichlet(0)
        }
        guard fields.count >= 2 else { throw SpecError("expected \(Self.syntax)") }
        let size = fields.removeLast(), shape = fields.joined(separator: ":")
        if let named = StencilShape(rawValue: shape) {
            kernel = named.kernel
        } else if FileManager.default.fileExists(atPath: shape) {
            do { kernel = try StencilKernel(contentsOf: URL(fileURLWithPath: shape)) } catch {
                throw SpecError("weights file \(shape): \(error)")
            }
        } else {
            let shapes = StencilShape.allCases.map(\.rawValue).joined(separator: ", ")
            throw SpecError("shape '\(shape)' is neither a stencil shape (\(shapes)) nor a weights file")
        }
        let sides = size.split(separator: "x", omittingEmptySubsequences: false).map { Int($0) }
        guard sides.allSatisfy({ ($0 ?? 0) >= 1 }), sides.count == 1 || sides.count == kernel.rank else {
            throw SpecError("size '\(size)' is not valid for a \(kernel.rank)-D shape; expected one side N >= 1 or \(kernel.rank) sides joined by x")
        }
        dims = sides.count == 1 ? Array(repeating: sides[0]!, count: kernel.rank) : sides.map { $0! }
    }

    /// Builds the CSR matrix A of one step. - Throws: `SparseMatrixError` for more than `Int32.max` points.
    func matrix(threads: Int) throws -> CSRMatrix {
        try kernel.sparseOperator(dims: dims, boundary: boundary, threads: threads).matrix
    }

    /// Why a `stencil:` matrix name is invalid.
    struct SpecError: Error, CustomStringConvertible {
        /// The message shown to users.
        let description: String
        init(_ description: String) { self.description = description }
    }
}
