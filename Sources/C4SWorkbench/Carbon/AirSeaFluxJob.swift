import C4SCarbon
import C4SCore
import Foundation

/// Air-sea CO₂ flux maps from a monthly pCO₂ climatology (the Takahashi et al. 2009 files), checked
/// against the flux field the authors ship in the same files (`CO2flux`).
///
/// Samples: one per month (work = ocean cells computed; observations `flux_pgc_per_month`,
/// `file_flux_pgc_per_month`, `correlation`, `rms_difference`). Metrics: the net global flux in Pg C/yr
/// (summed over the 12 months, or one month × 12), the file's, the published value, and the map
/// correlation and RMS difference pooled over the months. Arrays: one flux map per month (`flux_monthNN`, [lat, lon]) and the
/// `lat`, `lon` cell-centre coordinates, which the HDF5 export attaches as dimension scales.
public struct AirSeaFluxJob: Job {
    /// Net global sea-air flux of the climatology for reference year 2000 published by Takahashi et al.
    /// (2009), Deep-Sea Res. II 56, 554–577 (abstract: direct estimate −1.4 ± 0.7 Pg C/yr; −1.6 ± 0.9 with
    /// an undersampling correction), Pg C/yr, negative into the ocean.
    public static let publishedGlobalFlux = -1.4

    /// The job kind `airsea-flux`.
    public static let descriptor = JobDescriptor(
        id: "airsea-flux",
        title: "Air-sea CO2 flux maps (Takahashi 2009 climatology)",
        summary: """
            Computes monthly net sea-air CO2 flux maps F = k·K0·(pCO2,sw − pCO2,air)·(1 − ice) in g C m-2 \
            month-1 on the 1° grid and integrates them over spherical cell areas to Pg C/yr. wanninkhof2014: \
            k = 0.251·U10²·(Sc/660)^-0.5 (Wanninkhof 2014) with K0 from Weiss (1974); file-k: the file's own \
            kSW06 and solubility. Compared with the file's CO2flux (map correlation, RMS) and with the \
            published global flux (−1.4 Pg C/yr, Takahashi et al. 2009).
            """,
        parameters: [
            ParameterSpec("dataset", "catalog id of the monthly climatology (12 files)",
                          kind: .dataset(kinds: ["field"]), default: .string("takahashi09")),
            ParameterSpec("month", "month 1 to 12, or 0 for all twelve", kind: .int(0...12), default: .int(0)),
            ParameterSpec("parameterisation", "gas transfer velocity and solubility",
                          kind: .choice(AirSeaFluxParameterisation.allCases.map(\.rawValue)),
                          default: .string(AirSeaFluxParameterisation.wanninkhof2014.rawValue)),
        ],
        workUnit: .gridCells,
        make: { parameters, environment in try AirSeaFluxJob(parameters: parameters, environment: environment) })

    /// The descriptor of this job.
    public var descriptor: JobDescriptor { Self.descriptor }
    /// Validated parameters.
    public let parameters: JobParameters
    /// The climatology read.
    public let datasets: [DatasetReference]
    /// The month files in file-name order (`…month01.nc` … `…month12.nc`), January first.
    public let monthFiles: [URL]
    /// The months to compute, 1-based.
    public let months: [Int]
    /// The parameterisation.
    public let parameterisation: AirSeaFluxParameterisation

    /// Resolves the dataset. - Throws: `JobError.failed` when it is unknown, missing or not 12 monthly files.
    public init(parameters: JobParameters, environment: JobEnvironment) throws {
        let id = Self.descriptor.id, datasetID = parameters.string("dataset")
        self.parameters = parameters
        parameterisation = AirSeaFluxParameterisation(rawValue: parameters.string("parameterisation"))!
        let resolved: (entry: CatalogEntry, urls: [URL], reference: DatasetReference)
        do { resolved = try environment.resolve(datasetID) } catch {
            throw JobError.failed(job: id, reason: "\(error)")
        }
        guard resolved.urls.count == 12 else {
            throw JobError.failed(job: id, reason: "dataset \(datasetID) has \(resolved.urls.count) files; a monthly climatology has 12 (e.g. takahashi09)")
        }
        monthFiles = resolved.urls.sorted { $0.lastPathComponent < $1.lastPathComponent }
        datasets = [resolved.reference]
        months = parameters.int("month") == 0 ? Array(1...12) : [parameters.int("month")]
    }

