import Foundation
import Testing

@testable import SkillnadCore
@testable import SkillnadWeb

@Suite(.serialized) struct APITests {
    @Test func tokensAreIssuedUsedAndRevoked() async throws {
        try await WebHarness.with { harness in
            try await harness.test { browser in
                try await browser.login("admin")
                let page = try await browser.get("/admin/tokens")
                let reader = try #require(try await harness.services.users.find(username: "lasare"))
                let issued = try await browser.post(
                    "/admin/tokens", [("user", String(reader.id)), ("name", "Power BI")])
                #expect(issued.status == .ok)
                let range = try #require(issued.body.range(of: #"sk_[0-9a-f]{64}"#, options: .regularExpression))
                let token = String(issued.body[range])
                _ = page
                let api = Browser(client: browser.client)
                let list = try await api.request(.get, "/api/v1/datasets", headers: [.authorization: "Bearer \(token)"])
                #expect(list.status == .ok)
                let json = try #require(try JSONSerialization.jsonObject(with: Data(list.bytes)) as? [String: Any])
                #expect((json["datasets"] as? [Any])?.count == 3)
                let scan = try await api.request(
                    .get, "/api/v1/datasets/1/differences?outcome=beviljad_insats&by=k%C3%B6n&uncontrolled=1",
                    headers: [.authorization: "Bearer \(token)"])
                #expect(scan.status == .ok)
                let scanJSON = try #require(try JSONSerialization.jsonObject(with: Data(scan.bytes)) as? [String: Any])
                #expect(scanJSON["disclosureControlled"] as? Bool == true, "a reader's token never turns control off")
                #expect(
                    scanJSON["published"] as? Bool == true, "a reader's token gets the output protected for publication"
                )
                let id = try #require(try await harness.services.tokens.all().first?.id)
                _ = try await browser.get("/admin/tokens")
                #expect(try await browser.post("/admin/tokens/\(id)/revoke", []).status == .seeOther)
                let revoked = try await api.request(
                    .get, "/api/v1/datasets", headers: [.authorization: "Bearer \(token)"])
                #expect(revoked.status == .unauthorized)
                #expect(revoked.body.contains("\"error\""))
                let none = try await api.request(.get, "/api/v1/datasets")
                #expect(none.status == .unauthorized)
            }
        }
    }

    @Test func openAPIDocumentDescribesTheRoutes() async throws {
        try await WebHarness.with(demo: false) { harness in
            try await harness.test { browser in
                let page = try await browser.get("/api/v1/openapi.json")
                let json = try #require(try JSONSerialization.jsonObject(with: Data(page.bytes)) as? [String: Any])
                #expect(json["openapi"] as? String == "3.1.0")
                let paths = try #require(json["paths"] as? [String: Any])
                for path in [
                    "/api/v1/datasets", "/api/v1/datasets/{id}", "/api/v1/datasets/{id}/scan",
                    "/api/v1/datasets/{id}/differences",
                ] {
                    #expect(paths[path] != nil, "\(path)")
                }
            }
        }
    }

    @Test func adminManagesUsersAndSettings() async throws {
        try await WebHarness.with(demo: false) { harness in
            try await harness.test { browser in
                try await browser.login("admin")
                _ = try await browser.get("/admin/users")
                let weak = try await browser.post(
                    "/admin/users",
                    [("username", "ny"), ("display_name", "Ny Person"), ("role", "reader"), ("password", "kort")])
                #expect(weak.status == .badRequest)
                #expect(weak.body.contains("id=\"password-error\""))
                let created = try await browser.post(
                    "/admin/users",
                    [
                        ("username", "ny"), ("display_name", "Ny Person"), ("role", "reader"),
                        ("password", "ett-bra-losenord-2026"),
                    ])
                #expect(created.status == .ok)
                #expect(created.body.contains("Kontot ny är skapat"))
                _ = try await browser.get("/admin/settings")
                let bad = try await browser.post("/admin/settings", [("threshold", "2"), ("upload", "5")])
                #expect(bad.status == .badRequest)
                #expect(bad.body.contains("mellan 3 och 100"))
                #expect(try await browser.post("/admin/settings", [("threshold", "7"), ("upload", "5")]).status == .ok)
                let audit = try await browser.get("/admin/audit?action=user")
                #expect(audit.body.contains("user.create"))
            }
            #expect(try await harness.services.threshold() == 7)
            #expect(try await harness.services.users.find(username: "ny")?.role == .reader)
        }
    }
}
