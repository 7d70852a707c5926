/// Walks a buffer of bytes line by line and splits each line into whitespace-separated
/// tokens, reusing one token buffer so that no line allocates.
///
/// Lines end at `\n`; `\r`, space, tab, vertical tab and form feed separate tokens, so CRLF
/// files read like LF files. Line numbers are 1-based. The buffer must outlive the scanner.
struct MatrixMarketLineScanner {
    private let bytes: UnsafeBufferPointer<UInt8>
    private var nextLineStart: Int
    /// The 1-based number of the current line; 0 before the first line. Once input is
    /// exhausted it stays at the number of the file's last line.
    private(set) var lineNumber = 0
    /// Byte ranges of the current line's tokens.
    private(set) var tokens: [Range<Int>] = []

    /// A scanner positioned before the first line; a UTF-8 byte-order mark is skipped.
    init(bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
        let bom: [UInt8] = [0xEF, 0xBB, 0xBF]
        nextLineStart = bytes.starts(with: bom) ? bom.count : 0
        tokens.reserveCapacity(8)
    }

    /// The number of bytes after the current line.
    var remainingByteCount: Int { max(0, bytes.count - nextLineStart) }

    /// Moves to the next line and splits it into tokens; false when input is exhausted.
    mutating func advanceLine() -> Bool {
        guard nextLineStart < bytes.count else { return false }
        lineNumber += 1
        tokens.removeAll(keepingCapacity: true)
        var index = nextLineStart
        var tokenStart: Int?
        while index < bytes.count {
            let byte = bytes[index]
            if byte == 0x0A { break }  // "\n"
            if Self.isSeparator(byte) {
                if let start = tokenStart {
                    tokens.append(start..<index)
                    tokenStart = nil
                }
            } else if tokenStart == nil {
                tokenStart = index
            }
            index += 1
        }
        if let start = tokenStart { tokens.append(start..<index) }
        nextLineStart = index + 1
        return true
    }

    /// Moves to the next line that holds something other than whitespace or a comment
    /// (a line whose first token starts with `%`); false when input is exhausted.
    mutating func advanceToContentLine() -> Bool {
        while advanceLine() {
            if let first = tokens.first, bytes[first.lowerBound] != UInt8(ascii: "%") { return true }
        }
        return false
    }

    /// The bytes of token `index` of the current line.
    func token(_ index: Int) -> UnsafeBufferPointer<UInt8> {
        UnsafeBufferPointer(rebasing: bytes[tokens[index]])
    }

    /// Token `index` as text for a message, shortened to at most 40 characters.
    func quoted(_ index: Int) -> String {
        Self.quoted(token(index))
    }

    /// The current line from its first to its last token, shortened like ``quoted(_:)``.
    var quotedLine: String {
        guard let first = tokens.first, let last = tokens.last else { return "''" }
        return Self.quoted(UnsafeBufferPointer(rebasing: bytes[first.lowerBound..<last.upperBound]))
    }

    /// Whether token `index` equals `keyword`, ignoring ASCII case.
    func token(_ index: Int, equalsIgnoringCase keyword: String) -> Bool {
        let token = token(index)
        guard token.count == keyword.utf8.count else { return false }
        return zip(token, keyword.utf8).allSatisfy { Self.lowercased($0) == Self.lowercased($1) }
    }

    private static func quoted(_ text: UnsafeBufferPointer<UInt8>) -> String {
        let limit = 40
        let shown = String(decoding: text.prefix(limit), as: UTF8.self)
        return "'" + shown + (text.count > limit ? "...'" : "'")
    }

    private static func lowercased(_ byte: UInt8) -> UInt8 {
        (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte) ? byte + 32 : byte
    }

    /// Space, or one of tab, line feed, vertical tab, form feed, carriage return (0x09...0x0D).
    /// Byte literals rather than `UInt8(ascii:)` keep debug builds fast.
    private static func isSeparator(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte &- 0x09 < 5
    }
}
