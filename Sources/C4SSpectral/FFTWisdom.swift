import C4SCore
import CFFTW
import Foundation

/// FFTW's wisdom: the planner's memory of which algorithms were fastest for which sizes, kinds, efforts and
/// thread counts on this machine. Loading it before planning makes `measure`/`patient` planning of known
/// sizes nearly instant. Wisdom is process-wide; every call here goes through the planner lock.
public enum FFTWisdom {
    /// The file name inside the user cache.
    public static let fileName = "fftw-wisdom.txt"

    /// `fftw-wisdom.txt` in the user cache (`$XDG_CACHE_HOME/c4s`, else `~/.cache/c4s`); not created by this call.
    /// - Parameter environment: reads `XDG_CACHE_HOME` and `HOME`.
    public static func defaultURL(environment: [String: String] = ProcessInfo.processInfo.environment) -> URL {
        UserCache.directory(environment: environment).appendingPathComponent(fileName)
    }

    /// Merges wisdom from `url` into the planner's. Returns false, changing nothing, when the file does not
    /// exist (a first run). - Throws: `SpectralError.wisdomImportFailed` when the file exists but FFTW cannot
    /// read it as wisdom.
    @discardableResult
    public static func load(from url: URL) throws -> Bool {
        guard FileManager.default.fileExists(atPath: url.path) else { return false }
        let ok = FFTWRuntime.withPlanner { fftw_import_wisdom_from_filename(url.path) }
        guard ok != 0 else { throw SpectralError.wisdomImportFailed(path: url.path) }
        return true
    }

    /// Writes all wisdom accumulated in this process to `url`, creating its folder if missing.
    /// - Throws: `SpectralError.wisdomExportFailed` when the folder or file cannot be written.
    public static func save(to url: URL) throws {
        do {
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        } catch {
            throw SpectralError.wisdomExportFailed(path: url.path)
        }
        let ok = FFTWRuntime.withPlanner { fftw_export_wisdom_to_filename(url.path) }
        guard ok != 0 else { throw SpectralError.wisdomExportFailed(path: url.path) }
    }

    /// The wisdom accumulated in this process, in FFTW's text format (starts with `(fftw-3.3`).
    public static func current() -> String {
        FFTWRuntime.withPlanner {
            guard let text = fftw_export_wisdom_to_string() else { return "" }
            defer { fftw_free(text) }
            return String(cString: text)
        }
    }

    /// Drops all wisdom of this process (existing plans keep working).
    public static func forget() {
        FFTWRuntime.withPlanner { fftw_forget_wisdom() }
    }
}
