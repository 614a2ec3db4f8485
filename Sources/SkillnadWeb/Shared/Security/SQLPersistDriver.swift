import Foundation
import Hummingbird
import SkillnadStorage

/// Hummingbird's persist driver on the database, so sessions live in the database and every
/// app instance behind a load balancer sees the same sessions.
struct SQLPersistDriver: PersistDriver {
    let store: KeyValueStore

    func create<Object: Codable & Sendable>(key: String, value: Object, expires: Duration?) async throws {
        let json = String(decoding: try JSONEncoder().encode(value), as: UTF8.self)
        guard try await store.create(key: key, value: json, expiresAt: expires.map(Self.deadline)) else {
            throw PersistError.duplicate
        }
    }

    func set<Object: Codable & Sendable>(key: String, value: Object, expires: Duration?) async throws {
        let json = String(decoding: try JSONEncoder().encode(value), as: UTF8.self)
        try await store.set(key: key, value: json, expiresAt: expires.map(Self.deadline))
    }

    func get<Object: Codable & Sendable>(key: String, as type: Object.Type) async throws -> Object? {
        try await getWithTTL(key: key, as: type)?.object
    }

    func getWithTTL<Object: Codable & Sendable>(
        key: String, as type: Object.Type
    ) async throws -> (object: Object, ttl: Duration?)? {
        guard let (json, expiresAt) = try await store.get(key: key) else { return nil }
        do {
            let object = try JSONDecoder().decode(type, from: Data(json.utf8))
            return (object, expiresAt.map { .seconds($0 - Storage.now) })
        } catch {
            throw PersistError.invalidConversion
        }
    }

    func remove(key: String) async throws {
        try await store.remove(key: key)
    }

    static func deadline(_ duration: Duration) -> Int64 {
        Storage.now + duration.components.seconds
    }
}
