/// A problem reading a file, with one clear Swedish message naming the file, row and column,
/// what was expected and what was found.
public struct ImportError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The file.
    public var file: String
    /// 1-based line or row in the file, when the problem has one.
    public var row: Int?
    /// Column name or letter, when the problem has one.
    public var column: String?
    /// What was expected.
    public var expected: String
    /// What was found.
    public var found: String

    /// Creates an error.
    public init(file: String, row: Int? = nil, column: String? = nil, expected: String, found: String) {
        self.file = file
        self.row = row
        self.column = column
        self.expected = expected
        self.found = found
    }

    /// The message shown to the user, in Swedish.
    public var description: String {
        var place = "Fel i filen \(file)"
        if let row { place += ", rad \(row)" }
        if let column { place += ", kolumn \"\(column)\"" }
        return "\(place): förväntade \(expected), men fann \(found)."
    }
}
