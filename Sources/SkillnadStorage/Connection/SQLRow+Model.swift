import SQLKit

extension SQLRow {
    /// The row decoded as a Codable model whose camel-case properties match the snake-case
    /// columns (`created_at` → `createdAt`).
    func model<T: Decodable>(_ type: T.Type) throws -> T {
        try decode(model: type, keyDecodingStrategy: .convertFromSnakeCase)
    }
}
