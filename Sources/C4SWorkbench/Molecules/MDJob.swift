import C4SCore
import C4SIO
import C4SMolecules
import Foundation

/// Molecular dynamics of a protein in vacuum on the ff14SB, assembled GFN2-xTB or whole-molecule
/// GFN2-xTB surface: Langevin BAOAB (NVT) or velocity Verlet (NVE) from seeded Maxwell–Boltzmann
/// velocities, written to an H5MD trajectory (positions, velocities, forces, energies, temperature)
/// that is flushed every `flush` frames, so a stopped or killed run keeps its frames.
///
/// Samples: one at most every half second, work = MD steps, observations `step`, `steps`,
/// `temperature` (K), `total_energy` and `potential_energy` (kcal/mol). Metrics: steps, frames,
/// time per step, energy drift, mean temperature. Arrays: the recorded frames' time and observables.
public struct MDJob: Job {
    /// The job kind `md`.
    public static let descriptor = JobDescriptor(
        id: "md",
        title: "Molecular dynamics (Langevin BAOAB or velocity Verlet) to an H5MD trajectory",
        summary: """
            Langevin (BAOAB, Leimkuhler-Matthews) or NVE velocity Verlet dynamics of a protein in vacuum on \
            ff14SB molecular mechanics (mm), GFN2-xTB on its AI2BMD units assembled (xtb) or GFN2-xTB on the \
            whole protein (xtb-whole), or the machine-learned unit potential on its units assembled (ml). Units: A, fs, kcal/mol, u; masses from ff14SB's atom types; \
            temperature over 3N-3 degrees of freedom (centre-of-mass motion removed). The trajectory is H5MD \
            (open it in the Molecules pane), flushed every few frames so an interrupted run keeps its frames.
            """,
        parameters: [
            ParameterSpec("structure", "molecule dataset id (chignolin), its file name (chig) or a PDB path", kind: .text,
                          default: .string("chignolin")),
            ParameterSpec("frame", "model of a multi-model PDB file, from 0", kind: .int(0...1_000_000), default: .int(0)),
            ParameterSpec("engine", "mm (ff14SB), xtb (GFN2-xTB units assembled), xtb-whole (GFN2-xTB, whole protein) or ml (ML unit potential, assembled)",
                          kind: .choice(MDEngine.allCases.map(\.rawValue)), default: .string("mm")),
            ParameterSpec("integrator", "langevin (BAOAB, NVT) or verlet (velocity Verlet, NVE)",
                          kind: .choice(["langevin", "verlet"]), default: .string("langevin")),
            ParameterSpec("steps", "MD steps", kind: .int(0...1_000_000_000), default: .int(1000)),
            ParameterSpec("dt", "time step with unit, e.g. 0.5fs, 1fs or 0.001ps (fs when no unit), up to 5 fs",
                          kind: .text, default: .string("0.5fs")),
            ParameterSpec("temperature", "bath and initial-velocity temperature in K", kind: .double(0...10_000), default: .double(300)),
            ParameterSpec("friction", "Langevin friction in 1/ps", kind: .double(0...100_000), default: .double(1)),
            ParameterSpec("seed", "seed of the initial velocities and the Langevin noise", kind: .int(0...Int.max), default: .int(1)),
            ParameterSpec("trajectory", "H5MD file to write, or none", kind: .text, default: .string("md.h5")),
            ParameterSpec("every", "record a frame every this many steps", kind: .int(1...1_000_000_000), default: .int(10)),
            ParameterSpec("flush", "flush the trajectory to disk every this many frames", kind: .int(1...1_000_000), default: .int(10)),
            ParameterSpec("replace", "overwrite an existing trajectory file", kind: .bool, default: .bool(false)),
            ParameterSpec("threads", "threads of the MM pair sum or concurrent xtb processes (0 = all cores)",
                          kind: .int(0...4096), default: .int(0)),
            ParameterSpec("potential", "ML unit potential file for --engine ml, or `committed` for datasets/models/ml-unit-potential.h5",
                          kind: .text, default: .string(UnitPotentialLocation.committed)),
            ParameterSpec("max-temperature", "stop when the temperature rises above this (K; 0 = never), e.g. an unstable NVE run",
                          kind: .double(0...1_000_000), default: .double(0)),
        ],
        workUnit: WorkUnit(name: "MD step", throughputLabel: "steps/s", scale: 1),
        make: { parameters, environment in try MDJob(parameters: parameters, environment: environment) })

