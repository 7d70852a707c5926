import C4SIO
import C4SLearn
import Foundation

extension MLUnitPotential {
    /// Value of the root attribute `format` of a potential file.
    public static let format = "c4s-ml-unit-potential"

    /// Writes the potential atomically (an existing file is replaced only once the new one is
    /// complete): root attributes `format`, `elements`, the `aev` group (cutoffs, widths, ζ as
    /// attributes; shift lists as data sets), `self_energies` (kcal/mol, 5), and per element a group
    /// `networks/E` with the network (`DenseNetwork.write(into:)`), `feature_mean` and `feature_scale`;
    /// provenance entries as string attributes of `provenance`.
    public func write(to url: URL) throws {
        try HDF5File.writeAtomically(to: url) { file in
            let root = file.root
            try root.setAttribute("format", .string(Self.format))
            try root.setAttribute("elements", .strings(AEVParameters.elements))
            try root.setAttribute("energy_unit", .string("kcal/mol"))
            try root.setAttribute("length_unit", .string("angstrom"))
            let a = try root.createGroup("aev")
            try a.setAttribute("radial_cutoff", .double(aev.radialCutoff))
            try a.setAttribute("radial_eta", .double(aev.radialEta))
            try a.setAttribute("angular_cutoff", .double(aev.angularCutoff))
            try a.setAttribute("angular_eta", .double(aev.angularEta))
            try a.setAttribute("zeta", .double(aev.zeta))
            try a.writeDataset("radial_shifts", values: aev.radialShifts, shape: [aev.radialShifts.count])
            try a.writeDataset("angle_shifts", values: aev.angleShifts, shape: [aev.angleShifts.count])
            try a.writeDataset("angular_shifts", values: aev.angularShifts, shape: [aev.angularShifts.count])
            try root.writeDataset("self_energies", values: selfEnergies, shape: [selfEnergies.count])
            let networksGroup = try root.createGroup("networks")
            for (e, element) in AEVParameters.elements.enumerated() {
                let g = try networksGroup.createGroup(element)
                try networks[e].write(into: g)
                try g.writeDataset("feature_mean", values: featureMean[e], shape: [aev.length])
                try g.writeDataset("feature_scale", values: featureScale[e], shape: [aev.length])
            }
            let p = try root.createGroup("provenance")
            for (key, value) in provenance.sorted(by: { $0.key < $1.key }) { try p.setAttribute(key, .string(value)) }
        }
    }

    /// Reads a file written by `write(to:)`.
    /// - Throws: `HDF5Error` for a missing or unreadable file or object; `MLPotentialError` naming the
    ///   file when it is not a potential file or its shapes disagree.
    public init(reading url: URL) throws {
        let file = try HDF5File.open(at: url)
        let root = file.root, path = url.path
        func fail(_ reason: String) -> MLPotentialError { MLPotentialError(reason: "\(path): \(reason)") }
        guard case .string(Self.format)? = try root.attribute("format") else {
            throw fail("not an ML unit potential (root attribute format must be '\(Self.format)'); train one with `c4s unit-potential train`")
        }
        guard case .strings(AEVParameters.elements)? = try root.attribute("elements") else {
            throw fail("elements must be \(AEVParameters.elements)")
        }
        let a = try root.openGroup("aev")
        func number(_ name: String) throws -> Double {
            guard case .double(let v)? = try a.attribute(name), v > 0 else { throw fail("/aev lacks positive attribute \(name)") }
            return v
        }
        func shifts(_ name: String) throws -> [Double] {
            let v = try a.readDataset(name, as: Double.self).values
            guard !v.isEmpty else { throw fail("/aev/\(name) is empty") }
            return v
        }
        let aev = AEVParameters(radialCutoff: try number("radial_cutoff"), radialEta: try number("radial_eta"),
                                radialShifts: try shifts("radial_shifts"), angularCutoff: try number("angular_cutoff"),
                                angularEta: try number("angular_eta"), zeta: try number("zeta"),
                                angleShifts: try shifts("angle_shifts"), angularShifts: try shifts("angular_shifts"))
        let selfEnergies = try root.readDataset("self_energies", as: Double.self).values
        guard selfEnergies.count == AEVParameters.elementCount else { throw fail("self_energies needs \(AEVParameters.elementCount) values") }
        var networks: [DenseNetwork] = [], means: [[Double]] = [], scales: [[Double]] = []
        for element in AEVParameters.elements {
            let g = try root.openGroup("networks").openGroup(element)
            let network = try DenseNetwork(reading: g, file: path)
            let mean = try g.readDataset("feature_mean", as: Double.self).values
            let scale = try g.readDataset("feature_scale", as: Double.self).values
            guard network.inputCount == aev.length, network.outputCount == 1, mean.count == aev.length, scale.count == aev.length,
                  scale.allSatisfy({ $0 > 0 }) else {
                throw fail("/networks/\(element) must map \(aev.length) features to 1 output with \(aev.length) means and positive scales")
            }
            networks.append(network)
            means.append(mean)
            scales.append(scale)
        }
        var provenance: [String: String] = [:]
        if root.contains("provenance") {
            let p = try root.openGroup("provenance")
            for name in try p.attributeNames() {
                if case .string(let v)? = try p.attribute(name) { provenance[name] = v }
            }
        }
        self.init(aev: aev, selfEnergies: selfEnergies, networks: networks, featureMean: means, featureScale: scales, provenance: provenance)
    }
}
