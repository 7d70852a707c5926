/// A command that could not do its work, for a reason other than how it was typed (a missing file,
/// a failed export, a failed job). Printed as `Error: <message>` without the usage text.
struct CommandFailure: Error, CustomStringConvertible {
    /// What went wrong and what to do instead.
    let description: String

    /// Wraps a message.
    init(_ description: String) {
        self.description = description
    }
}
