import C4SIO

extension DenseNetwork {
    /// Writes the network into `group`: `layer_sizes` (int64, L + 1), `activations` (L strings,
    /// `Activation` raw values) and `parameters` (float64, `parameterCount`, layout of `DenseLayerShape`).
    public func write(into group: HDF5Group) throws {
        try group.writeDataset("layer_sizes", values: layerSizes.map(Int64.init), shape: [layerSizes.count])
        try group.writeStrings("activations", activations.map(\.rawValue))
        let p = try group.writeDataset("parameters", values: parameters, shape: [parameters.count])
        try p.setAttribute("long_name", .string("weights (row-major outputs x inputs) then biases, layer by layer"))
    }

    /// Reads a network written by `write(into:)`.
    /// - Throws: `HDF5Error` when a data set is missing; `LearnError` naming the group when sizes,
    ///   activations or the parameter count are not a valid network.
    public init(reading group: HDF5Group, file: String) throws {
        let location = "\(file):\(group.path)"
        let sizes = try group.readDataset("layer_sizes", as: Int64.self).values.map(Int.init)
        guard sizes.count >= 2, sizes.allSatisfy({ $0 >= 1 }) else {
            throw LearnError(location: location, reason: "layer_sizes \(sizes) must hold at least two positive widths")
        }
        let names = try group.readStrings("activations")
        var activations: [Activation] = []
        for name in names {
            guard let a = Activation(rawValue: name) else {
                throw LearnError(location: location, reason: "unknown activation '\(name)'; valid: \(Activation.allCases.map(\.rawValue).joined(separator: ", "))")
            }
            activations.append(a)
        }
        guard activations.count == sizes.count - 1 else {
            throw LearnError(location: location, reason: "\(activations.count) activations for \(sizes.count - 1) layers")
        }
        let parameters = try group.readDataset("parameters", as: Double.self).values
        let expected = zip(sizes, sizes.dropFirst()).reduce(0) { $0 + ($1.0 + 1) * $1.1 }
        guard parameters.count == expected else {
            throw LearnError(location: location, reason: "\(parameters.count) parameters, layer_sizes \(sizes) need \(expected)")
        }
        guard parameters.allSatisfy(\.isFinite) else {
            throw LearnError(location: location, reason: "parameters contain NaN or infinity")
        }
        self.init(layerSizes: sizes, activations: activations, parameters: parameters)
    }
}
