import C4SCore
import Foundation
import Testing

@Suite struct SHA256Tests {
    @Test func knownVectors() {
        #expect(SHA256.hex(of: Data()) == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        #expect(SHA256.hex(of: Data("abc".utf8)) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        // FIPS 180-4 two-block message (56 bytes: padding spills into a second block).
        #expect(SHA256.hex(of: Data("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq".utf8))
                == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
    }

    @Test func streamingMatchesOneShotAcrossBlockBoundaries() {
        let message = Data((0..<1000).map { UInt8(truncatingIfNeeded: $0 * 7) })
        var h = SHA256()
        for split in stride(from: 0, to: 1000, by: 63) {
            message[split..<min(split + 63, 1000)].withUnsafeBytes { h.update($0) }
        }
        #expect(Hex.string(h.finalize()) == SHA256.hex(of: message))
    }

    @Test func fileDigestMatchesSha256sum() throws {
        let mirror = try #require(SharedMirror.directory(forFileIn: #filePath))
        let file = mirror.appendingPathComponent("matrices/west0067.mtx")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["sha256sum", file.path]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        let expected = String(output.prefix(64))
        #expect(try SHA256.hex(ofFileAt: file) == expected)
    }
}
