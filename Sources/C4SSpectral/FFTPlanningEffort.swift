import CFFTW

/// How hard FFTW searches for a fast plan. More effort costs planning time (seconds to minutes for large
/// sizes) and pays back over many executions; wisdom (`FFTWisdom`) keeps the result between runs.
public enum FFTPlanningEffort: String, Sendable, Hashable, CaseIterable, CustomStringConvertible {
    /// A heuristic plan, no measurement: planning is instant, the plan may be slower. Leaves arrays untouched.
    case estimate
    /// Times a few candidate algorithms (FFTW_MEASURE).
    case measure
    /// Times a wider range of algorithms (FFTW_PATIENT); much slower planning for large sizes.
    case patient

    /// The raw value (`estimate`, `measure`, `patient`).
    public var description: String { rawValue }

    /// FFTW's planner flag for this effort.
    var fftwFlag: UInt32 {
        switch self {
        case .estimate: c4s_FFTW_ESTIMATE()
        case .measure: c4s_FFTW_MEASURE()
        case .patient: c4s_FFTW_PATIENT()
        }
    }
}
