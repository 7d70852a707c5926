import C4SCore
import Foundation
import Testing

@Suite struct InspectTests {
    static let mirror = SharedMirror.directory(forFileIn: #filePath)!

    @Test func takahashiClassicNetCDF() throws {
        let r = try BuiltProduct.run(["inspect", Self.mirror.appendingPathComponent("carbon/takahashi09/takahashi09-month01.nc").path])
        #expect(r.status == 0, "\(r.stderr)")
        for line in ["netcdf takahashi09-month01 {", "latitude = 180 ;", "longitude = 360 ;",
                     "float pCO2_sw(time, latitude, longitude) ;", "pCO2_sw:_FillValue = -999.f ;",
                     "float CO2flux(time, latitude, longitude) ;"] {
            #expect(r.stdout.contains(line), "missing: \(line)")
        }
    }

    @Test func ersstNetCDF4() throws {
        let r = try BuiltProduct.run(["inspect", Self.mirror.appendingPathComponent("carbon/ersstv5-2010-2020.nc").path])
        #expect(r.status == 0, "\(r.stderr)")
        for line in ["time = UNLIMITED ; // (128 currently)", "lat = 89 ;", "lon = 180 ;", "float sst(time, lat, lon) ;",
                     "sst:units = \"degC\" ;", "time:units = \"days since 1800-01-01\" ;"] {
            #expect(r.stdout.contains(line), "missing: \(line)")
        }
    }

    @Test func cobrotoxinH5MD() throws {
        let r = try BuiltProduct.run(["inspect", Self.mirror.appendingPathComponent("molecules/cobrotoxin.h5md").path])
        #expect(r.status == 0, "\(r.stderr)")
        for text in ["/h5md", "/particles", "position/value", "velocity/value", "force/value", "box"] {
            #expect(r.stdout.contains(text), "missing: \(text)")
        }
    }

    @Test func notAScientificFile() throws {
        let r = try BuiltProduct.run(["inspect", Self.mirror.appendingPathComponent("matrices/karate.mtx").path])
        #expect(r.status != 0)
        #expect(r.stderr.contains("karate.mtx: not an HDF5 or netCDF file"))
        let missing = try BuiltProduct.run(["inspect", "/nonexistent/file.h5"])
        #expect(missing.stderr.contains("/nonexistent/file.h5: cannot open the file"))
    }
}
