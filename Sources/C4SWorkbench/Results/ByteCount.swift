import Foundation

/// Byte counts as short text with binary prefixes (e.g. `3.5 MiB`).
public enum ByteCount {
    /// The text form of `bytes`.
    public static func text(_ bytes: Int) -> String {
        let units = ["B", "KiB", "MiB", "GiB", "TiB"]
        var value = Double(bytes), i = 0
        while value >= 1024, i < units.count - 1 {
            value /= 1024
            i += 1
        }
        return i == 0 ? "\(bytes) B" : String(format: "%.1f %@", value, units[i])
    }
}
