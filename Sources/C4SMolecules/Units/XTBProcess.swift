import Foundation
import C4SCore

/// One run of the xtb program (GFN2-xTB energy and gradient) on one geometry, in a temporary
/// directory that is removed afterwards, on `threads` OpenMP threads.
struct XTBProcess {
    /// The xtb executable.
    let executable: URL
    /// Seconds after which the process is killed.
    let timeout: Double
    /// OpenMP (and BLAS) threads of the process.
    let threads: Int

    /// Runs `xtb unit.xyz --gfn 2 --grad --chrg Q` on `geometry` and reads its `energy` and
    /// `gradient` files; returns the energy in kcal/mol and forces in kcal/mol/Å.
    func run(_ geometry: UnitGeometry) throws -> UnitEvaluation {
        let start = ContinuousClock.now
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("c4s-xtb-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        try Self.xyz(geometry).write(to: directory.appendingPathComponent("unit.xyz"), atomically: true, encoding: .utf8)
        let outputURL = directory.appendingPathComponent("xtb.out")
        try Data().write(to: outputURL)
        let output = try FileHandle(forWritingTo: outputURL)
        defer { try? output.close() }

        let process = Process()
        // xtb keeps large arrays on the stack: proteins of a few hundred atoms crash it under the
        // usual 8 MiB limit, so the shell lifts the limit and then becomes xtb (same process id).
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", #"ulimit -s unlimited 2>/dev/null || ulimit -s "$(ulimit -H -s)"; exec "$0" "$@""#,
                             executable.path, "unit.xyz", "--gfn", "2", "--grad", "--chrg", String(geometry.charge)]
        process.currentDirectoryURL = directory
        var environment = ProcessInfo.processInfo.environment
        for variable in ["OMP_NUM_THREADS", "MKL_NUM_THREADS", "OPENBLAS_NUM_THREADS"] { environment[variable] = String(threads) }
        environment["OMP_STACKSIZE"] = environment["OMP_STACKSIZE"] ?? "512M"
        process.environment = environment
        process.standardOutput = output
        process.standardError = output
        process.standardInput = FileHandle.nullDevice
        let finished = DispatchSemaphore(value: 0)
        process.terminationHandler = { _ in finished.signal() }
        try process.run()
        if finished.wait(timeout: .now() + timeout) == .timedOut {
            kill(process.processIdentifier, SIGKILL)
            finished.wait()
            throw XTBError.timedOut(label: geometry.label, seconds: timeout)
        }
        let tail = { Self.tail(of: outputURL) }
        guard process.terminationReason == .exit, process.terminationStatus == 0,
              let energyText = try? String(contentsOf: directory.appendingPathComponent("energy"), encoding: .utf8),
              let gradientText = try? String(contentsOf: directory.appendingPathComponent("gradient"), encoding: .utf8)
        else {
            throw XTBError.failed(label: geometry.label, status: process.terminationStatus, outputTail: tail())
        }
        do {
            let energy = try TurbomoleResults.energy(energyText)
            let gradient = try TurbomoleResults.gradient(gradientText, atoms: geometry.atoms.count)
            return UnitEvaluation(energy: energy * EnergyUnits.kcalPerMolPerHartree,
                                  forces: gradient.map { -$0 * EnergyUnits.kcalPerMolAngstromPerHartreeBohr },
                                  seconds: WallClock.seconds(since: start))
        } catch {
            throw XTBError.malformedOutput(label: geometry.label, file: error.file, detail: error.detail)
        }
    }

    /// The geometry as an XYZ file (ångström, 10 decimals).
    static func xyz(_ geometry: UnitGeometry) -> String {
        var text = "\(geometry.atoms.count)\n\(geometry.label)\n"
        for (atom, p) in zip(geometry.atoms, geometry.positions) {
            text += "\(atom.element) \(String(format: "%.10f %.10f %.10f", p.x, p.y, p.z))\n"
        }
        return text
    }

    /// The last 20 lines of the file at `url`.
    private static func tail(of url: URL) -> String {
        let text = (try? String(contentsOf: url, encoding: .utf8)) ?? ""
        return text.split(separator: "\n", omittingEmptySubsequences: false).suffix(20).joined(separator: "\n")
    }
}
