import C4SCore
import Foundation

/// This machine's measured limits, which benchmarks report fractions of: memory bandwidth from a
/// STREAM triad on one and on all cores, and the DGEMM rate of OpenBLAS on all cores.
///
/// Stored as JSON in the user cache (`machine.json`) by `c4s bench --machine`.
public struct MachineLimits: Codable, Sendable, Equatable {
    /// Triad bandwidth with one thread, GB/s (10^9 bytes/s, STREAM's count of 24 bytes per element).
    public var triadOneCoreGBps: Double
    /// Triad bandwidth with all cores, GB/s.
    public var triadAllCoresGBps: Double
    /// DGEMM rate on all cores, GFLOP/s (2·n³ flops per product).
    public var dgemmGFLOPs: Double
    /// Cores used for the all-core measurements.
    public var cores: Int
    /// CPU model.
    public var cpuModel: String
    /// When it was measured.
    public var measuredAt: Date

    /// Creates a record.
    public init(triadOneCoreGBps: Double, triadAllCoresGBps: Double, dgemmGFLOPs: Double,
                cores: Int, cpuModel: String, measuredAt: Date) {
        self.triadOneCoreGBps = triadOneCoreGBps
        self.triadAllCoresGBps = triadAllCoresGBps
        self.dgemmGFLOPs = dgemmGFLOPs
        self.cores = cores
        self.cpuModel = cpuModel
        self.measuredAt = measuredAt
    }

    /// The file in a cache folder.
    public static func file(in cache: URL) -> URL {
        cache.appendingPathComponent("machine.json")
    }

    /// The stored limits, or nil when `c4s bench --machine` has not run (or the file is unreadable).
    public static func load(from cache: URL) -> MachineLimits? {
        guard let data = try? Data(contentsOf: file(in: cache)) else { return nil }
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        return try? decoder.decode(MachineLimits.self, from: data)
    }

    /// Stores the limits atomically, creating the cache folder if needed.
    public func save(to cache: URL) throws {
        try FileManager.default.createDirectory(at: cache, withIntermediateDirectories: true)
        let encoder = JSONEncoder()
        encoder.dateEncodingStrategy = .iso8601
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        try encoder.encode(self).write(to: Self.file(in: cache), options: .atomic)
    }
}