    /// The descriptor of this job.
    public var descriptor: JobDescriptor { Self.descriptor }
    /// Validated parameters.
    public let parameters: JobParameters
    /// The molecule dataset read, if the structure came from the catalog.
    public var datasets: [DatasetReference] { source.dataset.map { [$0] } ?? [] }
    /// The structure file.
    public let source: MoleculeSource
    /// The time step in fs.
    public let timeStep: Double
    /// The trajectory file; nil for `--trajectory none`.
    public let trajectory: URL?

    /// Resolves the structure and reads the time step.
    /// - Throws: `JobError.failed` for an unknown structure or a malformed time step.
    public init(parameters: JobParameters, environment: JobEnvironment) throws {
        self.parameters = parameters
        source = try MoleculeSource(parameters.string("structure"), environment: environment, job: Self.descriptor.id)
        timeStep = try Self.femtoseconds(parameters.string("dt"))
        let path = parameters.string("trajectory")
        trajectory = path == "none" ? nil : URL(fileURLWithPath: path)
    }

    /// `text` (`0.5fs`, `0.001ps`, `0.5`) in fs.
    /// - Throws: `JobError.failed` naming `--dt` unless it is a number in (0, 5] fs with unit fs, ps or none.
    static func femtoseconds(_ text: String) throws -> Double {
        let trimmed = text.trimmingCharacters(in: .whitespaces).lowercased()
        let (number, scale) = trimmed.hasSuffix("fs") ? (trimmed.dropLast(2), 1.0)
            : trimmed.hasSuffix("ps") ? (trimmed.dropLast(2), 1000.0) : (Substring(trimmed), 1.0)
        guard let value = Double(number.trimmingCharacters(in: .whitespaces)), value > 0, value * scale <= 5 else {
            throw JobError.failed(job: descriptor.id, reason: "--dt \(text): give a time step above 0 and up to 5 fs, e.g. 0.5fs, 1fs or 0.0005ps")
        }
        return value * scale
    }

    /// Builds the potential, runs the dynamics and writes the trajectory.
    /// - Throws: `JobError.failed` for a structure the engine cannot describe, an existing trajectory
    ///   file without `replace`, or an engine failure (the frames written so far are kept);
    ///   `JobError.cancelled` when cancelled, after closing the trajectory with every frame so far.
    public func run(_ context: JobContext) throws -> JobResult {
        let started = Date(), id = descriptor.id
        let setupStart = ContinuousClock.now
        let structure = try source.structure(frame: parameters.int("frame"), job: id)
        let engine = MDEngine(rawValue: parameters.string("engine"))!
        let steps = parameters.int("steps"), every = parameters.int("every"), temperature = parameters.double("temperature")
        var simulation: MDSimulation
        do {
            let forceField = try AmberForceField.ff14SB()
            let system = try MMSystem(structure: structure, forceField: forceField)
            let masses = system.masses(in: forceField)
            let seed = UInt64(parameters.int("seed"))
            let integrator: any MDIntegrator = parameters.string("integrator") == "verlet"
                ? VelocityVerlet(timeStep: timeStep, masses: masses)
                : LangevinBAOAB(timeStep: timeStep, friction: parameters.double("friction"), temperature: temperature,
                                masses: masses, seed: seed &+ 1)
            simulation = try MDSimulation(
                potential: try engine.potential(structure: structure, system: system, threads: parameters.threads(),
                                                mlPotential: parameters.string("potential") == UnitPotentialLocation.committed
                                                    ? nil : URL(fileURLWithPath: parameters.string("potential"))),
                integrator: integrator, masses: masses, positions: structure.positions,
                velocities: MaxwellBoltzmann.velocities(masses: masses, temperature: temperature, seed: seed))
        } catch let error as CustomStringConvertible & Error {
            throw JobError.failed(job: id, reason: error.description)
        }
        let recorder: MDTrajectoryRecorder?
        do {
            recorder = try trajectory.map {
                try MDTrajectoryRecorder(creating: $0, atoms: structure.atoms,
                                         provenance: H5MDProvenance(author: NSUserName(), program: "c4s", programVersion: SoftwareVersion.version),
                                         replacing: parameters.bool("replace"), flushEvery: parameters.int("flush"))
            }
        } catch let error as CustomStringConvertible & Error {
            throw JobError.failed(job: id, reason: "--trajectory \(trajectory?.path ?? ""): \(error.description)")
        }
        let setupSeconds = WallClock.seconds(since: setupStart)
        var series = MDSeries()
        var lastSample = (elapsed: context.elapsed, step: 0)
        let runStart = ContinuousClock.now
        var taken = 0, overheated = false
        let maxTemperature = parameters.double("max-temperature")
        do {
            while taken < steps, !overheated, !context.isCancelled {
                try simulation.run(steps: 1, recordEvery: every) { state, observables in
                    try recorder?.record(state, observables)
                    series.append(state, observables)
                }
                taken += 1
                overheated = maxTemperature > 0 && simulation.observables.temperature > maxTemperature
                if context.elapsed - lastSample.elapsed >= 0.5 || taken == steps || overheated {
                    let observables = simulation.observables
                    context.emit(JobSample(
                        elapsed: context.elapsed, duration: max(context.elapsed - lastSample.elapsed, 1e-9),
                        workUnits: Double(taken - lastSample.step), bytes: 0, label: "step \(taken)",
                        observations: ["step": Double(taken), "steps": Double(steps), "temperature": observables.temperature,
                                       "total_energy": observables.totalEnergy, "potential_energy": observables.potentialEnergy]))
                    lastSample = (context.elapsed, taken)
                }
            }
        } catch let error as CustomStringConvertible & Error {
            try? recorder?.finish()
            throw JobError.failed(job: id, reason: "step \(taken + 1): \(error.description); the trajectory keeps the frames written before")
        }
        let runSeconds = WallClock.seconds(since: runStart)
        do {
            try recorder?.finish()
        } catch let error as CustomStringConvertible & Error {
            throw JobError.failed(job: id, reason: "closing \(trajectory?.path ?? ""): \(error.description)")
        }
        try context.checkCancellation()
        return JobResult(job: self, startedAt: started, finishedAt: Date(), samples: context.allSamples,
                         metrics: metrics(series, simulation: simulation, steps: taken, runSeconds: runSeconds, setupSeconds: setupSeconds,
                                          overheated: overheated),
                         arrays: series.arrays)
    }

