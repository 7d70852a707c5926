import C4SIO
import Foundation
import Testing

/// `NetCDFHeader.render` against `ncdump -h`, run as an independent reader of the same files.
@Suite(.enabled(if: NetCDFTestSupport.hasNetCDFTools, "netcdf-bin (ncdump, ncgen) is not installed"))
struct NetCDFHeaderTests {
    static let mirrorFiles = [
        "takahashi09/takahashi09-month01.nc",
        "ersstv5-2010-2020.nc",
        "socat2010/20100101_OCF-CO2-GLO-1M-KRG-CLIM.nc",
        "socat2010/20100701_OCF-CO2-GLO-1M-KRG-CLIM.nc",
        "onedeg_land.nc",
        "longhurst-provinces-mask.nc",
    ]

    @Test("render matches ncdump -h line for line on the mirror's files", arguments: mirrorFiles)
    func matchesNcdumpOnMirrorFiles(relativePath: String) throws {
        let url = try NetCDFTestSupport.carbonFile(relativePath)
        let file = try NetCDFFile.open(url)
        let expected = try NetCDFTestSupport.run(NetCDFTestSupport.ncdump, ["-h", url.path])
        expectSameLines(NetCDFHeader.render(file), expected)
    }

    @Test("groups, escaped names, every atomic attribute type and text escapes match ncdump -h")
    func matchesNcdumpOnSyntheticNetCDF4() throws {
        try NetCDFTestSupport.withTemporaryFolder { folder in
            let url = try NetCDFTestSupport.generate(Self.netCDF4CDL, name: "2groups.v1", kind: "nc4", in: folder)
            let file = try NetCDFFile.open(url)
            #expect(file.format == "netCDF-4")
            #expect(file.groups.map(\.name) == ["sub"])
            #expect(file.groups.first?.groups.map(\.path) == ["/sub/deeper"])
            let expected = try NetCDFTestSupport.run(NetCDFTestSupport.ncdump, ["-h", url.path])
            expectSameLines(NetCDFHeader.render(file), expected)
        }
    }

    @Test("text with newlines breaks lines in classic files as ncdump does")
    func classicNewlines() throws {
        try NetCDFTestSupport.withTemporaryFolder { folder in
            let cdl = """
                netcdf lines {
                dimensions:
                \tn = 2 ;
                variables:
                \tdouble v(n) ;
                \t\tv:history = "first\\nsecond\\n" ;
                \t\tv:weird = "tab\\there \\\\ \\"q\\" \\'s\\' \\001" ;
                // global attributes:
                \t\t:empty = "" ;
                \t\t:many = 1.5, -2.25, 1.e+300 ;
                }
                """
            let url = try NetCDFTestSupport.generate(cdl, name: "lines", kind: "classic", in: folder)
            let file = try NetCDFFile.open(url)
            #expect(file.format == "classic")
            let expected = try NetCDFTestSupport.run(NetCDFTestSupport.ncdump, ["-h", url.path])
            expectSameLines(NetCDFHeader.render(file), expected)
        }
    }

    @Test("format names agree with ncdump -k", arguments: ["classic", "64-bit offset", "cdf5", "netCDF-4", "netCDF-4 classic model"])
    func formatNames(kind: String) throws {
        try NetCDFTestSupport.withTemporaryFolder { folder in
            let cdl = "netcdf k {\ndimensions:\n\tx = 1 ;\nvariables:\n\tint v(x) ;\n}\n"
            let url = try NetCDFTestSupport.generate(cdl, name: "k", kind: kind, in: folder)
            let expected = try NetCDFTestSupport.run(NetCDFTestSupport.ncdump, ["-k", url.path])
            #expect(try NetCDFFile.open(url).format == expected.trimmingCharacters(in: .newlines))
            #expect(try NetCDFFile.open(url).format == kind)
        }
    }

