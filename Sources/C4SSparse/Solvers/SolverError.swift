/// Why an iterative solve stopped without a usable answer.
public enum SolverError: Error, CustomStringConvertible, Sendable, Equatable {
    /// A scalar of the recurrence became zero or non-finite (e.g. CG on a matrix that is not positive
    /// definite, or a BiCGSTAB breakdown) at this iteration.
    case breakdown(method: String, iteration: Int, quantity: String)

    /// The message shown to users.
    public var description: String {
        switch self {
        case .breakdown(let method, let iteration, let quantity):
            "\(method) broke down at iteration \(iteration): \(quantity) is zero or not finite"
                + (method == "CG" ? " (CG needs a symmetric positive definite matrix; try bicgstab)" : "")
        }
    }
}