    private func metrics(_ series: MDSeries, simulation: MDSimulation, steps: Int, runSeconds: Double, setupSeconds: Double,
                         overheated: Bool) -> [ResultMetric] {
        let atoms = Double(simulation.masses.count)
        let drift = EnergyDrift.slope(times: series.times, values: series.totalEnergies) / atoms
        let meanTemperature = series.temperatures.reduce(0, +) / Double(max(series.temperatures.count, 1))
        let last = simulation.observables
        return [
            ResultMetric("atoms", atoms, unit: "1", summary: "atoms of \(source.url.lastPathComponent)"),
            ResultMetric("steps", Double(steps), unit: "1", summary: "MD steps taken"),
            ResultMetric("frames", Double(series.times.count), unit: "1", summary: "frames recorded (step 0 and every --every steps)"),
            ResultMetric("time_step", timeStep, unit: "fs", summary: "integration time step"),
            ResultMetric("simulated_time", Double(steps) * timeStep / 1000, unit: "ps", summary: "steps × time step"),
            ResultMetric("ms_per_step", steps > 0 ? runSeconds / Double(steps) * 1e3 : 0, unit: "ms",
                         summary: "wall time per step (one energy+force evaluation, integration, recording)"),
            ResultMetric("setup_seconds", setupSeconds, unit: "s", summary: "reading ff14SB, building the system and the potential, first forces"),
            ResultMetric("energy_drift", drift, unit: "kcal/mol/ps/atom",
                         summary: "slope of the least-squares line of the recorded total energy in time, per atom (NVE: should be ~0)"),
            ResultMetric("temperature_mean", meanTemperature, unit: "K", summary: "mean temperature of the recorded frames (3N-3 degrees of freedom)"),
            ResultMetric("potential_energy", last.potentialEnergy, unit: "kcal/mol", summary: "potential energy at the last step"),
            ResultMetric("total_energy", last.totalEnergy, unit: "kcal/mol", summary: "total energy at the last step"),
            ResultMetric("temperature", last.temperature, unit: "K", summary: "temperature at the last step"),
            ResultMetric("overheated", overheated ? 1 : 0, unit: "1",
                         summary: "1 when the run stopped early because the temperature rose above --max-temperature"),
        ]
    }
}
