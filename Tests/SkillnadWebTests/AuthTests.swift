import Foundation
import Testing

@testable import SkillnadWeb

@Suite(.serialized) struct AuthTests {
    @Test func loginRenewsTheSessionAndSetsSafeCookies() async throws {
        try await WebHarness.with(demo: false) { harness in
            try await harness.test { browser in
                let page = try await browser.get("/")
                #expect(page.status == .seeOther)
                #expect(page.location?.hasPrefix("/login") == true)
                let cookie = page.headers[values: .setCookie].first { $0.hasPrefix("skillnad_session=") } ?? ""
                #expect(cookie.contains("HttpOnly"))
                #expect(cookie.contains("SameSite=Lax"))
                let before = browser.cookies["skillnad_session"]
                let response = try await browser.login("analytiker")
                #expect(response.status == .seeOther)
                #expect(browser.cookies["skillnad_session"] != before, "a new session id at login")
                let home = try await browser.get("/")
                #expect(home.status == .ok)
                #expect(home.body.contains("Välkommen, Analytiker"))
            }
        }
    }

    @Test func wrongPasswordIsRefusedAndLogged() async throws {
        try await WebHarness.with(demo: false) { harness in
            try await harness.test { browser in
                let response = try await browser.login("analytiker", password: "fel-losenord-123")
                #expect(response.status == .unauthorized)
                #expect(response.body.contains("Fel användarnamn eller lösenord"))
                #expect(try await browser.get("/").status == .seeOther)
            }
            let entries = try await harness.services.audit.entries(.init(action: "login.failed"))
            #expect(entries.count == 1)
        }
    }

    @Test func loginAttemptsAreRateLimited() async throws {
        try await WebHarness.with(demo: false) { harness in
            try await harness.test { browser in
                for _ in 0..<5 { _ = try await browser.login("analytiker", password: "fel-losenord-123") }
                let blocked = try await browser.login("analytiker")
                #expect(blocked.status == .tooManyRequests, "even the right password waits once the account is blocked")
                #expect(blocked.body.contains("För många"))
            }
        }
    }

    @Test func stateChangingRequestsNeedTheCSRFToken() async throws {
        try await WebHarness.with(demo: false) { harness in
            try await harness.test { browser in
                try await browser.login("admin")
                _ = try await browser.get("/admin/settings")
                let forged = try await browser.post(
                    "/admin/settings", [("threshold", "3"), ("upload", "5")], csrf: false)
                #expect(forged.status == .forbidden)
                #expect(forged.body.contains("CSRF"))
                let wrong = try await browser.request(
                    .post, "/logout", headers: [.contentType: "application/x-www-form-urlencoded"],
                    body: .init(string: "_csrf=00"))
                #expect(wrong.status == .forbidden)
                #expect(try await browser.post("/logout", []).status == .seeOther)
                #expect(try await browser.get("/").status == .seeOther, "logged out")
            }
        }
    }

    @Test func rolesLimitPages() async throws {
        try await WebHarness.with() { harness in
            try await harness.test { browser in
                try await browser.login("lasare")
                for path in [
                    "/datasets/new", "/datasets/1/rows", "/datasets/1/edit", "/datasets/1/delete", "/admin/users",
                    "/admin/audit",
                ] {
                    #expect(try await browser.get(path).status == .forbidden, "\(path)")
                }
                #expect(try await browser.get("/datasets/1").status == .ok)
            }
            try await harness.test { browser in
                try await browser.login("analytiker")
                #expect(try await browser.get("/admin/users").status == .forbidden)
                #expect(try await browser.get("/datasets/1/rows").status == .ok)
            }
        }
    }

    @Test func unknownRoutesAreSwedish404Pages() async throws {
        try await WebHarness.with(demo: false) { harness in
            try await harness.test { browser in
                try await browser.login("analytiker")
                let page = try await browser.get("/finns-inte")
                #expect(page.status == .notFound)
                #expect(page.body.contains("Sidan finns inte"))
                #expect(!page.body.contains("Fatal"))
            }
        }
    }
}
