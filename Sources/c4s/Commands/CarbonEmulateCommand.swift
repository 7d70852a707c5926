import ArgumentParser

/// `c4s carbon emulate ocean`: the `ocean-emulator` job (train or load the pCO₂ network, score it on held-out
/// blocks and months, drive it with ERSST v5 and NOAA CO₂).
struct CarbonEmulateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "emulate",
        abstract: "ML emulators of the carbon budget's components.",
        subcommands: [Ocean.self])

    struct Ocean: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Ocean pCO2 emulator: held-out scores, monthly pCO2/flux maps and the annual ocean sink (the ocean-emulator job).")

        @Flag(help: "Train a new network (Takahashi 2009 + SOCAT 2010) and write it to --weights.")
        var train = false
        @Option(help: "Weights file (HDF5), relative to the repository unless absolute.")
        var weights = "datasets/models/ocean-pco2-emulator.h5"
        @Option(help: "Training epochs.")
        var epochs = 30
        @Option(help: "Training rows drawn at random (0: all).")
        var rows = 200_000
        @Option(help: "Neurons in each hidden layer (training).")
        var width = 128
        @Option(help: "Hidden layers (training).")
        var layers = 2
        @Option(help: "Adam step size at the first epoch, cosine-decayed to 5% (training).")
        var learningRate = 3e-3
        @Option(help: "Atmospheric xCO2 as an input (training): true or false; without it the sea-air pCO2 difference is steady.")
        var co2Input = false
        @Option(help: "A one-hot code of the data product (Takahashi 2009, SOCAT 2010) as an input (training): true or false.")
        var productInput = false
        @Option(help: "Random Fourier features of the cell's n-vector: number of frequency vectors (training; 0: none).")
        var fourier = 0
        @Option(help: "Standard deviation of the Fourier frequencies per unit of the n-vector (training).")
        var fourierScale = 4.0
        @Option(help: "With a product code: the products whose emulated pCO2 is averaged when driving (all, takahashi09, socat2010).")
        var drivingProducts = "all"
        @Option(help: "Years to drive, FIRST-LAST within 2010-2020 (ERSST ends 2020-08).")
        var years = "2010-2020"
        @Flag(help: "Print the result as JSON.")
        var json = false
        @Option(help: "Add the result, with the monthly maps as netCDF-4 style [time, lat, lon], to this HDF5 file.")
        var export: String?

        func run() throws {
            let bounds = years.split(separator: "-").compactMap { Int($0) }
            guard bounds.count == 2 || bounds.count == 1 else {
                throw ValidationError("--years must be YEAR or FIRST-LAST, e.g. 2010-2020; got '\(years)'")
            }
            var words = ["--train", String(train), "--weights", weights, "--epochs", String(epochs), "--rows", String(rows),
                         "--width", String(width), "--layers", String(layers), "--learning-rate", String(learningRate),
                         "--co2-input", String(co2Input), "--product-input", String(productInput), "--fourier", String(fourier),
                         "--fourier-scale", String(fourierScale), "--driving-products", drivingProducts,
                         "--first-year", String(bounds[0]), "--last-year", String(bounds.last!), "--maps", String(export != nil)]
            if json { words.append("--json") }
            if let export { words += ["--export", export] }
            try JobExecution.execute(jobID: "ocean-emulator", words: words)
        }
    }
}
