import C4SCarbon
import C4SCore
import C4SIO
import Foundation

/// The global carbon budget: the GCB 2023 table with its identities checked, annual emulators of the ocean
/// and land sinks from drivers known early (NOAA CO₂ level and growth, emissions trend; ERSST Niño-3.4 and
/// SST anomaly reported where ERSST covers), a low-latency estimate of the years after the table, and a
/// leave-future-out hindcast.
///
/// Samples: one per step (identity check, each year estimated). Metrics: identity results (and one
/// `identity_failure_<year>_<column>` per failure: published − recomputed), per latest year the estimates
/// with 1σ, hindcast RMSE/bias per component. Arrays along `year` (first table year … last year estimated):
/// the published table, the recomputed imbalance, the drivers and the estimates with their σ (NaN where a
/// year has none), so the CSV export is one row per year.
public struct CarbonBudgetJob: Job {
    /// The job kind `carbon-budget`.
    public static let descriptor = JobDescriptor(
        id: "carbon-budget",
        title: "Global carbon budget: identities, low-latency estimate, hindcast",
        summary: """
            Loads the Global Carbon Budget 2023 table and checks every year's identities (imbalance recomputed = \
            published, growth = 2.124 GtC/ppm x NOAA ppm, with the tolerance the printed digits imply). Ocean and \
            land sinks are emulated by ridge regressions on Mauna Loa CO2, the NOAA growth rate and fossil \
            emissions (penalty by leave-one-out), fitted to the preceding training years; fossil emissions come \
            from the table's 5-year trend and the land sink also as the budget residual. latest: estimates the \
            years after the table that the NOAA records cover, with 1 sigma. hindcast: for every year Y from \
            hindcast-from to the table's end, fits on the table up to Y-1 and compares with the published Y.
            """,
        parameters: [
            ParameterSpec("budget", "budget table dataset", kind: .dataset(kinds: ["table"]), default: .string("gcb2023")),
            ParameterSpec("latest", "estimate the years after the table the drivers cover", kind: .bool, default: .bool(true)),
            ParameterSpec("hindcast", "leave-future-out hindcast of the table's years", kind: .bool, default: .bool(false)),
            ParameterSpec("hindcast-from", "first hindcast year", kind: .int(1975...2022), default: .int(2000)),
            ParameterSpec("training-years", "table years (at most) each emulator is fitted to", kind: .int(10...64), default: .int(30)),
        ],
        workUnit: .budgetYears,
        make: { parameters, environment in try CarbonBudgetJob(parameters: parameters, environment: environment) })

    /// The descriptor of this job.
    public var descriptor: JobDescriptor { Self.descriptor }
    /// Validated parameters.
    public let parameters: JobParameters
    /// The budget table, Mauna Loa CO₂, NOAA growth rates and ERSST v5.
    public let datasets: [DatasetReference]
    private let urls: (budget: URL, maunaLoa: URL, growth: URL, ersst: URL)

    /// Resolves the datasets. - Throws: `JobError.failed` naming a dataset that is unknown or missing.
    public init(parameters: JobParameters, environment: JobEnvironment) throws {
        self.parameters = parameters
        var references: [DatasetReference] = [], found: [URL] = []
        for id in [parameters.string("budget"), "noaa-co2-mm-mlo", "noaa-co2-gr-gl", "ersstv5"] {
            do {
                let resolved = try environment.resolve(id)
                references.append(resolved.reference)
                found.append(resolved.urls[0])
            } catch {
                throw JobError.failed(job: Self.descriptor.id, reason: "\(error)")
            }
        }
        datasets = references
        urls = (found[0], found[1], found[2], found[3])
    }

    /// Checks, estimates and scores. - Throws: `JobError.failed` with the file and line of unreadable input.
    public func run(_ context: JobContext) throws -> JobResult {
        let started = Date()
        let table: GlobalBudgetTable, drivers: BudgetDrivers
        do {
            table = try GlobalBudgetTable(contentsOf: urls.budget)
            drivers = try BudgetDrivers(maunaLoaURL: urls.maunaLoa, growthRateURL: urls.growth, ersstURL: urls.ersst)
        } catch {
            throw JobError.failed(job: descriptor.id, reason: "\(error)")
        }
        var metrics: [ResultMetric] = []
        let check = BudgetIdentityCheck(table: table)
        metrics += Self.identityMetrics(check)
        context.emit(JobSample(elapsed: context.elapsed, duration: context.elapsed, workUnits: Double(check.yearsChecked), bytes: 0,
                               label: "identities"))

        let emulator = AnnualSinkEmulator(table: table, drivers: drivers, trainingSpan: parameters.int("training-years"))
        let lastTableYear = table.years.last!.year
        var estimates: [AnnualBudgetEstimate] = []
        if parameters.bool("hindcast") {
            let first = parameters.int("hindcast-from"), begin = context.elapsed
            guard first <= lastTableYear else {
                throw JobError.failed(job: descriptor.id, reason: "hindcast-from \(first) is after the table's last year \(lastTableYear)")
            }
            let hindcast: BudgetHindcast
            do { hindcast = try BudgetHindcast(emulator: emulator, years: first...lastTableYear) } catch {
                throw JobError.failed(job: descriptor.id, reason: "\(error)")
            }
            estimates += hindcast.rows.map(\.estimate)
            context.emit(JobSample(elapsed: context.elapsed, duration: context.elapsed - begin, workUnits: Double(hindcast.rows.count),
                                   bytes: 0, label: "hindcast"))
            metrics += Self.hindcastMetrics(hindcast, years: first...lastTableYear)
            try context.checkCancellation()
        }
        if parameters.bool("latest") {
            for year in drivers.years.map(\.year) where year > lastTableYear {
                let begin = context.elapsed
                let estimate: AnnualBudgetEstimate
                do { estimate = try emulator.estimate(year: year, lastTableYear: lastTableYear) } catch {
                    throw JobError.failed(job: descriptor.id, reason: "\(error)")
                }
                estimates.append(estimate)
                metrics += Self.latestMetrics(estimate)
                context.emit(JobSample(elapsed: context.elapsed, duration: context.elapsed - begin, workUnits: 1, bytes: 0, label: "\(year)"))
            }
        }
        return JobResult(job: self, startedAt: started, finishedAt: Date(), samples: context.allSamples, metrics: metrics,
                         arrays: BudgetArrays(table: table, drivers: drivers, estimates: estimates).arrays)
    }

