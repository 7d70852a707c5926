import C4SIO
import C4SLearn
import Foundation

/// An energy surface E(φ, ψ) on the torus, tabulated on n × n nodes φ_i = −180° + 360° i/n,
/// ψ_j = −180° + 360° j/n (node index i·n + j, φ slowest), with periodic bicubic (Catmull–Rom)
/// interpolation between nodes: C¹, exact at the nodes, periodic in both angles.
///
/// The file layout (`write(to:)`): root attributes `format` ("c4s-torus-surface 1") and free-text
/// provenance attributes; data sets `phi` and `psi` (n, degrees), `energy` (n × n, kcal/mol) and, when
/// present, per-node diagnostics `reached_phi`, `reached_psi` (degrees), `rms_gradient` (kcal/(mol·Å))
/// and `iterations` of the relaxation that produced each node.
public struct TorusEnergySurface: Sendable, Equatable {
    /// The format tag written and accepted.
    public static let format = "c4s-torus-surface 1"
    /// Nodes per angle.
    public let nodes: Int
    /// Energy at each node (kcal/mol), index i·n + j.
    public let energy: [Double]
    /// Per-node diagnostics by name (n × n each), e.g. `reached_phi`; may be empty.
    public let diagnostics: [String: [Double]]
    /// Provenance attributes (name → text), e.g. `force_field`, `command`.
    public let provenance: [String: String]

    /// A surface. - Precondition: `nodes >= 4`, `energy.count == nodes²`, every diagnostic has nodes² values.
    public init(nodes: Int, energy: [Double], diagnostics: [String: [Double]] = [:], provenance: [String: String] = [:]) {
        precondition(nodes >= 4 && energy.count == nodes * nodes && diagnostics.values.allSatisfy { $0.count == nodes * nodes },
                     "TorusEnergySurface: nodes >= 4 and nodes² values per array")
        self.nodes = nodes
        self.energy = energy
        self.diagnostics = diagnostics
        self.provenance = provenance
    }

    /// Angle of node k in degrees.
    public func nodeAngle(_ k: Int) -> Double { -180 + 360 * Double(k) / Double(nodes) }

    /// The lowest node energy (kcal/mol).
    public var lowestEnergy: Double { energy.min()! }

    /// Catmull–Rom weights and their derivatives (per unit of the node spacing) at fraction u ∈ [0, 1).
    static func weights(_ u: Double) -> (SIMD4<Double>, SIMD4<Double>) {
        let u2 = u * u, u3 = u2 * u
        let w = SIMD4(-0.5 * u3 + u2 - 0.5 * u, 1.5 * u3 - 2.5 * u2 + 1, -1.5 * u3 + 2 * u2 + 0.5 * u, 0.5 * u3 - 0.5 * u2)
        let dw = SIMD4(-1.5 * u2 + 2 * u - 0.5, 4.5 * u2 - 5 * u, -4.5 * u2 + 4 * u + 0.5, 1.5 * u2 - u)
        return (w, dw)
    }

    /// E (kcal/mol) and ∂E/∂(φ, ψ) (kcal/mol per degree) at any (φ, ψ) in degrees (wrapped onto the torus).
    public func energyAndGradient(_ p: SIMD2<Double>) -> (Double, SIMD2<Double>) {
        let spacing = 360 / Double(nodes)
        let x = (p.x + 180) / spacing, y = (p.y + 180) / spacing
        let fx = x.rounded(.down), fy = y.rounded(.down)
        let (wx, dwx) = Self.weights(x - fx), (wy, dwy) = Self.weights(y - fy)
        let i0 = Int(fx), j0 = Int(fy), n = nodes
        var e = 0.0, ex = 0.0, ey = 0.0
        for a in 0..<4 {
            let i = ((i0 - 1 + a) % n + n) % n
            var row = 0.0, rowDerivative = 0.0
            for b in 0..<4 {
                let value = energy[i * n + ((j0 - 1 + b) % n + n) % n]
                row += wy[b] * value
                rowDerivative += dwy[b] * value
            }
            e += wx[a] * row
            ex += dwx[a] * row
            ey += wx[a] * rowDerivative
        }
        return (e, SIMD2(ex, ey) / spacing)
    }

    /// Writes the surface atomically.
    public func write(to url: URL) throws {
        try HDF5File.writeAtomically(to: url) { file in
            let root = file.root
            try root.setAttribute("format", .string(Self.format))
            for (name, text) in provenance.sorted(by: { $0.key < $1.key }) { try root.setAttribute(name, .string(text)) }
            let angles = (0..<nodes).map(nodeAngle)
            try root.writeDataset("phi", values: angles, shape: [nodes])
            try root.writeDataset("psi", values: angles, shape: [nodes])
            try root.writeDataset("energy", values: energy, shape: [nodes, nodes])
            for (name, values) in diagnostics.sorted(by: { $0.key < $1.key }) {
                try root.writeDataset(name, values: values, shape: [nodes, nodes])
            }
        }
    }

    /// Diagnostics the file format knows.
    public static let diagnosticNames = ["reached_phi", "reached_psi", "rms_gradient", "iterations"]

    /// Reads a file written by `write(to:)`.
    /// - Throws: `HDF5Error` for a missing or unreadable file; `LearnError` naming the file when it is
    ///   not a surface file or its arrays do not form an n × n grid.
    public init(reading url: URL) throws {
        let root = try HDF5File.open(at: url).root
        func fail(_ reason: String) -> LearnError { LearnError(location: url.path, reason: reason) }
        guard case .string(Self.format)? = try root.attribute("format") else {
            throw fail("not a torus energy surface (attribute format must be '\(Self.format)'); make one with `c4s dig surface`")
        }
        let energy = try root.readDataset("energy", as: Double.self)
        guard energy.shape.count == 2, energy.shape[0] == energy.shape[1], energy.shape[0] >= 4, energy.values.allSatisfy(\.isFinite) else {
            throw fail("data set energy must be a square n × n grid (n >= 4) of finite values, got shape \(energy.shape)")
        }
        var diagnostics: [String: [Double]] = [:]
        for name in Self.diagnosticNames where root.contains(name) {
            let values = try root.readDataset(name, as: Double.self).values
            guard values.count == energy.values.count else { throw fail("data set \(name) must have the shape of energy") }
            diagnostics[name] = values
        }
        var provenance: [String: String] = [:]
        for name in try root.attributeNames() where name != "format" {
            if case .string(let text)? = try root.attribute(name) { provenance[name] = text }
        }
        self.init(nodes: energy.shape[0], energy: energy.values, diagnostics: diagnostics, provenance: provenance)
    }
}
