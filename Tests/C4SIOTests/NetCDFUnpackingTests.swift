import C4SIO
import Foundation
import Testing

/// Masking and unpacking on a synthetic file made with `ncgen`, with expected values worked out by hand
/// from the netCDF Users Guide conventions (and checked against netCDF4-python in NetCDFReferenceTests).
@Suite(.enabled(if: NetCDFTestSupport.hasNetCDFTools, "netcdf-bin (ncgen) is not installed"))
struct NetCDFUnpackingTests {
    static let cdl = """
        netcdf packing {
        dimensions:
        \tn = 6 ;
        variables:
        \tshort packed(n) ;
        \t\tpacked:scale_factor = 0.5 ;
        \t\tpacked:add_offset = 100. ;
        \t\tpacked:_FillValue = -32767s ;
        \t\tpacked:missing_value = -1s ;
        \t\tpacked:valid_range = -1000s, 1000s ;
        \tshort tenths(n) ;
        \t\ttenths:scale_factor = 0.1f ;
        \tfloat plain(n) ;
        \tfloat ranged(n) ;
        \t\tranged:valid_min = 0.f ;
        \t\tranged:valid_max = 10.f ;
        \t\tranged:missing_value = 5.f, 6.f ;
        \tint unsafe(n) ;
        \t\tunsafe:valid_min = 1.5 ;
        \t\tunsafe:_FillValue = 7 ;
        \tdouble dfill(n) ;
        \t\tdfill:_FillValue = NaN ;
        \t\tdfill:valid_max = 1.e+300 ;
        \tshort kelvin(n) ;
        \t\tkelvin:add_offset = 273.15 ;
        \t\tkelvin:units = "K" ;
        \tbyte flags(n) ;
        data:
         packed = -32767, -1, 0, 2, 1001, -1000 ;
         tenths = 1, 2, _, -5, 0, 32767 ;
         plain = 1.5, _, 9.96921e+36, -2, 0, 3 ;
         ranged = -0.5, 0, 5, 6, 10, 10.5 ;
         unsafe = 1, 7, 0, -3, 2, 3 ;
         dfill = NaN, 1, 2, 1e301, -1e301, 0 ;
         kelvin = 0, 1, -1, 10, _, 100 ;
         flags = -127, 0, 1, 127, -128, 5 ;
        }
        """

    /// The values each variable must read as (NaN = missing).
    static let expected: [String: [Double]] = [
        // fill, missing_value -1, 0*0.5+100, 2*0.5+100, 1001 above valid_range, -1000*0.5+100
        "packed": [.nan, .nan, 100, 101, .nan, -400],
        // scale 0.1f is the float nearest 0.1; `_` in the data is the default short fill, masked
        "tenths": [Double(Float(0.1)), 2 * Double(Float(0.1)), .nan, -5 * Double(Float(0.1)), 0, 32767 * Double(Float(0.1))],
        // no _FillValue: the default float fill 9.96921e+36 (written twice, once as `_`) is missing
        "plain": [1.5, .nan, .nan, -2, 0, 3],
        // below valid_min, in range, missing 5 and 6, in range, above valid_max
        "ranged": [.nan, 0, .nan, .nan, 10, .nan],
        // valid_min 1.5 cannot be an int: ignored; the fill value 7 is missing
        "unsafe": [1, .nan, 0, -3, 2, 3],
        // NaN fill, 1e301 above valid_max
        "dfill": [.nan, 1, 2, .nan, -1e301, 0],
        // offset only; `_` is the default short fill
        "kelvin": [273.15, 274.15, 272.15, 283.15, .nan, 373.15],
        // bytes have no default fill: -127 is a value
        "flags": [-127, 0, 1, 127, -128, 5],
    ]

    @Test("fill, missing_value, valid_min/max/range, scale_factor and add_offset", arguments: ["classic", "nc4"])
    func unpacking(kind: String) throws {
        try NetCDFTestSupport.withTemporaryFolder { folder in
            let file = try NetCDFFile.open(try NetCDFTestSupport.generate(Self.cdl, name: "packing", kind: kind, in: folder))
            for (name, values) in Self.expected.sorted(by: { $0.key < $1.key }) {
                let read = try file.readDoubles(name)
                #expect(read.shape == [6], "\(name)")
                #expect(NetCDFReference.sameValues(read.values, values, relativeTolerance: 1e-12), "\(name): \(read.values)")
                let floats = try file.readFloats(name).values
                #expect(floats.elementsEqual(values) { $0 == Float($1) || ($0.isNaN && $1.isNaN) }, "\(name)")
            }
            #expect(try file.variable("kelvin").units == "K")
            let slice = try file.readSlice("packed", start: [2], count: [3])
            #expect(slice.shape == [3])
            #expect(NetCDFReference.sameValues(slice.values, [100, 101, .nan], relativeTolerance: 0))
        }
    }
}
