/// A concrete factor behind a difference and the norm or notion that shapes it (Huddinge 2.2).
public struct CausePair: Sendable, Codable, Hashable {
    /// The concrete factor (column A): needs, living conditions, routines, resources …
    public var factor: String
    /// The norm or notion behind it (column B).
    public var norm: String

    /// Creates a pair.
    public init(factor: String, norm: String) {
        self.factor = factor
        self.norm = norm
    }

    /// Whether both halves are empty.
    public var isEmpty: Bool { factor.isEmpty && norm.isEmpty }
}
