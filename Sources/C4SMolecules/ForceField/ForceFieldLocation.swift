import Foundation

/// Finds OpenMM's force-field XML files on this machine.
enum ForceFieldLocation {
    /// Environment variable that overrides the location of `protein.ff14SB.xml`.
    static let ff14SBOverride = "C4S_FF14SB"
    /// Path of ff14SB inside a Python package directory.
    static let ff14SBRelativePaths = ["openmm/app/data/amber14/protein.ff14SB.xml", "simtk/openmm/app/data/amber14/protein.ff14SB.xml"]

    /// The path of `amber14/protein.ff14SB.xml`: `$C4S_FF14SB` when set, otherwise the first copy in
    /// the Python `dist-packages`/`site-packages` directories under /usr/lib, /usr/local/lib and
    /// /usr/lib64 (where Debian's `python3-simtk` installs OpenMM).
    /// - Throws: `ForceFieldError` saying where it looked and that `make setup` installs it.
    static func ff14SB(environment: [String: String] = ProcessInfo.processInfo.environment) throws -> URL {
        let files = FileManager.default
        if let override = environment[ff14SBOverride], !override.isEmpty {
            guard files.fileExists(atPath: override) else {
                throw ForceFieldError("\(ff14SBOverride)=\(override): no such file; it should name OpenMM's amber14/protein.ff14SB.xml")
            }
            return URL(fileURLWithPath: override)
        }
        let packageDirectories = pythonPackageDirectories()
        for directory in packageDirectories {
            for relative in ff14SBRelativePaths {
                let path = directory + "/" + relative
                if files.fileExists(atPath: path) { return URL(fileURLWithPath: path) }
            }
        }
        throw ForceFieldError("""
            the ff14SB force field (OpenMM's amber14/protein.ff14SB.xml) was not found in \
            \(packageDirectories.isEmpty ? "any Python package directory" : packageDirectories.joined(separator: ", ")); \
            `make setup` installs it (Debian package python3-simtk), or set \(ff14SBOverride) to the file's path
            """)
    }

    /// Existing `python3*/dist-packages` and `python3*/site-packages` directories under the system
    /// library prefixes, in a fixed order.
    private static func pythonPackageDirectories() -> [String] {
        let files = FileManager.default
        var directories: [String] = []
        for prefix in ["/usr/lib", "/usr/local/lib", "/usr/lib64"] {
            let pythons = ((try? files.contentsOfDirectory(atPath: prefix)) ?? []).filter { $0.hasPrefix("python3") }.sorted()
            for python in pythons {
                for packages in ["dist-packages", "site-packages"] {
                    let path = "\(prefix)/\(python)/\(packages)"
                    if files.fileExists(atPath: path) { directories.append(path) }
                }
            }
        }
        return directories
    }
}
