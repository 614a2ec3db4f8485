import Foundation
import SQLKit

/// Application settings set by administrators.
public struct SettingsRepository: Sendable {
    let db: any SQLDatabase

    /// Repository on a storage.
    public init(_ storage: Storage) {
        db = storage.sql
    }

    /// Known settings.
    public enum Key: String, Sendable {
        /// Disclosure-control threshold.
        case threshold = "disclosure.threshold"
        /// Largest upload in megabytes.
        case uploadLimit = "upload.limit.mb"
        /// The municipality's own name in governance (the unit its indicators follow).
        case municipality = "governance.municipality"
    }

    /// A setting's value.
    public func get(_ key: Key) async throws -> String? {
        try await db.select().column("value").from("settings").where("key", .equal, SQLBind(key.rawValue)).first()?
            .decode(column: "value", as: String.self)
    }

    /// Sets a value.
    public func set(_ key: Key, _ value: String) async throws {
        try await db.insert(into: "settings").columns("key", "value").values(SQLBind(key.rawValue), SQLBind(value))
            .onConflict(with: ["key"]) { $0.set(excludedValueOf: "value") }.run()
    }

    /// What readers may request from a dataset: dimensions and crossing depth, as set by an
    /// analyst; nil when the default applies.
    public func publication(datasetId: Int64) async throws -> PublicationSetting? {
        guard
            let text = try await db.select().column("value").from("settings")
                .where("key", .equal, SQLBind(Self.publicationKey(datasetId))).first()?
                .decode(column: "value", as: String.self)
        else { return nil }
        return try? JSONDecoder().decode(PublicationSetting.self, from: Data(text.utf8))
    }

    /// Sets (or with nil removes) what readers may request from a dataset.
    public func setPublication(_ setting: PublicationSetting?, datasetId: Int64) async throws {
        let key = Self.publicationKey(datasetId)
        guard let setting else {
            try await db.delete(from: "settings").where("key", .equal, SQLBind(key)).run()
            return
        }
        let value = String(decoding: try JSONEncoder().encode(setting), as: UTF8.self)
        try await db.insert(into: "settings").columns("key", "value").values(SQLBind(key), SQLBind(value))
            .onConflict(with: ["key"]) { $0.set(excludedValueOf: "value") }.run()
    }

    static func publicationKey(_ datasetId: Int64) -> String { "dataset.\(datasetId).publication" }

    /// The disclosure threshold (default 5, never below 3).
    public func threshold() async throws -> Int {
        max(3, Int(try await get(.threshold) ?? "") ?? 5)
    }
}
