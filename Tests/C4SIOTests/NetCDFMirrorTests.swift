import C4SIO
import Foundation
import Testing

/// Metadata and values of the real netCDF files in the dataset mirror.
struct NetCDFMirrorTests {
    @Test("Takahashi 2009 climatology: classic format, 1x1 degree grid, variables and units")
    func takahashi() throws {
        let file = try NetCDFFile.open(try NetCDFTestSupport.carbonFile("takahashi09/takahashi09-month01.nc"))
        #expect(file.format == "classic")
        #expect(file.dimensions == [
            NetCDFDimension(name: "time", length: 1, isUnlimited: false),
            NetCDFDimension(name: "latitude", length: 180, isUnlimited: false),
            NetCDFDimension(name: "longitude", length: 360, isUnlimited: false),
        ])
        #expect(file.variables.map(\.name) == [
            "time", "latitude", "longitude", "latitude_longitude", "Dpco2", "pCO2_air", "kSW06", "vCO2_air",
            "pCO2_sw", "sea_ice_coverage", "wind_t", "gascoefSW06", "SST_t", "solubility", "pressure",
            "mod_SST_t", "CO2flux", "salinity",
        ])
        let pCO2 = try file.variable("pCO2_sw")
        #expect(pCO2.type == "float")
        #expect(pCO2.dimensions == ["time", "latitude", "longitude"])
        #expect(pCO2.shape == [1, 180, 360])
        #expect(pCO2.units == nil)
        #expect(pCO2.attribute("units_nonstandard") == .text("uatm (micro atmospheres)"))
        #expect(pCO2.attribute("_FillValue") == .doubles([-999]))
        #expect(try file.variable("time").units == "seconds since 1970-01-01 00:00:00")
        #expect(try file.variable("time").type == "double")
        #expect(try file.variable("latitude").units == "degrees_north")
        #expect(try file.variable("wind_t").units == "ms^-1")
        #expect(try file.variable("latitude_longitude").shape == [])
        #expect(file.globalAttributes.first { $0.name == "Conventions" }?.value == .text("CF-1.4"))
        #expect(file.groups.isEmpty)
    }

    @Test("ERSST v5: netCDF-4, 2x2 degree (89x180), unlimited time 2010-01 to 2020-08")
    func ersst() throws {
        let file = try NetCDFFile.open(try NetCDFTestSupport.carbonFile("ersstv5-2010-2020.nc"))
        #expect(file.format == "netCDF-4")
        #expect(file.dimensions == [
            NetCDFDimension(name: "time", length: 128, isUnlimited: true),
            NetCDFDimension(name: "lat", length: 89, isUnlimited: false),
            NetCDFDimension(name: "lon", length: 180, isUnlimited: false),
        ])
        #expect(file.variables.map(\.name) == ["lat", "lon", "time", "sst"])
        let sst = try file.variable("sst")
        #expect(sst.units == "degC")
        #expect(sst.shape == [128, 89, 180])
        #expect(sst.attribute("valid_range") == .doubles([Double(Float(-1.8)), 45]))
        let time = try file.variable("time")
        #expect(time.units == "days since 1800-01-01")
        #expect(time.attribute("calendar") == .text("proleptic_gregorian"))

        // 2010-01-01 and 2020-08-01 as days since 1800-01-01.
        let days = try file.readDoubles("time").values
        let calendar = Calendar(identifier: .gregorian)
        let epoch = try #require(DateComponents(calendar: calendar, timeZone: .gmt, year: 1800, month: 1, day: 1).date)
        func daysSinceEpoch(_ year: Int, _ month: Int) throws -> Double {
            let date = try #require(DateComponents(calendar: calendar, timeZone: .gmt, year: year, month: month, day: 1).date)
            return date.timeIntervalSince(epoch) / 86_400
        }
        #expect(days.first == (try daysSinceEpoch(2010, 1)))
        #expect(days.last == (try daysSinceEpoch(2020, 8)))
        #expect(zip(days, days.dropFirst()).allSatisfy { $0 < $1 })

        let lat = try file.readDoubles("lat").values
        let lon = try file.readDoubles("lon").values
        #expect(lat.first == 88 && lat.last == -88 && lat.count == 89)
        #expect(lon.first == 0 && lon.last == 358 && lon.count == 180)
    }

    @Test("SOCAT 2010 monthly files: netCDF-4, one time step of 180x360, fCO2 in uatm", arguments: 1...12)
    func socat(month: Int) throws {
        let name = String(format: "socat2010/2010%02d01_OCF-CO2-GLO-1M-KRG-CLIM.nc", month)
        let file = try NetCDFFile.open(try NetCDFTestSupport.carbonFile(name))
        #expect(file.format == "netCDF-4")
        #expect(file.dimensions.map(\.name) == ["time", "latitude", "longitude"])
        #expect(file.dimensions.map(\.length) == [1, 180, 360])
        #expect(file.variables.map(\.name) == [
            "time", "latitude", "longitude", "fCO2_2010_interpolated_pred", "fCO2_2010_interpolated_error",
            "pCO2_2010_interpolated_pred", "pCO2_2010_interpolated_error", "Tcl_2010", "vCO2",
        ])
        #expect(try file.variable("fCO2_2010_interpolated_pred").units == "uatm")
        #expect(try file.variable("Tcl_2010").units == "Kelvin")
        #expect(try file.variable("vCO2").units == "ppm")
        #expect(try file.variable("time").units == "Days since 1970-01-01 00:00:00")
        #expect(file.globalAttributes.isEmpty)
    }

    @Test("land mask and Longhurst provinces: classic, 180x360")
    func masks() throws {
        let land = try NetCDFFile.open(try NetCDFTestSupport.carbonFile("onedeg_land.nc"))
        #expect(land.format == "classic")
        #expect(land.dimensions.map(\.name) == ["time", "longitude", "latitude"])
        #expect(land.variables.map(\.name) == ["land_proportion"])
        let proportion = try land.variable("land_proportion")
        #expect(proportion.dimensions == ["time", "latitude", "longitude"])
        #expect(proportion.attributes.isEmpty && proportion.units == nil)

        let longhurst = try NetCDFFile.open(try NetCDFTestSupport.carbonFile("longhurst-provinces-mask.nc"))
        #expect(longhurst.dimensions.map(\.name) == ["latitude", "longitude", "time"])
        #expect(longhurst.variables.map(\.name) == ["time", "latitude", "longitude", "sea-mask"])
        #expect(try longhurst.variable("sea-mask").units == "unitless")
        #expect(try longhurst.variable("time").attribute("valid_max") == .doubles([.infinity]))
        #expect(longhurst.globalAttributes.map(\.name) == ["Conventions", "institution", "contact1", "RSG_areacode", "RSG_sensor"])
    }

    @Test("a slice equals the same block of the whole variable; readFloats rounds readDoubles")
    func sliceAndFloats() throws {
        let file = try NetCDFFile.open(try NetCDFTestSupport.carbonFile("ersstv5-2010-2020.nc"))
        let (all, shape) = try file.readDoubles("sst")
        let start = [5, 40, 100]
        let count = [2, 3, 4]
        let slice = try file.readSlice("sst", start: start, count: count)
        #expect(slice.shape == count)
        var expected: [Double] = []
        for t in 0..<count[0] {
            for y in 0..<count[1] {
                for x in 0..<count[2] {
                    expected.append(all[((start[0] + t) * shape[1] + start[1] + y) * shape[2] + start[2] + x])
                }
            }
        }
        #expect(slice.values.elementsEqual(expected) { $0 == $1 || ($0.isNaN && $1.isNaN) })
        let floats = try file.readFloats("sst")
        #expect(floats.shape == shape)
        #expect(floats.values.elementsEqual(all) { $0 == Float($1) || ($0.isNaN && $1.isNaN) })
    }

    @Test("concurrent reads of several files from many tasks give the same values as serial reads")
    func concurrentReads() async throws {
        let names = ["takahashi09/takahashi09-month01.nc", "ersstv5-2010-2020.nc", "onedeg_land.nc",
                     "socat2010/20100301_OCF-CO2-GLO-1M-KRG-CLIM.nc"]
        let variables = ["pCO2_sw", "sst", "land_proportion", "vCO2"]
        let urls = try names.map(NetCDFTestSupport.carbonFile)
        let serial = try zip(urls, variables).map { url, variable in
            NetCDFChecksum(try NetCDFFile.open(url).readDoubles(variable).values)
        }
        let shared = try NetCDFFile.open(urls[0])
        let concurrent = try await withThrowingTaskGroup(of: (Int, NetCDFChecksum).self) { group in
            for round in 0..<16 {
                let index = round % urls.count
                let url = urls[index]
                let variable = variables[index]
                group.addTask {
                    let file = index == 0 ? shared : try NetCDFFile.open(url)
                    return (index, NetCDFChecksum(try file.readDoubles(variable).values))
                }
            }
            var results: [(Int, NetCDFChecksum)] = []
            for try await result in group { results.append(result) }
            return results
        }
        #expect(concurrent.count == 16)
        for (index, checksum) in concurrent { #expect(checksum == serial[index]) }
    }
}

/// NaN count and sum of the other values: enough to tell two reads of a variable apart.
struct NetCDFChecksum: Equatable, Sendable {
    let nanCount: Int
    let sum: Double

    init(nanCount: Int, sum: Double) {
        self.nanCount = nanCount
        self.sum = sum
    }

    init(_ values: [Double]) {
        nanCount = values.count { $0.isNaN }
        sum = values.reduce(0) { $1.isNaN ? $0 : $0 + $1 }
    }
}
