import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

@testable import SkillnadStorage
@testable import SkillnadWeb

/// What an attacker or a careless user tries against the web application.
@Suite(.serialized) struct HardeningTests {
    @Test func loginReturnsOnlyToTheApplicationsOwnPages() {
        #expect(AuthRoutes.safeNext("/\t/evil.example") == "/")
        #expect(AuthRoutes.safeNext("/\n/evil.example") == "/")
        #expect(AuthRoutes.safeNext("//evil.example") == "/")
        #expect(AuthRoutes.safeNext("/\\evil.example") == "/")
        #expect(AuthRoutes.safeNext("https://evil.example") == "/")
        #expect(AuthRoutes.safeNext("/evil") == "/")
        #expect(AuthRoutes.safeNext("/explore?dataset=1") == "/explore?dataset=1")
        #expect(AuthRoutes.safeNext("/analyses/3/steps/1") == "/analyses/3/steps/1")
    }

    @Test func openRedirectThroughTheLoginForm() async throws {
        try await WebHarness.with(demo: false) { harness in
            try await harness.test { browser in
                _ = try await browser.get("/login?next=%2F%09%2Fevil.example")
                let page = try await browser.post(
                    "/login",
                    [("username", "analytiker"), ("password", WebHarness.password), ("next", "/\t/evil.example")])
                #expect(page.location == "/")
            }
        }
    }

    @Test func formsAndNamesHaveTheirLimits() async throws {
        try await WebHarness.with { harness in
            try await harness.test { browser in
                try await browser.login("analytiker")
                _ = try await browser.get("/datasets/1/edit")
                let long = try await browser.post("/datasets/1/edit", [("name", String(repeating: "å", count: 201))])
                #expect(long.status == .badRequest)
                #expect(long.body.contains("högst 200 tecken"))
                let huge = try await browser.post(
                    "/datasets/1/edit", [("name", "x"), ("description", String(repeating: "a", count: 1_200_000))])
                #expect(huge.status == .contentTooLarge)
                #expect(huge.body.contains("Formuläret är för stort"))
                _ = try await browser.get("/datasets/new")
                let empty = try await browser.upload("/datasets/upload", fileName: "tom.csv", bytes: [])
                #expect(empty.body.contains("Filen tom.csv är tom"))
                let headerOnly = try await browser.upload(
                    "/datasets/upload", fileName: "rubrik.csv", bytes: Array("kön;värde\n".utf8))
                #expect(headerOnly.body.contains("bara rubrikraden"))
            }
        }
    }

    @Test func exportsDefuseFormulasInGroupNames() async throws {
        try await WebHarness.with(demo: false) { harness in
            try await harness.test { browser in
                try await browser.login("analytiker")
                var csv = "område;beviljad\n"
                for i in 0..<200 {
                    csv +=
                        (i % 2 == 0 ? "=HYPERLINK(\"http://evil.example\")" : "@SUM(A1)") + ";"
                        + (i % 3 == 0 ? "Ja" : "Nej") + "\n"
                }
                _ = try await browser.get("/datasets/new")
                let uploaded = try await browser.upload(
                    "/datasets/upload", fileName: "elak.csv", bytes: Array(csv.utf8))
                let token = try #require(uploaded.location?.components(separatedBy: "token=").last)
                _ = try await browser.get("/datasets/preview?token=\(token)")
                _ = try await browser.post("/datasets/import", [("token", token), ("name", "Elak")])
                for _ in 0..<100 {
                    if try await harness.services.datasets.list().count == 1 { break }
                    try await Task.sleep(for: .milliseconds(50))
                }
                let query = "dataset=1&outcome=beviljad&by=omr%C3%A5de"
                for path in ["/export/differences.csv?\(query)", "/export/tables.csv?\(query)"] {
                    let page = try await browser.get(path)
                    #expect(page.status == .ok, "\(path)")
                    #expect(page.body.contains("'=HYPERLINK") || page.body.contains("\"'=HYPERLINK"), "\(path)")
                    #expect(!page.body.contains(";=HYPERLINK") && !page.body.contains("\n=HYPERLINK"), "\(path)")
                    #expect(!page.body.contains(";@SUM"), "\(path)")
                }
            }
        }
    }

    @Test func strictTransportSecurityBehindHTTPS() async throws {
        try await WebHarness.with(demo: false) { harness in
            var configuration = harness.services.configuration
            configuration.secureCookies = true
            let secure = try await Services(
                storage: harness.services.storage, configuration: configuration, logger: harness.services.logger)
            let app = Application(router: WebApplication.router(secure))
            try await app.test(.router) { client in
                let page = try await client.executeRequest(uri: "/login", method: .get, headers: [:], body: nil)
                #expect(page.headers[.strictTransportSecurity]?.hasPrefix("max-age=") == true)
            }
            try await harness.test { browser in
                let plain = try await browser.get("/login")
                #expect(plain.headers[.strictTransportSecurity] == nil)
            }
        }
    }

    @Test func aNewPasswordLogsOutOnlyThatUserAndReadersCannotComment() async throws {
        try await WebHarness.with(demo: false) { harness in
            try await harness.test { browser in
                try await harness.test { reader in
                    try await reader.login("lasare")
                    try await browser.login("analytiker")
                    _ = try await browser.get("/analyses/new?method=huddinge")
                    let created = try await browser.post("/analyses", [("method", "huddinge"), ("title", "A")])
                    let location = try #require(created.location)
                    _ = try await reader.get(location)
                    let comment = try await reader.post(location + "/comments", [("text", "hej")])
                    #expect(comment.status == .forbidden)
                    #expect(!(try await reader.get(location)).body.contains("Lägg till kommentar"))
                    _ = try await browser.post("/logout", [])
                    try await browser.login("admin")
                    let lasare = try #require(try await harness.services.users.find(username: "lasare"))
                    _ = try await browser.get("/admin/users")
                    _ = try await browser.post(
                        "/admin/users/\(lasare.id)",
                        [("role", "reader"), ("active", "1"), ("password", "ett-helt-nytt-langt-losenord")])
                    #expect(try await browser.get("/admin/users").status == .ok, "the administrator stays logged in")
                    #expect(try await reader.get("/datasets").status != .ok, "the reader must log in again")
                }
            }
        }
    }
}

extension HardeningTests {
    /// Unknown pages get the Swedish 404 page with the user's navigation; the API answers in
    /// JSON and only to bearer keys.
    @Test func unknownRoutesAndTheAPIsOwnErrors() async throws {
        try await WebHarness.with(demo: false) { harness in
            try await harness.test { browser in
                try await browser.login("lasare")
                let page = try await browser.get("/finns-inte/alls")
                #expect(page.status == .notFound)
                #expect(page.body.contains("Sidan finns inte") && page.body.contains("Utforska skillnader"))
                let api = try await browser.get("/api/v1/finns-inte")
                #expect(api.status == .notFound)
                #expect(api.body.hasPrefix("{"))
                let session = try await browser.get("/api/v1/datasets")
                #expect(session.status == .unauthorized, "a browser session is not an API key")
                #expect(session.body.contains("\"error\""))
                #expect(try await browser.get("/api/v1/openapi.json").status == .ok)
                #expect(try await browser.get("/admin/users").status == .forbidden)
            }
        }
    }
}
