import C4SCarbon
import Foundation
import Testing

@Suite struct GasExchangeFormulaTests {
    @Test func schmidtNumberOfCO2InSeawaterMatchesWanninkhof2014() {
        // Wanninkhof (2014) Table 1: Sc = 668 at 20 °C for CO2 in seawater; 660 is reached near 20.1 °C.
        #expect(abs(SchmidtNumber.carbonDioxideInSeawater(celsius: 20) - 668) < 0.5)
        #expect(SchmidtNumber.carbonDioxideInSeawater(celsius: 0) == 2116.8)
        #expect(SchmidtNumber.carbonDioxideInSeawater(celsius: 30) < SchmidtNumber.carbonDioxideInSeawater(celsius: 10))
    }

    @Test func weissSolubilityMatchesTheDOEGuideCheckValue() {
        // Dickson, Sabine & Christian (2007), SOP guide ch. 5: ln K0 = −3.5617 (mol kg-1 atm-1) at S = 35, 25 °C.
        #expect(abs(log(WeissSolubility.molesPerKilogram.k0(celsius: 25, salinity: 35)) - -3.5617) < 1e-4)
        // Per litre / per kilogram is the density of seawater in kg/L: 1.02334 at S = 35, 25 °C (EOS-80).
        let ratio = WeissSolubility.molesPerLitre.k0(celsius: 25, salinity: 35) / WeissSolubility.molesPerKilogram.k0(celsius: 25, salinity: 35)
        #expect(abs(ratio - 1.02334) < 1e-3)
        // 0.033215 at 20 °C, S = 35, computed independently (numpy) from Weiss's per-litre coefficients;
        // colder and fresher water dissolves more CO2.
        let k20 = WeissSolubility.molesPerLitre.k0(celsius: 20, salinity: 35)
        #expect(abs(k20 - 0.03322) < 5e-5)
        #expect(WeissSolubility.molesPerLitre.k0(celsius: 0, salinity: 35) > 1.9 * k20)
        #expect(WeissSolubility.molesPerLitre.k0(celsius: 20, salinity: 0) > k20)
    }

    @Test func transferVelocityIsQuadraticInWindAndScaledBySchmidtNumber() {
        let w14 = WanninkhofGasTransfer.wanninkhof2014
        #expect(abs(w14.velocity(windSpeed: 10, schmidtNumber: 660) - 25.1) < 1e-12)
        #expect(abs(w14.velocity(windSpeed: 5, schmidtNumber: 4 * 660) - 0.251 * 25 / 2) < 1e-12)
        #expect(abs(WanninkhofGasTransfer.wanninkhof1992.velocity(windSpeed: 10, schmidtNumber: 660) - 31) < 1e-12)
    }

    @Test func waterVapourPressureOfWeissAndPrice1980MatchesSteamTables() {
        // Saturation vapour pressure of pure water (CRC Handbook): 0.6113 kPa at 0 °C, 3.1699 kPa at 25 °C.
        #expect(abs(MoistAirPCO2.waterVapourPressure(celsius: 0, salinity: 0) / (0.6113 / 101.325) - 1) < 3e-3)
        #expect(abs(MoistAirPCO2.waterVapourPressure(celsius: 25, salinity: 0) / (3.1699 / 101.325) - 1) < 3e-3)
        // Seawater at S = 35 lowers it by Raoult's law, about 1.9 %.
        let ratio = MoistAirPCO2.waterVapourPressure(celsius: 25, salinity: 35) / MoistAirPCO2.waterVapourPressure(celsius: 25, salinity: 0)
        #expect(abs(ratio - 0.981) < 1e-3)
        // 400 ppm in dry air at one standard atmosphere over 25 °C seawater: 400 · (1 − 0.030655) µatm.
        #expect(abs(MoistAirPCO2.pco2(xco2: 400, pressure: 1013.25, celsius: 25, salinity: 35) - 387.738) < 1e-2)
    }

    @Test func fluxUnitsReproduceACellOfTheTakahashiFile() {
        // takahashi09-month01.nc, a Nordic-seas cell: kSW06 = 11.06 cm/h, solubility = 0.070008 mol/L/atm,
        // pCO2_sw − pCO2_air = 288.93 − 370.65 µatm, 90% ice; the file's CO2flux there is −0.554749 g C m-2 month-1.
        let f = AirSeaFlux.gramsCarbonPerSquareMetrePerMonth(
            transferVelocity: 11.0600004196167, solubility: 0.07000800222158432,
            seaMinusAirPCO2: 288.92999267578125 - 370.6499938964844, iceFraction: 0.9)
        #expect(abs(f - -0.5547490119934082) < 1e-4)
        #expect(AirSeaFlux.gramsCarbonPerSquareMetrePerMonth(transferVelocity: 20, solubility: 0.03, seaMinusAirPCO2: 50, iceFraction: 1) == 0)
    }
}
