import CBZip2
import Foundation

/// Decompresses bzip2 files (`.bz2`, possibly several concatenated streams) in memory through libbz2.
enum BZip2Decompressor {
    /// The decompressed bytes of the file at `url`.
    /// - Throws: `MolecularFileError` naming the file when it cannot be read or is not valid bzip2.
    static func decompress(_ url: URL) throws -> Data {
        let compressed: Data
        do { compressed = try Data(contentsOf: url) } catch {
            throw MolecularFileError(file: url.path, line: nil, message: "cannot read the file: \(error.localizedDescription)")
        }
        func reject(_ reason: String) -> MolecularFileError {
            MolecularFileError(file: url.path, line: nil, message: "not a valid bzip2 file: \(reason)")
        }
        var output = Data()
        var buffer = [UInt8](repeating: 0, count: 1 << 20)
        var offset = 0
        try compressed.withUnsafeBytes { (input: UnsafeRawBufferPointer) in
            guard let base = input.baseAddress else { throw reject("the file is empty") }
            while offset < input.count {
                var stream = bz_stream()
                guard BZ2_bzDecompressInit(&stream, 0, 0) == BZ_OK else { throw reject("libbz2 could not start") }
                defer { BZ2_bzDecompressEnd(&stream) }
                stream.next_in = UnsafeMutablePointer(mutating: base.assumingMemoryBound(to: CChar.self) + offset)
                stream.avail_in = UInt32(input.count - offset)
                var status = BZ_OK
                while status == BZ_OK {
                    status = buffer.withUnsafeMutableBytes { out in
                        stream.next_out = out.baseAddress!.assumingMemoryBound(to: CChar.self)
                        stream.avail_out = UInt32(out.count)
                        return BZ2_bzDecompress(&stream)
                    }
                    output.append(contentsOf: buffer[0..<(buffer.count - Int(stream.avail_out))])
                    if status == BZ_OK, stream.avail_in == 0, stream.avail_out > 0 { throw reject("the data ends inside a stream (truncated file)") }
                }
                guard status == BZ_STREAM_END else { throw reject("libbz2 error \(status) at compressed byte \(offset)") }
                offset = input.count - Int(stream.avail_in)
            }
        }
        return output
    }
}
