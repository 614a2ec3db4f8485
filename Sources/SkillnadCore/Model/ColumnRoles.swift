/// The roles of every column of a table and the table's shape.
public struct ColumnRoles: Sendable {
    /// Role per column, in column order.
    public var roles: [ColumnRole]
    /// Whether each column is an ordered dimension.
    public var ordered: [Bool]
    /// Individual or aggregated.
    public var shape: DataShape

    /// Creates roles.
    public init(roles: [ColumnRole], ordered: [Bool], shape: DataShape) {
        self.roles = roles
        self.ordered = ordered
        self.shape = shape
    }

    /// Indices of columns with the role.
    public func columns(with role: ColumnRole) -> [Int] {
        roles.indices.filter { roles[$0] == role }
    }
}
