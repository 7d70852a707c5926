import C4SCore
import C4SWorkbench
import Foundation
import Testing

/// The ocean emulator job with the committed weights (datasets/models/ocean-pco2-emulator.h5): scores on the
/// held-out sets, one driven year and its [time, lat, lon] maps.
@Suite struct OceanEmulatorJobTests {
    @Test func committedWeightsScoreAndDriveOneYear() throws {
        let job = try OceanEmulatorJob.descriptor.makeJob(arguments: ["first-year": "2012", "last-year": "2012"], environment: .current())
        let r = try JobHandle.start(job).wait()
        #expect(r.samples.map(\.label) == (1...12).map { String(format: "2012-%02d", $0) })
        // Measured with the committed weights (see the README and scripts/train-ocean-emulator.sh): 0.699/18.1 µatm
        // on blocks, 0.662/14.9 µatm on months, 2.72 GtC/yr in 2012 (GCB 2023: 2.62).
        #expect(try #require(r.metric("blocks_r2")).value > 0.65 && #require(r.metric("blocks_rmse")).value < 20)
        #expect(try #require(r.metric("months_r2")).value > 0.6 && #require(r.metric("months_rmse")).value < 16)
        let sink = try #require(r.metric("ocean_sink_2012")).value
        #expect(sink > 2.3 && sink < 3.1)
        // The Takahashi field alone gives the GCB 2000 sink (1.94) within 0.1; ERSST runs warmer than its SST.
        #expect(abs(try #require(r.metric("takahashi09_field_sink")).value - 1.94) < 0.1)
        #expect(try (1...12).allSatisfy { try #require(r.metric(String(format: "ersst_minus_climatology_sst_%02d", $0))).value > 0.1 })
        let pco2 = try #require(r.arrays.first { $0.name == "pco2_sw" })
        #expect(pco2.shape == [12, 180, 360] && pco2.dimensionNames == ["time", "lat", "lon"] && pco2.unit == "uatm")
        let time = try #require(r.arrays.first { $0.name == "time" })
        #expect(time.storage == .float64((1...12).map { Double(YearMonthDays.days(2012, $0)) }))
    }
}

/// Days from 1970-01-01 to the first of a month, from Foundation's calendar (independent of YearMonth).
enum YearMonthDays {
    static func days(_ year: Int, _ month: Int) -> Int {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let date = calendar.date(from: DateComponents(year: year, month: month, day: 1))!
        return Int(date.timeIntervalSince1970 / 86_400)
    }
}
