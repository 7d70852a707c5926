import C4SCore
import CFFTW
import Foundation

/// An FFTW plan: made once (expensive for `measure` and `patient`), executed many times on any buffers of
/// the right sizes, from any threads at once.
///
/// Plans are out of place: input and output are different buffers. r2c and c2c preserve their input;
/// c2r overwrites its input (FFTW has no input-preserving multi-dimensional c2r). Executing is thread-safe
/// as long as concurrent executions use different buffers. The plan is destroyed (under the planner lock)
/// when the object is released.
public final class FFTPlan: @unchecked Sendable {
    /// What this plan computes.
    public let key: FFTPlanKey
    /// Wall-clock seconds FFTW spent planning, including time waiting for the planner lock (not the scratch arrays).
    public let planningSeconds: Double
    /// FFTW's handle (`fftw_plan`), for C code that executes this very plan (the wrapper-overhead baseline);
    /// valid while this object lives; never destroy it.
    public let plan: OpaquePointer

    /// Plans the transform for `key` (FFTW's planner, under the process-wide lock). Planning uses scratch
    /// arrays of its own, so no caller data is touched even with `measure`; wisdom already loaded speeds it up.
    /// - Throws: `SpectralError.planningFailed` when FFTW returns no plan.
    public init(_ key: FFTPlanKey) throws {
        let input = FFTBuffer(count: key.inputDoubles), output = FFTBuffer(count: key.outputDoubles)
        let start = ContinuousClock.now
        let n = key.dims.map { Int32($0) }, rank = Int32(key.dims.count), flags = key.effort.fftwFlag
        let made: OpaquePointer? = FFTWRuntime.withPlanner {
            fftw_plan_with_nthreads(Int32(key.threads))
            return switch key.kind {
            case .r2c: fftw_plan_dft_r2c(rank, n, input.pointer, output.complexPointer, flags)
            case .c2r: fftw_plan_dft_c2r(rank, n, input.complexPointer, output.pointer, flags)
            case .c2c: fftw_plan_dft(rank, n, input.complexPointer, output.complexPointer, key.direction.fftwSign, flags)
            }
        }
        guard let made else { throw SpectralError.planningFailed(key) }
        self.key = key
        plan = made
        planningSeconds = WallClock.seconds(since: start)
    }

    deinit {
        FFTWRuntime.withPlanner { fftw_destroy_plan(plan) }
    }

    /// Makes a zeroed input buffer of the size this plan reads (`key.inputDoubles`).
    public func makeInput() -> FFTBuffer { FFTBuffer(count: key.inputDoubles) }

    /// Makes a zeroed output buffer of the size this plan writes (`key.outputDoubles`).
    public func makeOutput() -> FFTBuffer { FFTBuffer(count: key.outputDoubles) }

    /// Computes the transform of `input` into `output`, unnormalised (a backward transform of a forward
    /// transform is N times the original; see `executeNormalizedInverse`).
    /// - Precondition: `input.count == key.inputDoubles`, `output.count == key.outputDoubles`, and the two are
    ///   different buffers. For c2r the input is overwritten.
    public func execute(input: FFTBuffer, output: FFTBuffer) {
        precondition(input.count == key.inputDoubles && output.count == key.outputDoubles,
                     "buffers of \(input.count) and \(output.count) doubles for \(key), which needs \(key.inputDoubles) and \(key.outputDoubles)")
        precondition(input !== output, "FFTPlan executes out of place: input and output must differ")
        switch key.kind {
        case .r2c: fftw_execute_dft_r2c(plan, input.pointer, output.complexPointer)
        case .c2r: fftw_execute_dft_c2r(plan, input.complexPointer, output.pointer)
        case .c2c: fftw_execute_dft(plan, input.complexPointer, output.complexPointer)
        }
    }

    /// The backward transform divided by N (`key.points`), so that forward followed by this returns the
    /// original data (up to rounding, about 1e-16 × log2 N relative).
    /// - Precondition: the plan is backward (c2r, or c2c backward); the preconditions of `execute`.
    public func executeNormalizedInverse(input: FFTBuffer, output: FFTBuffer) {
        precondition(key.direction == .backward, "executeNormalizedInverse needs a backward plan, not \(key)")
        execute(input: input, output: output)
        let scale = 1 / Double(key.points)
        for i in 0..<output.count { output.pointer[i] *= scale }
    }
}
