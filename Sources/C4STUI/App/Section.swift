/// The sections of the navigator, in order.
public enum Section: Int, Sendable, CaseIterable, Codable {
    case kernels, datasets, molecules, carbon, results

    /// Title in the navigator.
    public var title: String {
        switch self {
        case .kernels: "Kernels"
        case .datasets: "Datasets"
        case .molecules: "Molecules"
        case .carbon: "Carbon"
        case .results: "Results"
        }
    }
}

/// Which part of the screen receives keys.
public enum Focus: Sendable, Equatable {
    case navigator, main, second
}
