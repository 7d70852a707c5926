/// A value and its 1σ uncertainty, in the same unit.
public struct EstimateWithUncertainty: Sendable, Equatable {
    /// The estimate.
    public let value: Double
    /// One standard deviation.
    public let sigma: Double

    /// An estimate, value and σ in the same unit. - Precondition: `sigma >= 0` or NaN.
    public init(_ value: Double, sigma: Double) {
        precondition(!(sigma < 0), "EstimateWithUncertainty: negative sigma")
        self.value = value
        self.sigma = sigma
    }
}
