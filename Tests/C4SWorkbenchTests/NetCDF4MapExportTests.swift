import C4SWorkbench
import Foundation
import Testing

/// A (time, lat, lon) map exported by `ResultExporter` opens in netCDF4-python (the netCDF-C library's
/// reader, which xarray's default engine uses) with named dimensions and CF coordinate attributes.
@Suite struct NetCDF4MapExportTests {
    @Test func timeLatLonMapOpensInNetCDF4Python() throws {
        let environment = JobEnvironment(catalog: .init(datasets: []), locator: .current(), cacheDirectory: FileManager.default.temporaryDirectory)
        let job = try CountingJob.descriptor.makeJob(arguments: ["n": "1"], environment: environment)
        let (nt, ny, nx) = (3, 4, 8)
        let map = (0..<(nt * ny * nx)).map { Double($0) }
        let result = JobResult(job: job, startedAt: Date(), finishedAt: Date(), samples: [], metrics: [], arrays: [
            ResultArray(name: "pco2", shape: [nt, ny, nx], storage: .float64(map), unit: "uatm", summary: "test map",
                        dimensionNames: ["time", "lat", "lon"]),
            ResultArray(name: "time", shape: [nt], storage: .float64([14610, 14641, 14669]), unit: "days since 1970-01-01 00:00:00",
                        summary: "first day of the month", dimensionNames: ["time"]),
            ResultArray(name: "lat", shape: [ny], storage: .float64([67.5, 22.5, -22.5, -67.5]), unit: "degrees_north",
                        summary: "cell-centre latitude", dimensionNames: ["lat"]),
            ResultArray(name: "lon", shape: [nx], storage: .float64((0..<nx).map { -157.5 + 45 * Double($0) }), unit: "degrees_east",
                        summary: "cell-centre longitude", dimensionNames: ["lon"]),
        ])
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("c4s-nc4-\(UUID().uuidString).h5")
        defer { try? FileManager.default.removeItem(at: url) }
        try ResultExporter().export(result, to: url, group: "maps")
        let script = """
            import sys, netCDF4
            d = netCDF4.Dataset(sys.argv[1])['maps']['data']
            v = d['pco2']
            print(v.dimensions, v.shape, v.units, float(v[2, 3, 7]))
            for c in ('time', 'lat', 'lon'):
                print(c, d[c].standard_name, d[c].axis, d[c].units)
            print(netCDF4.num2date(d['time'][:], d['time'].units)[1].isoformat())
            """
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/python3")
        process.arguments = ["-c", script, url.path]
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        try #require(process.terminationStatus == 0, "netCDF4-python (scripts/setup.sh installs python3-netcdf4) failed")
        #expect(text == """
            ('time', 'lat', 'lon') (3, 4, 8) uatm 95.0
            time time T days since 1970-01-01 00:00:00
            lat latitude Y degrees_north
            lon longitude X degrees_east
            2010-02-01T00:00:00

            """, "\(text)")
    }
}
