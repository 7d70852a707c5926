import C4SCore
import C4SIO
import C4SSparse
import Foundation

/// A sparse matrix named on the command line: a catalog id of kind matrix (a Matrix Market file or a
/// generated operator such as `poisson3d-128`), or a generator with a size: `poisson2d:N` (N² rows),
/// `poisson3d:N` (N³ rows), `rmat:SCALE` (2^SCALE vertices, edge factor 16, Graph500 a, b, c, seed 1), or
/// `stencil:SHAPE:N`, `stencil:SHAPE:AxBxC[:periodic]` (the one-step operator of a stencil, `StencilMatrixSpec`).
public struct SparseMatrixSource: Sendable {
    /// The name as given.
    public let name: String
    /// The catalog dataset, for provenance (nil for `generator:size`).
    public let reference: DatasetReference?
    private let recipe: Recipe

    private enum Recipe: Sendable {
        case file(URL)
        case poisson2d(Int)
        case poisson3d(Int)
        case rmat(scale: Int, edgeFactor: Int, a: Double, b: Double, c: Double, seed: UInt64)
        case stencil(StencilMatrixSpec)
    }

    /// The generator forms accepted after a colon.
    public static let generatorForms = "poisson2d:N, poisson3d:N, rmat:SCALE, \(StencilMatrixSpec.syntax)"

    /// Resolves `text`. - Throws: `JobError.failed` for `job`, listing the valid catalog matrices and
    ///   generator forms, or saying which file is missing.
    public init(_ text: String, environment: JobEnvironment, job: String) throws {
        name = text
        let matrices = environment.catalog.entries(of: .matrix).filter { $0.isGenerated || $0.files.count == 1 }.map(\.id)
        let valid = "a matrix id (\(matrices.joined(separator: ", "))) or \(Self.generatorForms)"
        if text.hasPrefix("stencil:") {
            reference = nil
            do { recipe = .stencil(try StencilMatrixSpec(String(text.dropFirst("stencil:".count)))) } catch {
                throw JobError.failed(job: job, reason: "--matrix \(text): \(error.description); expected \(valid)")
            }
            return
        }
        if let colon = text.firstIndex(of: ":") {
            let generator = String(text[..<colon]), size = Int(text[text.index(after: colon)...])
            reference = nil
            switch (generator, size) {
            case ("poisson2d", let n?) where (1...46340).contains(n): recipe = .poisson2d(n)
            case ("poisson3d", let n?) where (1...1290).contains(n): recipe = .poisson3d(n)
            case ("rmat", let s?) where (1...30).contains(s): recipe = .rmat(scale: s, edgeFactor: 16, a: 0.57, b: 0.19, c: 0.19, seed: 1)
            default:
                throw JobError.failed(job: job, reason: "--matrix \(text): not valid; expected \(valid) (poisson2d N in 1...46340, poisson3d N in 1...1290, rmat SCALE in 1...30)")
            }
            return
        }
        let entry: CatalogEntry, urls: [URL], reference: DatasetReference
        do { (entry, urls, reference) = try environment.resolve(text) } catch let error as CatalogError {
            if case .missingFile = error { throw JobError.failed(job: job, reason: error.description) }
            throw JobError.failed(job: job, reason: "--matrix \(text): not valid; expected \(valid)")
        }
        guard entry.kind == .matrix else {
            throw JobError.failed(job: job, reason: "--matrix \(text): dataset is a \(entry.kind.rawValue), not a matrix; expected \(valid)")
        }
        self.reference = reference
        if let g = entry.generator {
            let int = { (key: String) in g.parameters[key]?.intValue }
            switch g.name {
            case "poisson2d": recipe = .poisson2d(int("n") ?? 0)
            case "poisson3d": recipe = .poisson3d(int("n") ?? 0)
            case "rmat":
                recipe = .rmat(scale: int("scale") ?? 0, edgeFactor: int("edgeFactor") ?? 0, a: g.parameters["a"]?.doubleValue ?? 0.57,
                               b: g.parameters["b"]?.doubleValue ?? 0.19, c: g.parameters["c"]?.doubleValue ?? 0.19,
                               seed: UInt64(int("seed") ?? 1))
            default:
                throw JobError.failed(job: job, reason: "--matrix \(text): generator '\(g.name)' is not a sparse matrix generator; expected \(valid)")
            }
        } else {
            guard urls.count == 1 else {
                throw JobError.failed(job: job, reason: "--matrix \(text): dataset holds \(urls.count) files; expected \(valid)")
            }
            recipe = .file(urls[0])
        }
    }

    /// Reads or generates the matrix as CSR with products on `threads` threads.
    /// - Throws: `JobError.failed` naming the matrix for unreadable files, complex or non-finite values.
    public func load(threads: Int, job: String) throws -> CSRMatrix {
        do {
            switch recipe {
            case .file(let url): return try CSRMatrix(matrixMarket: MatrixMarketReader.read(from: url), threads: threads)
            case .poisson2d(let n): return try PoissonGenerator.poisson2D(n: n, threads: threads)
            case .poisson3d(let n): return try PoissonGenerator.poisson3D(n: n, threads: threads)
            case .rmat(let scale, let edgeFactor, let a, let b, let c, let seed):
                return try RMATGenerator.generate(scale: scale, edgeFactor: edgeFactor, a: a, b: b, c: c, seed: seed, threads: threads)
            case .stencil(let spec): return try spec.matrix(threads: threads)
            }
        } catch let error as SparseMatrixError {
            throw JobError.failed(job: job, reason: "\(name): \(error)")
        } catch let error as MatrixMarketError {
            throw JobError.failed(job: job, reason: error.description)
        }
    }
}
