import Foundation

/// Where Skillnad keeps its data: an embedded SQLite file (default) or a PostgreSQL server
/// (for several app instances behind a load balancer).
public enum StorageConfiguration: Sendable, Equatable {
    /// A SQLite database file.
    case sqlite(path: String)
    /// A PostgreSQL server, `postgres://user:password@host:5432/database`.
    case postgres(url: String)

    /// The configuration for a data directory, or a database URL when one is given.
    public static func resolve(dataDirectory: String, databaseURL: String?) -> StorageConfiguration {
        if let databaseURL, databaseURL.hasPrefix("postgres://") || databaseURL.hasPrefix("postgresql://") {
            return .postgres(url: databaseURL)
        }
        return .sqlite(path: (dataDirectory as NSString).appendingPathComponent("skillnad.sqlite"))
    }

    /// A description without the password.
    public var redacted: String {
        switch self {
        case .sqlite(let path): return "SQLite \(path)"
        case .postgres(let url):
            guard var components = URLComponents(string: url) else { return "PostgreSQL" }
            if components.password != nil { components.password = "***" }
            return "PostgreSQL \(components.string ?? "")"
        }
    }
}
