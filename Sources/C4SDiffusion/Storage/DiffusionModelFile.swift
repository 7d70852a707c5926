import C4SIO
import C4SLearn
import Foundation

/// A diffusion model stored as one HDF5 file, with what it was trained on and how.
///
/// Layout: root attributes `format` ("c4s-dig-model 1"), `system`, `mode`, `training_command`,
/// `training_seconds`, `validation_loss`, `epochs`; group `schedule` (attributes `kind`, `steps`,
/// `beta_start`, `beta_end`), group `embedding` (attribute `frequencies`), data sets
/// `standardization/mean` and `standardization/scale` (system units), group `network` (see
/// `DenseNetwork.write(into:)`), and `training/validation_loss` per epoch.
public struct DiffusionModelFile: Sendable {
    /// The format tag written and accepted.
    public static let format = "c4s-dig-model 1"
    /// The model.
    public let model: DiffusionModel
    /// System id it was trained for.
    public let system: String
    /// `data` or `pidp`.
    public let mode: String
    /// The command that trained it.
    public let trainingCommand: String
    /// Wall-clock seconds of training.
    public let trainingSeconds: Double
    /// Validation loss per epoch.
    public let validationLosses: [Double]

    /// Bundles a model with its training record.
    public init(model: DiffusionModel, system: String, mode: String, trainingCommand: String,
                trainingSeconds: Double, validationLosses: [Double]) {
        self.model = model
        self.system = system
        self.mode = mode
        self.trainingCommand = trainingCommand
        self.trainingSeconds = trainingSeconds
        self.validationLosses = validationLosses
    }

    /// Writes the file atomically (an existing file is replaced only once the new one is complete).
    public func write(to url: URL) throws {
        try HDF5File.writeAtomically(to: url) { file in
            let root = file.root
            try root.setAttribute("format", .string(Self.format))
            try root.setAttribute("system", .string(system))
            try root.setAttribute("mode", .string(mode))
            try root.setAttribute("training_command", .string(trainingCommand))
            try root.setAttribute("training_seconds", .double(trainingSeconds))
            try root.setAttribute("validation_loss", .double(validationLosses.min() ?? .nan))
            try root.setAttribute("epochs", .int(Int64(validationLosses.count)))
            let schedule = try root.createGroup("schedule")
            try schedule.setAttribute("kind", .string(model.schedule.kind.rawValue))
            try schedule.setAttribute("steps", .int(Int64(model.schedule.steps)))
            try schedule.setAttribute("beta_start", .double(model.schedule.betaStart))
            try schedule.setAttribute("beta_end", .double(model.schedule.betaEnd))
            try root.createGroup("embedding").setAttribute("frequencies", .int(Int64(model.embedding.frequencies)))
            let d = model.dimension
            try root.writeDataset("standardization/mean", values: model.standardization.mean, shape: [d])
            try root.writeDataset("standardization/scale", values: model.standardization.scale, shape: [d])
            try model.network.write(into: root.createGroup("network"))
            try root.writeDataset("training/validation_loss", values: validationLosses, shape: [validationLosses.count])
        }
    }

    /// Reads a file written by `write(to:)`.
    /// - Throws: `HDF5Error` for a missing or unreadable file or object; `LearnError` naming the file
    ///   when the format tag, schedule or shapes are not a valid model.
    public init(reading url: URL) throws {
        let file = try HDF5File.open(at: url)
        let root = file.root, path = url.path
        func fail(_ reason: String) -> LearnError { LearnError(location: path, reason: reason) }
        guard case .string(Self.format)? = try root.attribute("format") else {
            throw fail("not a DiG model file (attribute format must be '\(Self.format)'); train one with `c4s dig train`")
        }
        func string(_ group: HDF5Group, _ name: String) throws -> String {
            guard case .string(let v)? = try group.attribute(name) else { throw fail("\(group.path) lacks string attribute \(name)") }
            return v
        }
        func number(_ group: HDF5Group, _ name: String) throws -> Double {
            switch try group.attribute(name) {
            case .double(let v)?: return v
            case .int(let v)?: return Double(v)
            default: throw fail("\(group.path) lacks numeric attribute \(name)")
            }
        }
        let s = try root.openGroup("schedule")
        guard let kind = NoiseScheduleKind(rawValue: try string(s, "kind")) else {
            throw fail("schedule kind must be one of \(NoiseScheduleKind.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        let steps = Int(try number(s, "steps")), start = try number(s, "beta_start"), end = try number(s, "beta_end")
        guard steps >= 1, start > 0, start <= end, end < 1 else {
            throw fail("schedule needs steps >= 1 and 0 < beta_start <= beta_end < 1, got \(steps), \(start), \(end)")
        }
        let frequencies = Int(try number(root.openGroup("embedding"), "frequencies"))
        let mean = try root.readDataset("standardization/mean", as: Double.self).values
        let scale = try root.readDataset("standardization/scale", as: Double.self).values
        guard frequencies >= 0, mean.count == scale.count, !mean.isEmpty, scale.allSatisfy({ $0 > 0 }) else {
            throw fail("embedding frequencies must be >= 0 and standardization one positive scale per mean")
        }
        let network = try DenseNetwork(reading: root.openGroup("network"), file: path)
        let embedding = TimeEmbedding(frequencies: frequencies)
        guard network.inputCount == mean.count + embedding.count, network.outputCount == mean.count else {
            throw fail("network maps \(network.inputCount) to \(network.outputCount) values; a \(mean.count)-D model with \(frequencies) time frequencies needs \(mean.count + embedding.count) to \(mean.count)")
        }
        model = DiffusionModel(network: network, schedule: NoiseSchedule(kind: kind, steps: steps, betaStart: start, betaEnd: end),
                               embedding: embedding, standardization: Standardization(mean: mean, scale: scale))
        system = try string(root, "system")
        mode = try string(root, "mode")
        trainingCommand = try string(root, "training_command")
        trainingSeconds = try number(root, "training_seconds")
        validationLosses = try root.readDataset("training/validation_loss", as: Double.self).values
    }
}
