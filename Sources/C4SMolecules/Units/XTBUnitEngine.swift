import Foundation
import Synchronization

/// GFN2-xTB (Bannwarth, Ehlert, Grimme 2019) through the `xtb` program: each geometry runs as its
/// own xtb process of `threadsPerProcess` OpenMP threads (1 for units), `workers` processes at a
/// time, with results cached by geometry.
public struct XTBUnitEngine: UnitEngine {
    public let name = "xtb"
    /// The xtb executable found on PATH.
    public let executable: URL
    /// Number of xtb processes run at once.
    public let workers: Int
    /// Seconds after which one xtb process is killed and its geometry reported as timed out.
    public let timeout: Double
    /// OpenMP threads of each xtb process.
    public let threadsPerProcess: Int
    private let cache: UnitResultCache

    /// An engine running the `xtb` found on `path` (default: the PATH environment variable).
    /// Throws `XTBError.notInstalled` when there is none.
    /// - Precondition: `workers >= 1`, `threadsPerProcess >= 1`, `timeout > 0`, `cacheCapacity >= 0`.
    public init(workers: Int = ProcessInfo.processInfo.activeProcessorCount, threadsPerProcess: Int = 1,
                timeout: Double = 600, cacheCapacity: Int = 4096, path: String? = nil) throws {
        precondition(workers >= 1 && threadsPerProcess >= 1 && timeout > 0, "XTBUnitEngine: workers >= 1, threadsPerProcess >= 1 and timeout > 0")
        let searched = path ?? ProcessInfo.processInfo.environment["PATH"] ?? ""
        let candidates = searched.split(separator: ":").map { URL(fileURLWithPath: String($0)).appendingPathComponent("xtb") }
        guard let found = candidates.first(where: { FileManager.default.isExecutableFile(atPath: $0.path) }) else {
            throw XTBError.notInstalled(searched: searched)
        }
        executable = found
        self.workers = workers
        self.timeout = timeout
        self.threadsPerProcess = threadsPerProcess
        cache = UnitResultCache(capacity: cacheCapacity)
    }

    /// GFN2-xTB energy (kcal/mol) and forces (kcal/mol/Å) of every geometry, in order; cached
    /// geometries are not recomputed. Throws the first `XTBError` (or error of `progress`); geometries
    /// not yet started then are skipped.
    public func evaluate(_ geometries: [UnitGeometry], progress: @escaping @Sendable (Int) throws -> Void) throws -> [UnitEvaluation] {
        let runner = XTBProcess(executable: executable, timeout: timeout, threads: threadsPerProcess)
        let state = Mutex<(next: Int, done: Int, results: [UnitEvaluation?], failure: (any Error)?)>(
            (0, 0, Array(repeating: nil, count: geometries.count), nil))
        DispatchQueue.concurrentPerform(iterations: min(workers, max(geometries.count, 1))) { _ in
            while let i = state.withLock({ s -> Int? in
                guard s.failure == nil, s.next < geometries.count else { return nil }
                defer { s.next += 1 }
                return s.next
            }) {
                let key = UnitResultCache.Key(method: "gfn2", geometry: geometries[i])
                let outcome = Result { try cache.result(for: key) ?? runner.run(geometries[i]) }
                if case .success(let result) = outcome { cache.store(result, for: key) }
                let done = state.withLock { s -> Int in
                    switch outcome {
                    case .success(let result): s.results[i] = result
                    case .failure(let error): s.failure = s.failure ?? error
                    }
                    s.done += 1
                    return s.done
                }
                do { try progress(done) } catch { state.withLock { $0.failure = $0.failure ?? error } }
            }
        }
        return try state.withLock { s in
            if let failure = s.failure { throw failure }
            return s.results.map { $0! }
        }
    }
}
