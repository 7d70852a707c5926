import C4SIO
import Foundation
import Testing

/// Errors name the file, the variable or attribute, and what would be valid.
struct NetCDFErrorTests {
    @Test("a missing file: the path and the system's reason")
    func missingFile() throws {
        let path = "/nonexistent/c4s/no-such-file.nc"
        let error = try #require(throws: NetCDFError.self) { try NetCDFFile.open(URL(fileURLWithPath: path)) }
        #expect(error.message.contains(path))
        #expect(error.message.contains("No such file or directory"))
        #expect(error.status == ENOENT)
    }

    @Test("a file that is not netCDF: the path and libnetcdf's 'Unknown file format'")
    func notNetCDF() throws {
        try NetCDFTestSupport.withTemporaryFolder { folder in
            let url = folder.appendingPathComponent("notes.nc")
            try "Year,Mean\n1979,336.85\n".write(to: url, atomically: true, encoding: .utf8)
            let error = try #require(throws: NetCDFError.self) { try NetCDFFile.open(url) }
            #expect(error.message.contains(url.path))
            #expect(error.message.contains("NetCDF: Unknown file format"))
            #expect(error.status == -51)  // NC_ENOTNC
        }
    }

    @Test("an unknown variable name: the message lists every valid name")
    func unknownVariable() throws {
        let file = try NetCDFFile.open(try NetCDFTestSupport.carbonFile("ersstv5-2010-2020.nc"))
        let error = try #require(throws: NetCDFError.self) { try file.readDoubles("SST") }
        #expect(error.message.contains("'SST'"))
        #expect(error.message.contains("valid names: lat, lon, time, sst"))
        #expect(error.message.contains("ersstv5-2010-2020.nc"))
        #expect(error.status == nil)
    }

    @Test("slices with the wrong rank or outside a dimension name the dimension")
    func badSlices() throws {
        let file = try NetCDFFile.open(try NetCDFTestSupport.carbonFile("ersstv5-2010-2020.nc"))
        let rank = try #require(throws: NetCDFError.self) { try file.readSlice("sst", start: [0, 0], count: [1, 1]) }
        #expect(rank.message.contains("3 dimensions (time, lat, lon)"))
        let outside = try #require(throws: NetCDFError.self) {
            try file.readSlice("sst", start: [127, 0, 0], count: [2, 1, 1])
        }
        #expect(outside.message.contains("dimension 'time' (length 128)"))
        let negative = try #require(throws: NetCDFError.self) {
            try file.readSlice("sst", start: [0, -1, 0], count: [1, 1, 1])
        }
        #expect(negative.message.contains("dimension 'lat'"))
    }

    @Test("reading after close throws; closing twice is harmless")
    func afterClose() throws {
        let file = try NetCDFFile.open(try NetCDFTestSupport.carbonFile("onedeg_land.nc"))
        file.close()
        file.close()
        let error = try #require(throws: NetCDFError.self) { try file.readDoubles("land_proportion") }
        #expect(error.message.contains("after close()"))
        #expect(file.variables.map(\.name) == ["land_proportion"])
    }

    @Test("char variables, malformed scale_factor and valid_range are refused with the attribute's value",
          .enabled(if: NetCDFTestSupport.hasNetCDFTools, "netcdf-bin (ncgen) is not installed"))
    func refusedVariables() throws {
        let cdl = """
            netcdf bad {
            dimensions:
            \tn = 2 ;
            variables:
            \tchar label(n) ;
            \tshort words(n) ;
            \t\twords:scale_factor = "ten" ;
            \tshort pair(n) ;
            \t\tpair:scale_factor = 1., 2. ;
            \tfloat range(n) ;
            \t\trange:valid_range = 0.f, 1.f, 2.f ;
            }
            """
        try NetCDFTestSupport.withTemporaryFolder { folder in
            let file = try NetCDFFile.open(try NetCDFTestSupport.generate(cdl, name: "bad", kind: "classic", in: folder))
            let char = try #require(throws: NetCDFError.self) { try file.readDoubles("label") }
            #expect(char.message.contains("variable 'label' has type char"))
            let words = try #require(throws: NetCDFError.self) { try file.readDoubles("words") }
            #expect(words.message.contains("scale_factor must be one number, found \"ten\""))
            let pair = try #require(throws: NetCDFError.self) { try file.readDoubles("pair") }
            #expect(pair.message.contains("scale_factor must be one number, found 1., 2."))
            let range = try #require(throws: NetCDFError.self) { try file.readFloats("range") }
            #expect(range.message.contains("valid_range must hold two numbers"))
        }
    }

    @Test("variables in netCDF-4 groups are found by path; a wrong path lists the paths",
          .enabled(if: NetCDFTestSupport.hasNetCDFTools, "netcdf-bin (ncgen) is not installed"))
    func groupPaths() throws {
        let cdl = """
            netcdf nested {
            dimensions:
            \tx = 2 ;
            variables:
            \tint top(x) ;
            data:
             top = 1, 2 ;
            group: inner {
              dimensions:
              \ty = 3 ;
              variables:
              \tdouble v(x, y) ;
              \t\tv:units = "m s-1" ;
              \t\tv:scale_factor = 2. ;
              data:
               v = 1, 2, 3, 4, 5, 6 ;
              group: deepest {
                variables:
                \tfloat w(y) ;
                data:
                 w = 7, 8, 9 ;
                } // group deepest
              } // group inner
            }
            """
        try NetCDFTestSupport.withTemporaryFolder { folder in
            let file = try NetCDFFile.open(try NetCDFTestSupport.generate(cdl, name: "nested", kind: "nc4", in: folder))
            let inner = try file.variable("inner/v")
            #expect(inner.dimensions == ["x", "y"] && inner.shape == [2, 3] && inner.units == "m s-1")
            #expect(file.groups.first?.dimensions == [NetCDFDimension(name: "y", length: 3, isUnlimited: false)])
            #expect(try file.readDoubles("inner/v").values == [2, 4, 6, 8, 10, 12])
            #expect(try file.readSlice("/inner/v", start: [1, 1], count: [1, 2]).values == [10, 12])
            #expect(try file.readDoubles("/inner/deepest/w").values == [7, 8, 9])
            let error = try #require(throws: NetCDFError.self) { try file.variable("deepest/w") }
            #expect(error.message.contains("valid names: top, inner/v, inner/deepest/w"))
        }
    }
}
