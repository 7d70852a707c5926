import ArgumentParser
import C4SCore
import C4SWorkbench

/// `c4s version`: the workbench's version and commit, and the C libraries it runs on.
struct VersionCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "version",
        abstract: "Print the version, git commit and the versions of the linked C libraries.")

    func run() {
        print("C4S Workbench \(SoftwareVersion.version)")
        print("commit        \(SoftwareVersion.gitCommit() ?? "unknown")")
        for library in LinkedLibraries.versions() {
            print("\(library.name.padding(toLength: 14, withPad: " ", startingAt: 0))\(library.version)")
        }
    }
}
