/// The data types on the two sides of a discrete Fourier transform (double precision throughout).
public enum FFTKind: String, Sendable, Hashable, CaseIterable, CustomStringConvertible {
    /// Real input of N values to the non-redundant half spectrum (Hermitian symmetry):
    /// for dims `[n0, …, nd]` the output has `n0 × … × (nd/2 + 1)` complex values. Always forward.
    case r2c
    /// The half spectrum of `r2c` back to N real values. Always backward. FFTW overwrites the input.
    case c2r
    /// N complex values to N complex values, forward or backward.
    case c2c

    /// The raw value (`r2c`, `c2r`, `c2c`).
    public var description: String { rawValue }

    /// True when the transform works on real data on one side (FFTW counts half the complex flops).
    public var isReal: Bool { self != .c2c }
}
