/// The municipalities an indicator is compared with for the quartile box: a Kolada group
/// ("Liknande kommuner grundskola, Ale, 2024") or a hand-picked list. Its name and size are
/// printed beside the box, because "Bästa 25%" only means something relative to a set.
public struct ComparisonSet: Sendable, Hashable, Codable {
    /// Name shown ("Liknande kommuner äldreomsorg").
    public var name: String
    /// Members (names or codes as the values are stored).
    public var members: [String]

    /// A set.
    public init(name: String, members: [String]) {
        self.name = name
        self.members = members
    }

    /// The members' values among `values` (unit → value).
    public func values(from values: [String: Double]) -> [Double] {
        let wanted = Set(members.map { $0.lowercased() })
        return values.filter { wanted.contains($0.key.lowercased()) }.map(\.value)
    }
}
