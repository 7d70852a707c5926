import Foundation

/// A private tmux server with one detached session running a command in a real pseudo-terminal,
/// for end-to-end tests of the full-screen workbench.
final class TmuxSession {
    private let socket = "c4s-test-\(UUID().uuidString.prefix(8))"
    /// A fresh configuration folder, so remembered selections of earlier sessions do not leak in.
    let configDirectory = FileManager.default.temporaryDirectory.appendingPathComponent("c4s-config-\(UUID().uuidString)")

    /// Starts `command` in a new session of `columns` x `rows` cells. The shell prints
    /// `EXITED <status>` when the command ends and keeps the pane open.
    init(command: String, columns: Int, rows: Int) throws {
        try tmux(captureOutput: false, ["-f", "/dev/null", "new-session", "-d", "-x", "\(columns)", "-y", "\(rows)", "-s", "t",
                  "TERM=screen-256color LANG=C.UTF-8 XDG_CONFIG_HOME=\(configDirectory.path) \(command); echo EXITED $?; sleep 60"])
    }

    deinit {
        _ = try? tmux(captureOutput: false, ["kill-server"])
        try? FileManager.default.removeItem(at: configDirectory)
    }

    /// The visible text of the pane.
    func capture() throws -> String {
        try tmux(["capture-pane", "-p", "-t", "t"])
    }

    /// A tmux format value of the pane (e.g. `#{alternate_on}`).
    func query(_ format: String) throws -> String {
        try tmux(["display-message", "-p", "-t", "t", format]).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// Sends keys in tmux's notation (`q`, `C-c`).
    func send(_ keys: String...) throws {
        try tmux(["send-keys", "-t", "t"] + keys)
    }

    /// Resizes the window.
    func resize(columns: Int, rows: Int) throws {
        try tmux(["resize-window", "-t", "t", "-x", "\(columns)", "-y", "\(rows)"])
    }

    /// Polls the pane until `predicate` holds or `timeout` seconds pass; returns the last capture.
    @discardableResult
    func waitFor(timeout: Double = 20, _ predicate: (String) -> Bool) throws -> String {
        let deadline = Date().addingTimeInterval(timeout)
        var text = try capture()
        while !predicate(text) && Date() < deadline {
            Thread.sleep(forTimeInterval: 0.1)
            text = try capture()
        }
        return text
    }

    /// Runs one tmux command through bash, which first closes every inherited descriptor above 2:
    /// the tmux server daemonizes and would otherwise keep Foundation's process-exit socket (and any
    /// output pipe) open, so `waitUntilExit` and reading to the end would never return.
    @discardableResult
    private func tmux(captureOutput: Bool = true, _ arguments: [String]) throws -> String {
        let closeInherited = #"for fd in /proc/$$/fd/*; do n=${fd##*/}; [ "$n" -gt 2 ] && eval "exec $n>&-"; done; exec tmux "$@""#
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/bash")
        process.arguments = ["-c", closeInherited, "tmux", "-L", socket] + arguments
        let pipe = Pipe()
        process.standardOutput = captureOutput ? pipe : FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = captureOutput ? pipe.fileHandleForReading.readDataToEndOfFile() : Data()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }
}
