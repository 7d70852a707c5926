import C4SIO
import C4SLearn
import Foundation

/// A dense network (C4SLearn) mapping `PCO2Features` to surface-ocean pCO₂ (µatm), trained on
/// standardised targets: pCO₂ = mean + sd · output.
public struct OceanPCO2Emulator: Sendable, Equatable {
    /// The network, `PCO2Features.count` inputs, one output.
    public let network: DenseNetwork
    /// Mean of the training targets, µatm.
    public let targetMean: Double
    /// Standard deviation of the training targets, µatm.
    public let targetStandardDeviation: Double

    /// An emulator from a network and its target scaling. - Precondition: the network has 10 inputs, 1 output; sd > 0.
    public init(network: DenseNetwork, targetMean: Double, targetStandardDeviation: Double) {
        precondition(network.inputCount == PCO2Features.count && network.outputCount == 1 && targetStandardDeviation > 0,
                     "OceanPCO2Emulator: network must map \(PCO2Features.count) features to one value")
        self.network = network
        self.targetMean = targetMean
        self.targetStandardDeviation = targetStandardDeviation
    }

    /// Trains a network of the given hidden widths (SiLU) on the rows `training`, stopping early on `validation`.
    /// - Parameters: onEpoch: called after every epoch (may throw to stop).
    /// - Returns: the emulator with the best validation parameters, and the training report (losses in standardised units²).
    public static func train(_ data: PCO2TrainingSet, training: [Int], validation: [Int], hidden: [Int],
                             configuration: TrainingConfiguration, onEpoch: (TrainingEpoch) throws -> Void = { _ in }) throws
        -> (OceanPCO2Emulator, TrainingReport) {
        let (trainFeatures, trainTargets) = data.subset(training)
        let mean = trainTargets.reduce(0, +) / Double(trainTargets.count)
        let sd = (trainTargets.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / Double(trainTargets.count)).squareRoot()
        let trainRows = RegressionData(inputs: trainFeatures, targets: trainTargets.map { ($0 - mean) / sd },
                                       inputCount: PCO2Features.count, outputCount: 1)
        let (validationFeatures, validationTargets) = data.subset(validation)
        let validationRows = RegressionData(inputs: validationFeatures, targets: validationTargets.map { ($0 - mean) / sd },
                                            inputCount: PCO2Features.count, outputCount: 1)
        var network = DenseNetwork(layerSizes: [PCO2Features.count] + hidden + [1], hidden: .silu, seed: configuration.seed)
        let tape = DenseNetworkTape(for: network, capacity: max(configuration.batchSize, 4096))
        let report = try MiniBatchTrainer(configuration: configuration).train(&network, rows: trainRows.rows, batchLoss: { net, batch, gradient in
            gradient.withUnsafeMutableBufferPointer { trainRows.meanSquaredError(net, rows: batch, tape: tape, gradient: $0.baseAddress!) }
        }, validationLoss: { net in
            var sum = 0.0
            for start in stride(from: 0, to: validationRows.rows, by: 4096) {
                let rows = start..<min(start + 4096, validationRows.rows)
                sum += validationRows.meanSquaredError(net, rows: rows, tape: tape) * Double(rows.count)
            }
            return sum / Double(validationRows.rows)
        }, onEpoch: onEpoch)
        return (OceanPCO2Emulator(network: network, targetMean: mean, targetStandardDeviation: sd), report)
    }

    /// pCO₂ in µatm for feature rows (row-major, `PCO2Features.count` per row), evaluated in chunks.
    public func predict(_ features: [Double]) -> [Double] {
        let width = PCO2Features.count, rows = features.count / width, chunk = 8192
        let tape = DenseNetworkTape(for: network, capacity: min(max(rows, 1), chunk))
        var out: [Double] = []
        out.reserveCapacity(rows)
        features.withUnsafeBufferPointer { buffer in
            for start in stride(from: 0, to: rows, by: chunk) {
                let n = min(chunk, rows - start)
                network.forward(buffer.baseAddress! + start * width, rows: n, tape: tape)
                out += UnsafeBufferPointer(start: tape.output, count: n).map { targetMean + targetStandardDeviation * $0 }
            }
        }
        return out
    }

    /// Writes the network and its scaling into `group` (`network/…` as `DenseNetwork.write(into:)`, attributes
    /// `target_mean`, `target_sd` in µatm, `features`).
    public func write(into group: HDF5Group) throws {
        try network.write(into: group.createGroup("network"))
        try group.setAttribute("target_mean", .double(targetMean))
        try group.setAttribute("target_sd", .double(targetStandardDeviation))
        try group.setAttribute("features", .strings(PCO2Features.names))
        try group.setAttribute("units", .string("uatm"))
    }

    /// Reads an emulator written by `write(into:)`.
    /// - Throws: `HDF5Error`/`LearnError` naming the file, or `LearnError` when the features or scaling are not this emulator's.
    public init(reading group: HDF5Group, file: String) throws {
        let network = try DenseNetwork(reading: group.openGroup("network"), file: file)
        guard case .double(let mean)? = try group.attribute("target_mean"), case .double(let sd)? = try group.attribute("target_sd"),
              case .strings(let names)? = try group.attribute("features"), names == PCO2Features.names,
              network.inputCount == PCO2Features.count, network.outputCount == 1, sd > 0 else {
            throw LearnError(location: "\(file):\(group.path)",
                             reason: "not an ocean pCO2 emulator: needs attributes target_mean, target_sd > 0 and features \(PCO2Features.names)")
        }
        self.init(network: network, targetMean: mean, targetStandardDeviation: sd)
    }
}
