import Foundation

/// A plain-text description of molecular files for `c4s inspect`: atoms, residues, elements,
/// bonds, charge and mass of a topology; frames, time span, cells, observables and reader notes
/// of a trajectory.
public enum MolecularSummary {
    /// Describes a topology (atoms, residues, segments, elements, bonds, total charge in e and mass in u).
    public static func describe(_ topology: MolecularTopology) -> String {
        var lines = ["\(topology.source): topology"]
        lines += atomLines(topology.atoms, bonds: topology.bonds.count)
        if topology.atoms.contains(where: { $0.mass > 0 }) {
            let charge = (topology.atoms.reduce(0) { $0 + $1.charge } * 1e4).rounded() / 1e4
            lines.append(String(format: "  total charge %.4f e, total mass %.3f u", charge == 0 ? 0 : charge,
                                topology.atoms.reduce(0) { $0 + $1.mass }))
        }
        return lines.joined(separator: "\n")
    }

    /// Describes frames: the atoms, then frame count, times (ps), cells, observables and notes.
    public static func describe(_ frames: MolecularFrames) -> String {
        var lines = ["\(frames.source): \(frames.frames.count) frame\(frames.frames.count == 1 ? "" : "s")"]
        lines += atomLines(frames.atoms, bonds: frames.bonds.count)
        if let times = frames.times, let first = times.first, let last = times.last {
            let step = times.count > 1 ? String(format: ", every %.6g ps", (last - first) / Double(times.count - 1)) : ""
            lines.append(String(format: "  time %.6g … %.6g ps", first, last) + step)
        } else {
            lines.append("  time: not recorded")
        }
        if let cell = frames.cells?.first {
            lines.append(String(format: "  cell (first frame) a %.3f b %.3f c %.3f Å, α %.2f β %.2f γ %.2f°",
                                cell.a, cell.b, cell.c, cell.alpha, cell.beta, cell.gamma))
        }
        for o in frames.observables {
            let finite = o.values.filter(\.isFinite)
            lines.append("  observable \(o.name) [\(o.unit)]: \(o.values.count) values"
                         + (finite.isEmpty ? "" : String(format: ", %.6g … %.6g", finite.min() ?? 0, finite.max() ?? 0)))
        }
        lines += frames.notes.map { "  note: \($0)" }
        return lines.joined(separator: "\n")
    }

    private static func atomLines(_ atoms: [AtomRecord], bonds: Int) -> [String] {
        var residues = 0
        var previous: String?
        for a in atoms {
            let key = "\(a.segment)|\(a.chain)|\(a.residueNumber)|\(a.insertionCode)|\(a.residueName)"
            if key != previous { residues += 1 }
            previous = key
        }
        var counts: [String: Int] = [:]
        for a in atoms { counts[a.element, default: 0] += 1 }
        let elements = counts.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }.map { "\($0.key) \($0.value)" }
        let groups = Set(atoms.map { $0.segment.isEmpty ? $0.chain : $0.segment }).filter { !$0.isEmpty }.sorted()
        let named = atoms.contains { !$0.residueName.isEmpty }
        var lines = ["  \(atoms.count) atoms" + (named ? ", \(residues) residues" : "") + (bonds > 0 ? ", \(bonds) bonds" : "")]
        lines.append("  elements: " + (Array(counts.keys) == ["X"] ? "not in the file (a topology names them)" : elements.joined(separator: ", ")))
        if !groups.isEmpty { lines.append("  chains/segments: " + groups.prefix(20).joined(separator: " ")) }
        return lines
    }
}
