/// DiG's coverage scores on a grid of a 2-D projection: a cell counts as occupied when its
/// probability is at least `threshold`; the reference's occupied cells are the positives and a
/// model's occupied cells the predictions.
public struct GridCoverage: Sendable, Equatable {
    /// Fraction of cells where model and reference agree (occupied or empty).
    public let accuracy: Double
    /// Fraction of the model's occupied cells the reference occupies (1 when the model occupies none).
    public let precision: Double
    /// Fraction of the reference's occupied cells the model occupies (1 when the reference occupies none).
    public let recall: Double
    /// Harmonic mean of precision and recall.
    public let f1: Double

    /// Scores `model` against `reference` cell probabilities. - Precondition: equal counts.
    public init(model: [Double], reference: [Double], threshold: Double) {
        precondition(model.count == reference.count, "GridCoverage needs grids of the same size")
        var tp = 0.0, fp = 0.0, fn = 0.0, tn = 0.0
        for (m, r) in zip(model, reference) {
            switch (m >= threshold, r >= threshold) {
            case (true, true): tp += 1
            case (true, false): fp += 1
            case (false, true): fn += 1
            case (false, false): tn += 1
            }
        }
        accuracy = (tp + tn) / Double(model.count)
        precision = tp + fp > 0 ? tp / (tp + fp) : 1
        recall = tp + fn > 0 ? tp / (tp + fn) : 1
        f1 = precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0
    }
}
