/// Why a transform could not be planned or wisdom could not be saved or loaded.
public enum SpectralError: Error, CustomStringConvertible, Sendable, Equatable {
    /// The shape cannot be transformed: the reason says what would be valid.
    case invalidShape([Int], reason: String)
    /// The kind and direction do not go together (r2c is always forward, c2r always backward).
    case invalidDirection(kind: FFTKind, direction: FFTDirection)
    /// FFTW returned no plan for this key (for example an effort FFTW cannot satisfy).
    case planningFailed(FFTPlanKey)
    /// FFTW could not write its wisdom to this path.
    case wisdomExportFailed(path: String)
    /// FFTW could not read wisdom from this path (missing, unreadable or not wisdom).
    case wisdomImportFailed(path: String)

    /// The message shown to users.
    public var description: String {
        switch self {
        case .invalidShape(let dims, let reason):
            "FFT size \(dims.map(String.init).joined(separator: "x")): \(reason)"
        case .invalidDirection(let kind, let direction):
            "\(kind.rawValue) transforms cannot run \(direction.rawValue); r2c is forward only, c2r backward only, c2c either"
        case .planningFailed(let key):
            "FFTW could not plan \(key)"
        case .wisdomExportFailed(let path):
            "could not write FFTW wisdom to \(path)"
        case .wisdomImportFailed(let path):
            "could not read FFTW wisdom from \(path)"
        }
    }
}
