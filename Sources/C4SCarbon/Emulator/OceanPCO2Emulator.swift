import C4SIO
import C4SLearn
import Foundation

/// A dense network (C4SLearn) mapping `PCO2Features` to the sea-air difference pCO₂,sw − pCO₂,air (µatm),
/// trained on standardised targets: ΔpCO₂ = mean + sd · output; pCO₂,sw = pCO₂,air + ΔpCO₂.
public struct OceanPCO2Emulator: Sendable, Equatable {
    /// The network's inputs.
    public let featureSet: PCO2Features
    /// The network, `featureSet.count` inputs, one output.
    public let network: DenseNetwork
    /// Mean of the training targets ΔpCO₂, µatm.
    public let targetMean: Double
    /// Standard deviation of the training targets ΔpCO₂, µatm.
    public let targetStandardDeviation: Double

    /// An emulator from a network and its target scaling.
    /// - Precondition: the network has `featureSet.count` inputs and 1 output; sd > 0.
    public init(featureSet: PCO2Features, network: DenseNetwork, targetMean: Double, targetStandardDeviation: Double) {
        precondition(network.inputCount == featureSet.count && network.outputCount == 1 && targetStandardDeviation > 0,
                     "OceanPCO2Emulator: network must map \(featureSet.count) features to one value")
        self.featureSet = featureSet
        self.network = network
        self.targetMean = targetMean
        self.targetStandardDeviation = targetStandardDeviation
    }

    /// Trains a network of the given hidden widths (SiLU) on the rows `training` (target pCO₂,sw − pCO₂,air),
    /// stopping early on `validation`.
    /// - Parameters: onEpoch: called after every epoch (may throw to stop).
    /// - Returns: the emulator with the best validation parameters, and the training report (losses in standardised units²).
    public static func train(_ data: PCO2TrainingSet, training: [Int], validation: [Int], hidden: [Int],
                             configuration: TrainingConfiguration, onEpoch: (TrainingEpoch) throws -> Void = { _ in }) throws
        -> (OceanPCO2Emulator, TrainingReport) {
        let width = data.featureSet.count
        let (trainFeatures, trainSea, trainAir) = data.subset(training)
        let trainTargets = zip(trainSea, trainAir).map { $0 - $1 }
        let mean = trainTargets.reduce(0, +) / Double(trainTargets.count)
        let sd = (trainTargets.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / Double(trainTargets.count)).squareRoot()
        let trainRows = RegressionData(inputs: trainFeatures, targets: trainTargets.map { ($0 - mean) / sd },
                                       inputCount: width, outputCount: 1)
        let (validationFeatures, validationSea, validationAir) = data.subset(validation)
        let validationTargets = zip(validationSea, validationAir).map { $0 - $1 }
        let validationRows = RegressionData(inputs: validationFeatures, targets: validationTargets.map { ($0 - mean) / sd },
                                            inputCount: width, outputCount: 1)
        var network = DenseNetwork(layerSizes: [width] + hidden + [1], hidden: .silu, seed: configuration.seed)
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
        return (OceanPCO2Emulator(featureSet: data.featureSet, network: network, targetMean: mean, targetStandardDeviation: sd), report)
    }

    /// pCO₂,sw in µatm for feature rows (row-major, `featureSet.count` per row) over air of pCO₂ `air` (µatm, one per row).
    public func seaPCO2(_ features: [Double], air: [Double]) -> [Double] {
        zip(seaMinusAir(features), air).map { $0 + $1 }
    }

    /// ΔpCO₂ = pCO₂,sw − pCO₂,air in µatm for feature rows (row-major, `featureSet.count` per row), evaluated in chunks.
    public func seaMinusAir(_ features: [Double]) -> [Double] {
        let width = featureSet.count, rows = features.count / width, chunk = 8192
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
    /// `target_mean`, `target_sd` in µatm of `target`, `features`, and with Fourier features of position
    /// `fourier_count`, `fourier_scale`, `fourier_seed`).
    public func write(into group: HDF5Group) throws {
        if let fourier = featureSet.fourier {
            try group.setAttribute("fourier_count", .int(Int64(fourier.count)))
            try group.setAttribute("fourier_scale", .double(fourier.scale))
            try group.setAttribute("fourier_seed", .int(Int64(bitPattern: fourier.seed)))
        }
        try network.write(into: group.createGroup("network"))
        try group.setAttribute("target_mean", .double(targetMean))
        try group.setAttribute("target_sd", .double(targetStandardDeviation))
        try group.setAttribute("features", .strings(featureSet.names))
        try group.setAttribute("target", .string("pco2_sw - pco2_air"))
        try group.setAttribute("units", .string("uatm"))
    }

    /// Reads an emulator written by `write(into:)`.
    /// - Throws: `HDF5Error`/`LearnError` naming the file, or `LearnError` when the features or scaling are not this emulator's.
    public init(reading group: HDF5Group, file: String) throws {
        let network = try DenseNetwork(reading: group.openGroup("network"), file: file)
        var fourier: PositionFourierEncoding?
        if case .int(let count)? = try group.attribute("fourier_count") {
            guard count >= 1, case .double(let scale)? = try group.attribute("fourier_scale"), scale > 0,
                  case .int(let seed)? = try group.attribute("fourier_seed") else {
                throw LearnError(location: "\(file):\(group.path)",
                                 reason: "fourier_count \(count) needs fourier_count >= 1, fourier_scale > 0 (double) and fourier_seed (integer)")
            }
            fourier = PositionFourierEncoding(count: Int(count), scale: scale, seed: UInt64(bitPattern: seed))
        }
        guard case .double(let mean)? = try group.attribute("target_mean"), case .double(let sd)? = try group.attribute("target_sd"),
              case .strings(let names)? = try group.attribute("features"), let featureSet = PCO2Features(names: names, fourier: fourier),
              case .string("pco2_sw - pco2_air")? = try group.attribute("target"),
              network.inputCount == featureSet.count, network.outputCount == 1, sd > 0 else {
            throw LearnError(location: "\(file):\(group.path)",
                             reason: "not an ocean pCO2 emulator: needs attributes target = 'pco2_sw - pco2_air', target_mean, target_sd > 0 and features \(PCO2Features(includesCO2: true, includesProduct: true).names) (xco2 and the product columns optional, fourier_sin_j/fourier_cos_j after the month with fourier_count) matching the network")
        }
        self.init(featureSet: featureSet, network: network, targetMean: mean, targetStandardDeviation: sd)
    }
}