    @Test("user-defined types: variables and attributes show the type's name; values are refused")
    func userDefinedTypes() throws {
        let cdl = """
            netcdf udt {
            types:
              compound pair { int a ; double b ; } ;
              ubyte enum flag { off = 0, on = 1 } ;
            dimensions:
            \tx = 2 ;
            variables:
            \tpair p(x) ;
            \tflag f(x) ;
            \t\tflag f:default = on ;
            }
            """
        try NetCDFTestSupport.withTemporaryFolder { folder in
            let file = try NetCDFFile.open(try NetCDFTestSupport.generate(cdl, name: "udt", kind: "nc4", in: folder))
            #expect(try file.variable("p").type == "pair")
            let flag = try file.variable("f")
            #expect(flag.type == "flag")
            #expect(flag.attributes == [
                NetCDFAttribute(name: "default", type: "flag", value: .userDefined(type: "flag", count: 1)),
            ])
            let header = NetCDFHeader.render(file)
            #expect(header.contains("\tpair p(x) ;\n"))
            #expect(header.contains("\t\tflag f:default = /* 1 value of user-defined type flag, not decoded */ ;\n"))
            let error = try #require(throws: NetCDFError.self) { try file.readDoubles("p") }
            #expect(error.message.contains("variable 'p' has type pair, which cannot be read as numbers"))
        }
    }

    /// Compares line by line so that a difference shows as one line, not two whole headers.
    private func expectSameLines(_ rendered: String, _ expected: String,
                                 sourceLocation: SourceLocation = #_sourceLocation) {
        let renderedLines = rendered.split(separator: "\n", omittingEmptySubsequences: false)
        let expectedLines = expected.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(renderedLines.count == expectedLines.count, sourceLocation: sourceLocation)
        for (index, (mine, theirs)) in zip(renderedLines, expectedLines).enumerated() where mine != theirs {
            Issue.record("line \(index + 1): rendered \(mine.debugDescription), ncdump \(theirs.debugDescription)",
                         sourceLocation: sourceLocation)
        }
    }

    static let netCDF4CDL = """
        netcdf g {
        dimensions:
        \tt = UNLIMITED ;
        \tx = 3 ;
        variables:
        \tshort packed(t, x) ;
        \t\tpacked:scale_factor = 0.01 ;
        \t\tpacked:add_offset = 10. ;
        \t\tpacked:_FillValue = -32767s ;
        \t\tpacked:valid_range = -30000s, 30000s ;
        \tubyte ub(x) ;
        \t\tub:a = 1UB, 255UB ;
        \tushort us(x) ;
        \t\tus:b = 65535US ;
        \tuint ui(x) ;
        \t\tui:c = 4294967295U ;
        \tint64 i64(x) ;
        \t\ti64:big = 9223372036854775807LL, -9223372036854775806LL ;
        \tuint64 u64(x) ;
        \t\tu64:ubig = 18446744073709551615ULL ;
        \tstring s(x) ;
        \t\tstring s:names = "a", "b\\"c" ;
        \tchar c(x) ;
        \t\tc:text = "multi\\nline with \\\\ and \\' quote, ünïcode" ;
        \tbyte b ;
        \t\tb:f = 1.5f, -2.25f, 1e+20f, 0.f, -0.f, 3.4e38f ;
        \t\tb:d = 0.1, 1e-300, 123456789012345., 3.14159265358979 ;
        \t\tb:e = 1b, -128b, 127b ;
        \tfloat \\1weird\\ name\\!\\$\\,\\:\\[\\]\\{\\}x(x) ;
        \tdouble dnan ;
        \t\tdnan:_FillValue = NaN ;
        \t\tdnan:inf = Infinity, -Infinity ;
        \t\tdnan:fnan = NaNf, -Infinityf ;

        // global attributes:
        \t\t:title = "test" ;
        \t\t:empty = "" ;
        \t\t:i = 1, 2, 3 ;
        \t\t:s = 1s ;
        \t\tstring :sarr = "x" ;
        group: sub {
          dimensions:
          \ty = 2 ;
          variables:
          \tint v(x, y) ;
          \t\tv:units = "m" ;
          // group attributes:
          \t\t:gattr = "g" ;
          group: deeper {
            variables:
            \tdouble w(y) ;
            } // group deeper
          } // group sub
        }
        """
}
