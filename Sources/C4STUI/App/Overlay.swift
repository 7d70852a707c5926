/// What is drawn over the panes and takes the keys first.
public enum Overlay: Equatable {
    case none
    /// The key help (`?`).
    case help
    /// The command line (`:`) with its text.
    case command(String)
    /// A one-line text prompt (editing a parameter, naming an export file).
    case prompt(PromptPurpose, label: String, text: String)
}

/// What a prompt's answer is for.
public enum PromptPurpose: Equatable {
    case parameter(String)
    case exportFile
}
