import C4SCore
import CBLAS
import Foundation

/// Picks OpenBLAS's kernels for this CPU when its own detection fails.
///
/// Debian's OpenBLAS is built with DYNAMIC_ARCH and chooses kernels from the CPU model at load
/// time. In virtual machines that report a generic model ("Intel(R) Xeon(R) Processor") it falls
/// back to Prescott (SSE3) kernels: on the 2-core AVX-512 machine this project is measured on, DGEMM
/// runs at ~21 GFLOP/s instead of ~109 (SkylakeX kernels) or ~70 (Haswell). The choice can only be
/// changed through `OPENBLAS_CORETYPE` before the library loads, so `c4s` sets it and re-executes
/// itself once, before doing anything else.
public enum OpenBLASCoreSelection {
    /// The core type OpenBLAS should use for CPUs with these `/proc/cpuinfo` flags:
    /// `SkylakeX` with AVX-512 F/DQ/BW/VL, `Haswell` with AVX2 and FMA, else nil (keep detection).
    public static func preferredCoreType(cpuFlags: Set<String>) -> String? {
        if cpuFlags.isSuperset(of: ["avx512f", "avx512dq", "avx512bw", "avx512vl"]) { return "SkylakeX" }
        if cpuFlags.isSuperset(of: ["avx2", "fma"]) { return "Haswell" }
        return nil
    }

    /// The flags of the first CPU in `/proc/cpuinfo` (empty when unreadable).
    public static func cpuFlags() -> Set<String> {
        Set((HostInfo.cpuinfoField("flags") ?? "").split(separator: " ").map(String.init))
    }

    /// The core OpenBLAS loaded, e.g. "Prescott" or "SkylakeX" (from `openblas_get_corename`).
    public static var loadedCore: String {
        String(cString: openblas_get_corename())
    }

    /// When `OPENBLAS_CORETYPE` is unset and OpenBLAS loaded weaker kernels than this CPU supports,
    /// sets it and replaces the process with a fresh copy of itself (same arguments and environment
    /// otherwise). Returns normally when nothing needs to change or the re-exec is impossible.
    /// Call first thing in `main`, before any other thread starts.
    public static func reexecWithBestKernelsIfNeeded() {
        let environment = ProcessInfo.processInfo.environment
        guard environment["OPENBLAS_CORETYPE"] == nil,
              let preferred = preferredCoreType(cpuFlags: cpuFlags()),
              loadedCore.lowercased() != preferred.lowercased()
        else { return }
        setenv("OPENBLAS_CORETYPE", preferred, 1)
        let arguments = CommandLine.arguments.map { strdup($0) } + [nil]
        execv("/proc/self/exe", arguments)
        // execv returned: the re-exec failed; go on with the kernels already loaded.
        unsetenv("OPENBLAS_CORETYPE")
        arguments.forEach { free($0) }
    }
}
