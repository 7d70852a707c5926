/// Invalid stencil inputs, each with a message that says what would be valid.
public enum StencilError: Error, CustomStringConvertible, Sendable, Equatable {
    /// A kernel side that is not a positive odd number.
    case evenSide(Int)
    /// A kernel rank outside 1...3.
    case badRank(Int)
    /// Weight text whose rows or planes do not form a square (cube) of one side.
    case notSquare(String)
    /// A NaN or infinite weight at this row-major index.
    case nonFiniteWeight(index: Int)
    /// Weights given as text that could not be read.
    case unreadableWeights(String)
    /// A kernel of one rank applied to a grid of another.
    case rankMismatch(kernel: Int, grid: Int)
    /// A grid side smaller than the kernel side.
    case gridTooSmall(dims: [Int], kernelSide: Int)
    /// A step count below 1.
    case badSteps(Int)
    /// A thread count below 1.
    case badThreads(Int)

    /// The message shown to users.
    public var description: String {
        switch self {
        case .evenSide(let n): "kernel side \(n) is not odd; a stencil kernel needs an odd side (3, 5, 7, ...) so it has a centre"
        case .badRank(let r): "kernel rank \(r) is not supported; give 1-D, 2-D or 3-D weights"
        case .notSquare(let why): "kernel is not square: \(why); every row needs as many weights as there are rows (and planes)"
        case .nonFiniteWeight(let i): "weight \(i) (row-major, from 0) is not a finite number; use finite values only"
        case .unreadableWeights(let why): "cannot read the weights: \(why)"
        case .rankMismatch(let k, let g): "a \(k)-D kernel cannot run on a \(g)-D grid; give a \(k)-D size (e.g. \(Array(repeating: "64", count: k).joined(separator: "x")))"
        case .gridTooSmall(let d, let n): "grid \(d.map(String.init).joined(separator: "x")) is smaller than the kernel side \(n); every side must be at least \(n)"
        case .badSteps(let s): "steps \(s) is not valid; give at least 1 time step"
        case .badThreads(let t): "threads \(t) is not valid; give at least 1 thread"
        }
    }
}
