/// A cell in a source file: its 1-based row (line) and its text.
public struct CellReference: Sendable, Hashable, Codable {
    /// Row in the file, 1-based, header included.
    public var row: Int
    /// The cell's text.
    public var text: String

    /// Creates a reference.
    public init(row: Int, text: String) {
        self.row = row
        self.text = text
    }
}
