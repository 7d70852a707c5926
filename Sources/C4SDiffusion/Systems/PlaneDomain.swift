/// An axis-aligned rectangle of the plane [xMin, xMax] × [yMin, yMax] (system units) on which a
/// 2-D system's reference density, histograms and grid metrics are computed.
public struct PlaneDomain: Sendable, Equatable {
    /// Range of the first coordinate.
    public let x: ClosedRange<Double>
    /// Range of the second coordinate.
    public let y: ClosedRange<Double>

    /// A rectangle. - Precondition: both ranges have positive length.
    public init(x: ClosedRange<Double>, y: ClosedRange<Double>) {
        precondition(x.upperBound > x.lowerBound && y.upperBound > y.lowerBound, "PlaneDomain needs positive extents")
        self.x = x
        self.y = y
    }

    /// Width (x extent).
    public var width: Double { x.upperBound - x.lowerBound }
    /// Height (y extent).
    public var height: Double { y.upperBound - y.lowerBound }
}
