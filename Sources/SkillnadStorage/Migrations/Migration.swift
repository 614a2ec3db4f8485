import SQLKit

/// One versioned schema change.
public struct Migration: Sendable {
    /// Version number; migrations run in ascending order, each once.
    public var version: Int
    /// What it does.
    public var name: String
    /// The change.
    public var apply: @Sendable (any SQLDatabase, Storage.Engine) async throws -> Void

    /// Creates a migration.
    public init(
        version: Int, name: String, apply: @escaping @Sendable (any SQLDatabase, Storage.Engine) async throws -> Void
    ) {
        self.version = version
        self.name = name
        self.apply = apply
    }
}