    /// Reads each month, computes its map and compares it with the file's CO2flux.
    /// - Throws: `JobError.cancelled`, or `.failed` when a month file lacks a variable.
    public func run(_ context: JobContext) throws -> JobResult {
        let started = Date()
        let areas = SphericalCellArea(grid: .oneDegree)
        var fluxPg = 0.0, filePg = 0.0, computed: [Double] = [], reference: [Double] = [], arrays: [ResultArray] = []
        for month in months {
            try context.checkCancellation()
            let begin = context.elapsed
            let data: TakahashiClimatologyMonth
            do { data = try TakahashiClimatologyMonth(contentsOf: monthFiles[month - 1]) } catch {
                throw JobError.failed(job: descriptor.id, reason: "\(monthFiles[month - 1].lastPathComponent): \(error)")
            }
            let map = AirSeaFluxMap(month: data, parameterisation: parameterisation)
            let comparison = MapComparison(map.values, reference: data.fileFlux)
            let monthPg = AirSeaFlux.petagramsCarbonPerMonth(map.values, areas: areas)
            let fileMonthPg = AirSeaFlux.petagramsCarbonPerMonth(data.fileFlux, areas: areas)
            fluxPg += monthPg
            filePg += fileMonthPg
            computed += map.values
            reference += data.fileFlux
            let label = String(format: "month%02d", month)
            arrays.append(ResultArray(name: "flux_\(label)", shape: [map.grid.rows, map.grid.columns], storage: .float64(map.values),
                                      unit: "g C m-2 month-1",
                                      summary: "net sea-air CO2 flux, month \(month), \(parameterisation.rawValue), positive out of the ocean",
                                      dimensionNames: ["lat", "lon"]))
            context.emit(JobSample(elapsed: context.elapsed, duration: context.elapsed - begin,
                                   workUnits: Double(map.values.lazy.filter(\.isFinite).count), bytes: 0, label: label,
                                   observations: ["flux_pgc_per_month": monthPg, "file_flux_pgc_per_month": fileMonthPg,
                                                  "correlation": comparison.correlation, "rms_difference": comparison.rmsDifference]))
        }
        let grid = GlobalLatLonGrid.oneDegree
        arrays.append(ResultArray(name: "lat", shape: [grid.rows], storage: .float64((0..<grid.rows).map(grid.centreLatitude(row:))),
                                  unit: "degrees_north", summary: "cell-centre latitude", dimensionNames: ["lat"]))
        arrays.append(ResultArray(name: "lon", shape: [grid.columns], storage: .float64((0..<grid.columns).map(grid.centreLongitude(column:))),
                                  unit: "degrees_east", summary: "cell-centre longitude", dimensionNames: ["lon"]))
        let perYear = 12 / Double(months.count)
        let pooled = MapComparison(computed, reference: reference)
        return JobResult(
            job: self, startedAt: started, finishedAt: Date(), samples: context.allSamples,
            metrics: [
                ResultMetric("global_flux", fluxPg * perYear, unit: "Pg C/yr",
                             summary: "net sea-air flux, \(parameterisation.rawValue), months \(months.first!)-\(months.last!) at an annual rate"),
                ResultMetric("file_global_flux", filePg * perYear, unit: "Pg C/yr", summary: "the same integral of the file's CO2flux"),
                ResultMetric("published_global_flux", Self.publishedGlobalFlux, unit: "Pg C/yr",
                             summary: "Takahashi et al. (2009), reference year 2000, direct estimate"),
                ResultMetric("correlation", pooled.correlation, unit: "1", summary: "map correlation with CO2flux, cells of all months pooled"),
                ResultMetric("rms_difference", pooled.rmsDifference, unit: "g C m-2 month-1", summary: "RMS difference from CO2flux, all months pooled"),
                ResultMetric("cells_compared", Double(pooled.cells), unit: "1", summary: "cells with both maps finite, all months"),
            ],
            arrays: arrays)
    }
}
