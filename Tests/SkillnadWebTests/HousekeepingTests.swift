import Foundation
import Testing

@testable import SkillnadStorage
@testable import SkillnadWeb

/// Expired sessions, import statuses and uploads never imported are removed; live ones stay.
@Suite(.serialized) struct HousekeepingTests {
    @Test func expiredEntriesAndOldUploadsArePurged() async throws {
        try await WebHarness.with(demo: false) { harness in
            let services = harness.services
            let store = services.store
            try await store.set(key: "session.gammal", value: "{}", expiresAt: Storage.now - 10)
            try await store.set(key: "import.gammal", value: "{}", expiresAt: Storage.now - 10)
            try await store.set(key: "session.levande", value: "{}", expiresAt: Storage.now + 3600)
            let user = try #require(try await services.users.find(username: "analytiker"))
            try await services.uploads.save(
                .init(token: "ny", userId: user.id, datasetId: nil, fileName: "a.csv", sheet: "", bytes: [1]))
            try await services.storage.sql.raw(
                "INSERT INTO pending_uploads (token, user_id, dataset_id, file_name, sheet, data, created_at) VALUES ('gammal', \(bind: user.id), NULL, 'b.csv', '', \(bind: Data([1])), \(bind: Storage.now - 2 * 86_400))"
            ).run()
            await HousekeepingService(services: services).purge()
            let keys = try await services.storage.sql.select().column("key").from("kv_store").all().map {
                try $0.decode(column: "key", as: String.self)
            }
            #expect(!keys.contains("session.gammal") && !keys.contains("import.gammal"))
            #expect(keys.contains("session.levande"))
            #expect(try await services.uploads.load(token: "gammal", userId: user.id) == nil)
            #expect(try await services.uploads.load(token: "ny", userId: user.id) != nil)
        }
    }
}
