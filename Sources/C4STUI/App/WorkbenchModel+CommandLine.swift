import C4SWorkbench
import Foundation

extension WorkbenchModel {
    /// The commands the `:` line understands.
    static let commands = ["run", "open", "export", "help", "quit"]

    func handleCommandLine(_ key: Key, text: String) {
        switch key {
        case .escape: overlay = .none
        case .backspace: overlay = .command(String(text.dropLast()))
        case .clearLine: overlay = .command("")
        case .tab: overlay = .command(complete(text))
        case .character(let c): overlay = .command(text + String(c))
        case .enter:
            overlay = .none
            execute(text)
        default: break
        }
    }

    /// Completes the last word of a command line: a command, a job id after `run`, or a parameter
    /// name of that job. Several candidates complete to their common prefix and are listed in the status.
    public func complete(_ text: String) -> String {
        var words = text.split(separator: " ", omittingEmptySubsequences: false).map(String.init)
        let last = words.last ?? ""
        let candidates: [String]
        switch words.count {
        case 0, 1: candidates = Self.commands.map { $0 + " " }
        case 2 where words[0] == "run": candidates = registry.descriptors.map { $0.id + " " }
        default:
            guard words[0] == "run", let job = registry.descriptors.first(where: { $0.id == words[1] }) else { return text }
            candidates = job.parameters.map { "--\($0.name) " } + ["--json ", "--export "]
        }
        let matches = candidates.filter { $0.hasPrefix(last) }
        guard !matches.isEmpty else { return text }
        if matches.count > 1 { setStatus(matches.map { $0.trimmingCharacters(in: .whitespaces) }.joined(separator: "  ")) }
        words[words.count - 1] = matches.count == 1 ? matches[0] : Self.commonPrefix(matches)
        return words.joined(separator: " ")
    }

    /// Runs a command line: `run JOB --name value …`, `open FILE [FILE]` (a molecular structure or
    /// trajectory, with its topology), `export FILE`, `help`, `quit`.
    public func execute(_ line: String) {
        let words = line.split(separator: " ").map(String.init)
        guard let command = words.first else { return }
        switch command {
        case "run":
            guard words.count >= 2 else {
                setStatus("usage: run JOB --name value …; jobs: " + registry.descriptors.map(\.id).joined(separator: ", "), error: true)
                return
            }
            do {
                let descriptor = try registry.descriptor(words[1])
                let args = try JobArguments(Array(words.dropFirst(2)))
                section = .kernels
                jobIndex = registry.descriptors.firstIndex { $0.id == descriptor.id } ?? jobIndex
                parameterTexts[descriptor.id, default: [:]].merge(args.parameters) { _, typed in typed }
                start(descriptor, arguments: args.parameters)
            } catch {
                setStatus(String(describing: error), error: true)
            }
        case "open":
            guard words.count >= 2 else {
                setStatus("usage: open FILE [TOPOLOGY] (.pdb, .psf + .dcd, .h5md, .xyz)", error: true)
                return
            }
            section = .molecules
            focus = .main
            molecules.open(words.dropFirst().map { URL(fileURLWithPath: $0) })
            if let error = molecules.error { setStatus(error, error: true) }
        case "export":
            guard let run = runToExport else {
                setStatus("no finished run to export yet", error: true)
                return
            }
            export(run, to: words.count > 1 ? words[1] : "c4s-results.h5")
        case "help": overlay = .help
        case "quit", "q":
            cancelAll()
            wantsQuit = true
        default:
            setStatus("unknown command '\(command)'; commands: " + Self.commands.joined(separator: ", "), error: true)
        }
    }

    private static func commonPrefix(_ words: [String]) -> String {
        guard var prefix = words.first else { return "" }
        for w in words.dropFirst() {
            while !w.hasPrefix(prefix) { prefix.removeLast() }
        }
        return prefix
    }
}
