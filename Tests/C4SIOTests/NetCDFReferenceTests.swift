import C4SIO
import Foundation
import Testing

/// Values read by this module against independent readers: Python's netCDF4 package when it is
/// installed, and constants recorded from it (and from ncdump) so the check still runs without Python.
struct NetCDFReferenceTests {
    /// Mirror variables covering classic and netCDF-4 files, `_FillValue` + `missing_value`, NaN fill with
    /// `valid_range`, `valid_min`/`valid_max` with identity `scale_factor`/`add_offset`, and a variable with no
    /// attributes at all (default fill).
    static let mirrorVariables: [(file: String, variable: String, stride: Int)] = [
        ("takahashi09/takahashi09-month01.nc", "pCO2_sw", 97),
        ("takahashi09/takahashi09-month01.nc", "SST_t", 89),
        ("takahashi09/takahashi09-month01.nc", "time", 1),
        ("takahashi09/takahashi09-month01.nc", "latitude", 1),
        ("ersstv5-2010-2020.nc", "sst", 997),
        ("ersstv5-2010-2020.nc", "time", 1),
        ("socat2010/20100101_OCF-CO2-GLO-1M-KRG-CLIM.nc", "fCO2_2010_interpolated_pred", 101),
        ("socat2010/20100601_OCF-CO2-GLO-1M-KRG-CLIM.nc", "Tcl_2010", 101),
        ("onedeg_land.nc", "land_proportion", 83),
        ("longhurst-provinces-mask.nc", "sea-mask", 83),
    ]

    @Test("mirror variables agree with netCDF4-python (masked and scaled)",
          .enabled(if: NetCDFTestSupport.hasPythonNetCDF4,
                   "Python netCDF4 is not importable (pip install netCDF4); the recorded-constant test still runs"),
          arguments: 0..<mirrorVariables.count)
    func mirrorAgainstPython(index: Int) throws {
        let (name, variable, stride) = Self.mirrorVariables[index]
        let url = try NetCDFTestSupport.carbonFile(name)
        let reference = try NetCDFReference.read(url, variable: variable, stride: stride)
        let (values, shape) = try NetCDFFile.open(url).readDoubles(variable)
        expectAgreement(values, shape, reference, relativeTolerance: 1e-12, "\(name) \(variable)")
    }

    @Test("the synthetic packing file agrees with netCDF4-python (scale in float32 there: 1e-6)",
          .enabled(if: NetCDFTestSupport.hasPythonNetCDF4 && NetCDFTestSupport.hasNetCDFTools,
                   "Python netCDF4 is not importable or ncgen is missing; NetCDFUnpackingTests still runs"),
          // netCDF4-python masks the default fill -127 of byte variables; the NUG (and this reader) do not.
          arguments: NetCDFUnpackingTests.expected.keys.filter { $0 != "flags" }.sorted())
    func packingAgainstPython(variable: String) throws {
        try NetCDFTestSupport.withTemporaryFolder { folder in
            let url = try NetCDFTestSupport.generate(NetCDFUnpackingTests.cdl, name: "packing", kind: "nc4", in: folder)
            let reference = try NetCDFReference.read(url, variable: variable, stride: 1)
            let (values, shape) = try NetCDFFile.open(url).readDoubles(variable)
            expectAgreement(values, shape, reference, relativeTolerance: 1e-6, variable)
        }
    }

