import C4SCore
import C4SIO
import C4SWorkbench
import Foundation

/// The state of the molecule pane: which structure or trajectory is open, the frame, playback,
/// the view rotation and what is drawn. Files are read on demand (PDB, multi-model PDB, H5MD).
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
    private var lastAdvance = Date()

    /// Creates a browser; nothing is read until `load()`.
    public init(catalog: DatasetCatalog, locator: DatasetLocator) {
        datasets = catalog.datasets.filter { $0.kind == .trajectory || $0.kind == .molecule }
        self.locator = locator
        datasetIndex = datasets.firstIndex { $0.id == "neopetrosiamide-nmr" } ?? 0
    }

    /// Reads the selected dataset if not yet read.
    public func load() {
        guard frames == nil, error == nil, datasets.indices.contains(datasetIndex) else { return }
        let entry = datasets[datasetIndex]
        do {
            let urls = try locator.urls(of: entry)
            if let h5md = urls.first(where: { $0.pathExtension == "h5md" }) {
                frames = try H5MDFrameReader.read(from: h5md)
            } else if let pdb = urls.first(where: { $0.pathExtension == "pdb" }) {
                frames = try PDBFrameReader.read(from: pdb)
            } else {
                error = "\(entry.id): no reader yet for " + urls.map { ".\($0.pathExtension)" }.joined(separator: ", ")
                    + " (this pane reads PDB, multi-model PDB and H5MD)"
            }
            if let f = frames { rmsd = f.frames.indices.map { f.centredRMSD($0, 0) } }
        } catch {
            self.error = String(describing: error)
        }
    }

    /// Selects the next (+1) or previous (-1) dataset.
    public func stepDataset(_ delta: Int) {
        guard !datasets.isEmpty else { return }
        datasetIndex = (datasetIndex + delta + datasets.count) % datasets.count
        frames = nil
        error = nil
        frame = 0
        playing = false
        rmsd = []
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
