import C4SCore
import C4SSpectral

/// Advances a periodic grid by any number of steps at once: one r2c transform of the whole grid, a
/// multiplication by λ^steps/N (`KernelSpectrum`, the 1/N of FFTW's unnormalised inverse folded in) and one c2r.
/// The grid lives in `grid` (row-major, the problem's dims) between calls.
struct PeriodicSpectralPropagator {
    /// The grid values, N doubles, row-major.
    let grid: FFTBuffer
    private let spectrumBuffer: FFTBuffer
    private let forward: FFTPlan, inverse: FFTPlan
    private let spectrum: KernelSpectrum
    private let threads: Int

    /// Plans (or reuses from `FFTPlanCache.shared`) the whole-grid transforms and loads `problem`'s grid.
    /// - Throws: `SpectralError` when FFTW cannot plan the grid's size.
    init(problem: StencilProblem, effort: FFTPlanningEffort) throws {
        let dims = problem.grid.dims
        forward = try FFTPlanCache.shared.plan(FFTPlanKey(dims: dims, kind: .r2c, direction: .forward, effort: effort, threads: problem.threads))
        inverse = try FFTPlanCache.shared.plan(FFTPlanKey(dims: dims, kind: .c2r, direction: .backward, effort: effort, threads: problem.threads))
        let values = forward.makeInput()
        problem.grid.values.withUnsafeBufferPointer { values.pointer.update(from: $0.baseAddress!, count: $0.count) }
        grid = values
        spectrumBuffer = forward.makeOutput()
        spectrum = KernelSpectrum(kernel: problem.kernel, dims: dims)
        threads = problem.threads
    }

    /// Applies `steps` (≥ 1) periodic steps of the kernel to `grid` in place.
    func advance(steps: Int) {
        forward.execute(input: grid, output: spectrumBuffer)
        spectrum.multiply(spectrumBuffer, power: steps, scale: 1 / Double(forward.key.points), threads: threads)
        inverse.execute(input: spectrumBuffer, output: grid)
    }
}
