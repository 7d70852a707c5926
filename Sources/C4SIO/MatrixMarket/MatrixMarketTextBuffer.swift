/// The bytes of a Matrix Market file as the writer produces them.
struct MatrixMarketTextBuffer {
    private(set) var bytes: [UInt8] = []

    /// An empty buffer with room for `capacity` bytes.
    init(capacity: Int) {
        bytes.reserveCapacity(capacity)
    }

    mutating func append(_ text: String) {
        bytes.append(contentsOf: text.utf8)
    }

    mutating func append(_ integer: Int) {
        bytes.append(contentsOf: String(integer).utf8)
    }

    mutating func append(_ integer: Int64) {
        bytes.append(contentsOf: String(integer).utf8)
    }

    /// The shortest decimal that reads back as exactly `real` (Swift's `description`, which
    /// gives ANSI C syntax such as `0.1`, `1e-05`, `1e+16`, `nan`, `-inf`), without a
    /// trailing `.0`, so that whole numbers read `3` rather than `3.0`.
    mutating func append(_ real: Double) {
        let text = real.description
        let utf8 = text.utf8
        if utf8.count > 2, utf8.last == UInt8(ascii: "0"), utf8.dropLast().last == UInt8(ascii: ".") {
            bytes.append(contentsOf: utf8.dropLast(2))
        } else {
            bytes.append(contentsOf: utf8)
        }
    }

    mutating func appendSpace() {
        bytes.append(UInt8(ascii: " "))
    }

    mutating func appendNewline() {
        bytes.append(UInt8(ascii: "\n"))
    }
}