    static func identityMetrics(_ check: BudgetIdentityCheck) -> [ResultMetric] {
        [
            ResultMetric("identity_years_checked", Double(check.yearsChecked), unit: "1", summary: "years of the table checked"),
            ResultMetric("identity_failures", Double(check.failures.count + check.outOfSequenceYears.count), unit: "1",
                         summary: "identity failures and out-of-sequence years (0: every identity holds)"),
            ResultMetric("imbalance_max_difference", check.largestImbalanceDifference, unit: "GtC/yr",
                         summary: "largest |published - recomputed| budget imbalance over all years"),
            ResultMetric("imbalance_max_tolerance", check.largestImbalanceTolerance, unit: "GtC/yr",
                         summary: "largest tolerance the printed digits allow"),
        ] + check.failures.map { f in
            ResultMetric("identity_failure_\(f.year)_\(f.column.replacingOccurrences(of: " ", with: "_"))", f.published - f.recomputed,
                         unit: "GtC/yr", summary: "line \(f.line): \(f.column) published \(f.published), recomputed \(f.recomputed), tolerance \(f.tolerance) (\(f.identity))")
        } + check.outOfSequenceYears.map { year in
            ResultMetric("identity_out_of_sequence_\(year)", Double(year), unit: "year", summary: "year \(year) does not follow the row before it")
        }
    }

    static func hindcastMetrics(_ h: BudgetHindcast, years: ClosedRange<Int>) -> [ResultMetric] {
        let span = "\(years.lowerBound)-\(years.upperBound)"
        return [("ocean", h.ocean, "ocean-sink emulator"), ("land", h.land, "land-sink emulator"),
                ("land_residual", h.landResidual, "land sink as budget residual"), ("fossil", h.fossil, "fossil emissions from the 5-year trend")]
            .flatMap { name, score, what in
                [ResultMetric("hindcast_\(name)_rmse", score.rmse, unit: "GtC/yr", summary: "\(what): RMSE vs GCB 2023, \(span), leave-future-out"),
                 ResultMetric("hindcast_\(name)_bias", score.bias, unit: "GtC/yr", summary: "\(what): mean estimate - published, \(span)"),
                 ResultMetric("hindcast_\(name)_correlation", score.correlation, unit: "1", summary: "\(what): correlation with GCB 2023, \(span)")]
            }
    }

    static func latestMetrics(_ e: AnnualBudgetEstimate) -> [ResultMetric] {
        let y = e.year, basis = "from the table to \(e.lastTableYear) and NOAA drivers of \(y)"
        return [
            ResultMetric("fossil_\(y)", e.fossilEmissions.value, unit: "GtC/yr", summary: "fossil emissions \(y), 5-year trend \(basis)"),
            ResultMetric("fossil_\(y)_sigma", e.fossilEmissions.sigma, unit: "GtC/yr", summary: "1 sigma: RMS of trend extrapolations at this horizon"),
            ResultMetric("atmospheric_growth_\(y)", e.atmosphericGrowth, unit: "GtC/yr", summary: "2.124 GtC/ppm x NOAA growth \(e.growthRatePPM) ppm"),
            ResultMetric("ocean_sink_\(y)", e.oceanSink.value, unit: "GtC/yr", summary: "ocean sink \(y), ridge emulator \(basis)"),
            ResultMetric("ocean_sink_\(y)_sigma", e.oceanSink.sigma, unit: "GtC/yr", summary: "1 sigma: leave-one-out RMS"),
            ResultMetric("land_sink_\(y)", e.landSink.value, unit: "GtC/yr", summary: "land sink \(y), ridge emulator \(basis)"),
            ResultMetric("land_sink_\(y)_sigma", e.landSink.sigma, unit: "GtC/yr", summary: "1 sigma: leave-one-out RMS"),
            ResultMetric("land_sink_residual_\(y)", e.landSinkResidual.value, unit: "GtC/yr", summary: "land sink \(y) as budget residual, imbalance 0"),
            ResultMetric("land_sink_residual_\(y)_sigma", e.landSinkResidual.sigma, unit: "GtC/yr",
                         summary: "1 sigma: ocean and fossil sigma with the imbalance spread of the training years"),
        ]
    }
}
