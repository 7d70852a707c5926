import Foundation

/// Values read by Python's netCDF4 package (an independent reader over its own bundled libnetcdf) for
/// comparison: shape, NaN count, sum of the non-NaN values, and every `stride`-th value.
struct NetCDFReference: Decodable, Sendable {
    let shape: [Int]
    let nanCount: Int
    let sum: Double
    /// Pairs of flat index and value (nil where netCDF4 returns a masked value).
    let samples: [[Double?]]

    /// The script: masks and scales as `netCDF4.Dataset` does by default, prints one JSON object.
    private static let script = """
        import json, sys, warnings
        import numpy as np
        import netCDF4
        warnings.simplefilter("ignore")
        path, name, stride = sys.argv[1], sys.argv[2], int(sys.argv[3])
        with netCDF4.Dataset(path) as ds:
            data = np.ma.filled(np.ma.asarray(ds[name][:]).astype(np.float64), np.nan)
        flat = data.ravel()
        samples = [[i, None if np.isnan(flat[i]) else float(flat[i])] for i in range(0, flat.size, stride)]
        print(json.dumps({"shape": list(data.shape), "nanCount": int(np.isnan(flat).sum()),
                          "sum": float(np.nansum(flat)), "samples": samples}))
        """

    /// Runs the script on variable `name` of `url`.
    static func read(_ url: URL, variable name: String, stride: Int) throws -> NetCDFReference {
        let output = try NetCDFTestSupport.run("/usr/bin/env", ["python3", "-c", script, url.path, name, String(stride)])
        return try JSONDecoder().decode(NetCDFReference.self, from: Data(output.utf8))
    }

    /// True when both arrays have the same NaNs and the other values agree within `relativeTolerance`
    /// (relative to the larger magnitude, with 1e-12 absolute slack around zero).
    static func sameValues(_ mine: [Double], _ theirs: [Double], relativeTolerance: Double) -> Bool {
        mine.count == theirs.count && zip(mine, theirs).allSatisfy { close($0, $1, relativeTolerance: relativeTolerance) }
    }

    /// Whether `a` and `b` are both NaN or agree within `relativeTolerance`.
    static func close(_ a: Double, _ b: Double, relativeTolerance: Double) -> Bool {
        if a.isNaN || b.isNaN { return a.isNaN && b.isNaN }
        return abs(a - b) <= max(1e-12, relativeTolerance * max(abs(a), abs(b)))
    }
}
