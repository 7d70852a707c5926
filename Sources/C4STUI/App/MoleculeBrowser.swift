import C4SCore
import C4SIO
import C4SWorkbench
import Foundation

/// The state of the molecule pane: which structure or trajectory is open, the frame, playback,
/// the view rotation and what is drawn. Files are read on demand through `MolecularFileSet`
/// (PDB, multi-model PDB, PSF + DCD, H5MD with observables, XYZ): a catalog dataset, or files
/// opened with `:open`.
public final class MoleculeBrowser {
    /// The catalog's molecule and trajectory datasets.
    public let datasets: [CatalogEntry]
    private let locator: DatasetLocator
    /// Selected dataset.
    public private(set) var datasetIndex = 0
    /// The frames, once read.
    public private(set) var frames: MolecularFrames?
    /// Why nothing is shown.
    public private(set) var error: String?
    /// Current frame.
    public private(set) var frame = 0
    /// Playing frames in a loop.
    public private(set) var playing = false
    /// Frames per second while playing (1 to 30).
    public private(set) var speed = 4
    /// Rotation about the vertical and horizontal screen axes, radians.
    public private(set) var yaw = 0.0, pitch = 0.0
    /// Draw every atom (true) or only the Cα trace (false).
    public private(set) var allAtoms = false
    /// RMSD of each frame to the first (centred, no fit), Å.
    public private(set) var rmsd: [Double] = []
    /// The backbone of the open structure, for the Ramachandran plot (no residues: not a protein).
    public private(set) var torsions: BackboneTorsions?
    /// Files opened with `:open`, shown instead of the selected dataset until `d`/`D`.
    public private(set) var openedFiles: [URL]?
    private var lastAdvance = Date()

    /// Creates a browser; nothing is read until `load()`.
    public init(catalog: DatasetCatalog, locator: DatasetLocator) {
        datasets = catalog.datasets.filter { $0.kind == .trajectory || $0.kind == .molecule }
        self.locator = locator
        datasetIndex = datasets.firstIndex { $0.id == "neopetrosiamide-nmr" } ?? 0
    }

    /// What is shown: the opened files' names or the selected dataset's id.
    public var title: String {
        if let openedFiles { return openedFiles.map(\.lastPathComponent).joined(separator: " + ") }
        return datasets.indices.contains(datasetIndex) ? datasets[datasetIndex].id : ""
    }

    /// Reads the opened files or the selected dataset if not yet read.
    public func load() {
        guard frames == nil, error == nil else { return }
        do {
            let urls: [URL]
            if let openedFiles {
                urls = openedFiles
            } else {
                guard datasets.indices.contains(datasetIndex) else { return }
                urls = try locator.urls(of: datasets[datasetIndex])
            }
            let f = try MolecularFileSet.read(urls)
            frames = f
            rmsd = f.frames.indices.map { f.centredRMSD($0, 0) }
            let backbone = BackboneTorsions(atoms: f.atoms)
            torsions = backbone.residueCount >= 3 ? backbone : nil
        } catch {
            self.error = String(describing: error)
        }
    }

    /// Opens files (a structure, or a trajectory with its topology) instead of a dataset.
    public func open(_ urls: [URL]) {
        openedFiles = urls
        reset()
    }

    /// Selects the next (+1) or previous (-1) dataset.
    public func stepDataset(_ delta: Int) {
        guard !datasets.isEmpty else { return }
        if openedFiles == nil { datasetIndex = (datasetIndex + delta + datasets.count) % datasets.count }
        openedFiles = nil
        reset()
    }

    /// Selects the dataset with catalog id `id`; returns false (changing nothing) when there is none.
    @discardableResult
    public func select(datasetID id: String) -> Bool {
        guard let index = datasets.firstIndex(where: { $0.id == id }) else { return false }
        datasetIndex = index
        openedFiles = nil
        reset()
        return true
    }

    /// Forgets what was read and reads the current choice.
    private func reset() {
        frames = nil
        error = nil
        frame = 0
        playing = false
        rmsd = []
        torsions = nil
        load()
    }

    /// Moves to a frame (clamped).
    public func goTo(frame f: Int) {
        guard let n = frames?.frames.count, n > 0 else { return }
        frame = min(max(f, 0), n - 1)
    }

    /// Starts or pauses playback.
    public func togglePlay() {
        playing.toggle()
        lastAdvance = Date()
    }

    /// Changes the playback speed by a factor of two (1 to 32 frames per second).
    public func changeSpeed(_ delta: Int) {
        speed = min(max(delta > 0 ? speed * 2 : speed / 2, 1), 32)
    }

    /// Rotates the view by radians.
    public func rotate(yaw dy: Double, pitch dp: Double) {
        yaw += dy
        pitch = min(max(pitch + dp, -.pi / 2), .pi / 2)
    }

    /// Toggles all atoms / Cα trace.
    public func toggleAtoms() {
        allAtoms.toggle()
    }

    /// Advances playback by wall time; returns true when the frame changed.
    func advance(now: Date = Date()) -> Bool {
        guard playing, let n = frames?.frames.count, n > 1 else { return false }
        let due = Int(now.timeIntervalSince(lastAdvance) * Double(speed))
        guard due > 0 else { return false }
        frame = (frame + due) % n
        lastAdvance = now
        return true
    }
}
