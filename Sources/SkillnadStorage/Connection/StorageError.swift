/// Storage problems the interface explains to users.
public enum StorageError: Error, Sendable, Equatable, CustomStringConvertible {
    /// A unique value already exists (e.g. a user name).
    case duplicate(String)
    /// The record does not exist.
    case notFound(String)
    /// Stored data could not be read back.
    case corrupt(String)

    /// The message in Swedish.
    public var description: String {
        switch self {
        case .duplicate(let what): "\(what) finns redan."
        case .notFound(let what): "\(what) finns inte."
        case .corrupt(let what): "Lagrade data kunde inte läsas: \(what)."
        }
    }
}