    /// Recorded once with netCDF4 1.7.5 (`np.ma.filled(ds[v][:].astype(np.float64), np.nan)`, flat C-order
    /// indices, `np.nansum`); the pCO2_sw NaN count agrees with the number of `_` in `ncdump -v pCO2_sw`.
    @Test("recorded values and NaN counts from netCDF4-python and ncdump")
    func recordedConstants() throws {
        let takahashi = try NetCDFFile.open(try NetCDFTestSupport.carbonFile("takahashi09/takahashi09-month01.nc"))
        let pCO2 = try takahashi.readDoubles("pCO2_sw").values
        #expect(pCO2.count == 64_800)
        #expect(pCO2.count { $0.isNaN } == 28_571)
        #expect(pCO2[0].isNaN && pCO2[64_799].isNaN)
        #expect(pCO2[32_400] == 387.2124938964844)
        #expect(pCO2[45_000] == 350.60723876953125)
        #expect(pCO2[50_000] == 338.39276123046875)
        #expect(NetCDFReference.close(NetCDFChecksum(pCO2).sum, 12_742_005.785964966, relativeTolerance: 1e-12))

        let ersst = try NetCDFFile.open(try NetCDFTestSupport.carbonFile("ersstv5-2010-2020.nc"))
        let sst = try ersst.readDoubles("sst").values
        #expect(sst.count == 2_050_560)
        // Missing ocean cells hold missing_value -9.96921e36, which is also below valid_range.
        #expect(sst.count { $0.isNaN } == 644_096)
        #expect(sst[0] == Double(Float(-1.8)))
        #expect(sst[8_020] == 28.87980842590332)
        #expect(sst[2_042_560] == 26.992982864379883)
        #expect(sst[964_810].isNaN && sst[2_050_559].isNaN)
        #expect(NetCDFReference.close(NetCDFChecksum(sst).sum, 19_756_415.898429092, relativeTolerance: 1e-12))
        #expect(try ersst.readDoubles("time").values.reduce(0, +) == 10_065_014)

        let socat = try NetCDFFile.open(try NetCDFTestSupport.carbonFile("socat2010/20100101_OCF-CO2-GLO-1M-KRG-CLIM.nc"))
        let fCO2 = try socat.readDoubles("fCO2_2010_interpolated_pred").values
        #expect(fCO2.count { $0.isNaN } == 21_576)
        #expect(fCO2[32_400] == 427.7650146484375)
        #expect(fCO2[45_000] == 339.20001220703125)
        #expect(NetCDFReference.close(NetCDFChecksum(fCO2).sum, 15_948_460.286193848, relativeTolerance: 1e-12))

        let land = try NetCDFFile.open(try NetCDFTestSupport.carbonFile("onedeg_land.nc")).readDoubles("land_proportion").values
        #expect(land.count { $0.isNaN } == 0)
        #expect(NetCDFReference.close(NetCDFChecksum(land).sum, 21_446.249208933674, relativeTolerance: 1e-12))
        let seaMask = try NetCDFFile.open(try NetCDFTestSupport.carbonFile("longhurst-provinces-mask.nc")).readDoubles("sea-mask").values
        #expect(NetCDFChecksum(seaMask) == NetCDFChecksum(nanCount: 0, sum: 75_260))
    }

    private func expectAgreement(_ values: [Double], _ shape: [Int], _ reference: NetCDFReference,
                                 relativeTolerance: Double, _ label: String,
                                 sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(shape == reference.shape, "\(label)", sourceLocation: sourceLocation)
        let checksum = NetCDFChecksum(values)
        #expect(checksum.nanCount == reference.nanCount, "\(label)", sourceLocation: sourceLocation)
        #expect(NetCDFReference.close(checksum.sum, reference.sum, relativeTolerance: max(relativeTolerance, 1e-12)),
                "\(label): sum \(checksum.sum) vs \(reference.sum)", sourceLocation: sourceLocation)
        for sample in reference.samples {
            guard let index = sample[0].map(Int.init), index < values.count else {
                Issue.record("\(label): bad sample \(sample)", sourceLocation: sourceLocation)
                continue
            }
            let expected = sample[1] ?? .nan
            #expect(NetCDFReference.close(values[index], expected, relativeTolerance: relativeTolerance),
                    "\(label)[\(index)]: \(values[index]) vs \(expected)", sourceLocation: sourceLocation)
        }
    }
}
