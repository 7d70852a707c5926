import C4SLearn

/// DDPM ancestral sampling (DiG's reverse discretisation): from R_N ~ N(0, I),
/// R_{i−1} = (R_i + β̃_i s_θ(R_i, t_i)) / √(1 − β̃_i) + √β̃_i z, z ~ N(0, I) (none at i = 1),
/// with s_θ = −ε_θ/σ(t_i) and β̃_i the schedule's `ancestralBeta`. N network evaluations per sample.
public enum AncestralSampler {
    /// Draws `rows` samples in model coordinates (rows × D) for `field`, in place in `x`, using
    /// `workspace` (capacity ≥ rows) and the random stream `random`.
    public static func sample<Field: ScoreField>(_ field: Field, rows: Int, into x: UnsafeMutablePointer<Double>,
                                                  workspace: Field.Workspace, random: inout NormalRandom) {
        let d = field.dimension, schedule = field.schedule
        let noise = UnsafeMutablePointer<Double>.allocate(capacity: rows * d)
        defer { noise.deallocate() }
        for i in 0..<(rows * d) { x[i] = random.next() }
        for step in stride(from: schedule.steps, through: 1, by: -1) {
            let t = schedule.time(ofStep: step), beta = schedule.ancestralBeta(step), sigma = schedule.sigma(t)
            field.predictNoise(x, rows: rows, time: t, into: noise, workspace: workspace)
            let shrink = 1 / (1 - beta).squareRoot(), noiseScale = step > 1 ? beta.squareRoot() : 0
            for i in 0..<(rows * d) {
                x[i] = (x[i] - beta / sigma * noise[i]) * shrink + (noiseScale > 0 ? noiseScale * random.next() : 0)
            }
        }
    }
}
