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

    @Test func molecularFilesAreDescribed() throws {
        let m = Self.mirror.appendingPathComponent("molecules")
        let psf = try BuiltProduct.run(["inspect", m.appendingPathComponent("adk.psf").path])
        #expect(psf.status == 0 && psf.stdout.contains("3341 atoms, 214 residues, 3365 bonds"), "\(psf.stderr)")
        #expect(psf.stdout.contains("total charge -4.0000 e"))
        let dcd = try BuiltProduct.run(["inspect", m.appendingPathComponent("adk_dims.dcd").path,
                                        "--topology", m.appendingPathComponent("adk.psf").path])
        #expect(dcd.stdout.contains("adk_dims.dcd: 98 frames") && dcd.stdout.contains("time 1 … 98 ps, every 1 ps"), "\(dcd.stderr)")
        #expect(dcd.stdout.contains("note: the header announces 500 frames, the file holds 98"))
        let amber = try BuiltProduct.run(["inspect", m.appendingPathComponent("alanine-dipeptide-solvated.mdcrd.bz2").path,
                                          "--topology", m.appendingPathComponent("alanine-dipeptide-solvated.prmtop").path])
        #expect(amber.stdout.contains("11 frames") && amber.stdout.contains("5071 atoms, 1686 residues"), "\(amber.stderr)")
        #expect(amber.stdout.contains("cell (first frame) a 41.123 b 43.772 c 39.271 Å"))
        let h5md = try BuiltProduct.run(["inspect", m.appendingPathComponent("cobrotoxin.h5md").path])
        #expect(h5md.stdout.contains("cobrotoxin.h5md: 3 frames") && h5md.stdout.contains("time 0 … 100 ps"))
    }

    @Test func notAScientificFile() throws {
        let r = try BuiltProduct.run(["inspect", Self.mirror.appendingPathComponent("matrices/karate.mtx").path])
        #expect(r.status != 0)
        #expect(r.stderr.contains("karate.mtx: not an HDF5 or netCDF file (no HDF5 signature, no CDF header) nor a molecular file"))
        let missing = try BuiltProduct.run(["inspect", "/nonexistent/file.h5"])
        #expect(missing.stderr.contains("/nonexistent/file.h5: cannot open the file"))
    }
}
