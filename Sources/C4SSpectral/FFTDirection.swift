import CFFTW

/// The sign of the exponent: forward is X_k = Σ x_j e^{-2πi jk/N}, backward is x_j = Σ X_k e^{+2πi jk/N}.
///
/// FFTW's backward transform is unnormalised: forward then backward multiplies the data by N (the number of
/// logical points). `FFTPlan.executeNormalizedInverse` divides by N so that the round trip is the identity.
public enum FFTDirection: String, Sendable, Hashable, CaseIterable, CustomStringConvertible {
    /// Exponent sign −1.
    case forward
    /// Exponent sign +1, unnormalised.
    case backward

    /// The raw value (`forward`, `backward`).
    public var description: String { rawValue }

    /// FFTW's sign argument (FFTW_FORWARD = −1, FFTW_BACKWARD = +1).
    var fftwSign: Int32 { self == .forward ? c4s_FFTW_FORWARD() : c4s_FFTW_BACKWARD() }
}
