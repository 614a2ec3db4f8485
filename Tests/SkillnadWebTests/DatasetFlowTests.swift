import Foundation
import Testing

@testable import SkillnadCore
@testable import SkillnadWeb

@Suite(.serialized) struct DatasetFlowTests {
    static let csv: String = {
        var text = "kön;område;beviljad;poäng\n"
        for i in 0..<400 {
            text +=
                "\(i % 2 == 0 ? "Flicka" : "Pojke");\(["Norr", "Söder", "Öster"][i % 3]);\(i % 5 == 0 ? "Ja" : "Nej");\(10 + i % 7),5\n"
        }
        return text
    }()

    /// Polls the import status until it is done or failed.
    static func finish(_ browser: Browser, _ location: String) async throws -> Browser.Page {
        for _ in 0..<200 {
            let page = try await browser.get(location)
            if page.status != .ok || !page.body.contains("Importen pågår") { return page }
            try await Task.sleep(for: .milliseconds(50))
        }
        Issue.record("the import did not finish")
        return try await browser.get(location)
    }

    @Test func uploadPreviewCorrectRolesAndImport() async throws {
        try await WebHarness.with(demo: false) { harness in
            try await harness.test { browser in
                try await browser.login("analytiker")
                _ = try await browser.get("/datasets/new")
                let uploaded = try await browser.upload(
                    "/datasets/upload", fileName: "ärenden.csv", bytes: Array(Self.csv.utf8))
                #expect(uploaded.status == .seeOther)
                let previewPath = try #require(uploaded.location)
                let preview = try await browser.get(previewPath)
                #expect(preview.status == .ok)
                #expect(preview.body.contains("400 rader"))
                #expect(
                    preview.body.contains("<option value=\"binary\" selected>"), "beviljad detected as a binary outcome"
                )
                let token = try #require(previewPath.split(separator: "=").last.map(String.init))
                // Without a name the form comes back with the problem next to the field.
                let missing = try await browser.post(
                    "/datasets/import",
                    [("token", token), ("name", ""), ("role_0", "dimension"), ("role_1", "dimension")])
                #expect(missing.status == .badRequest)
                #expect(missing.body.contains("id=\"name-error\""))
                let started = try await browser.post(
                    "/datasets/import",
                    [
                        ("token", token), ("name", "Ärenden 2025"), ("source", "Test"), ("period", "2025"),
                        ("role_0", "dimension"),
                        ("role_1", "dimension"), ("role_2", "binary"), ("role_3", "numeric"), ("sensitive_1", "1"),
                    ])
                #expect(started.status == .seeOther)
                let done = try await Self.finish(browser, try #require(started.location))
                #expect(done.status == .seeOther)
                let datasetPage = try await browser.get(try #require(done.location))
                #expect(datasetPage.body.contains("Ärenden 2025"))
                #expect(datasetPage.body.contains("känslig"))
            }
            let list = try await harness.services.datasets.list()
            #expect(list.count == 1)
            let version = try #require(list.first?.latest)
            #expect(version.rowCount == 400)
            #expect(version.columns.map(\.role) == [.dimension, .dimension, .binaryOutcome, .numericOutcome])
            #expect(version.columns[1].sensitive)
            let table = try await harness.services.datasets.table(versionId: version.id)
            #expect(table.column(named: "kön")?.levels == ["K", "M"], "kön normalised at import")
            #expect(try await harness.services.audit.entries(.init(action: "dataset.import")).count == 1)
        }
    }

    @Test func brokenFileShowsRowAndLeavesNothingBehind() async throws {
        try await WebHarness.with(demo: false) { harness in
            try await harness.test { browser in
                try await browser.login("analytiker")
                _ = try await browser.get("/datasets/new")
                let broken = "a;b\n1;2\n3;\"öppet\n4;5\n"
                let page = try await browser.upload(
                    "/datasets/upload", fileName: "trasig.csv", bytes: Array(broken.utf8))
                #expect(page.status == .badRequest)
                #expect(page.body.contains("trasig.csv, rad 3"))
                #expect(page.body.contains("citattecken"))
            }
            #expect(try await harness.services.datasets.list().isEmpty)
        }
    }

    @Test func sensitiveColumnsNeedALoggedReason() async throws {
        try await WebHarness.with { harness in
            try await harness.test { browser in
                try await browser.login("analytiker")
                let rows = try await browser.get("/datasets/1/rows")
                #expect(rows.status == .ok)
                #expect(rows.body.contains("•••"), "könsidentitet is masked")
                #expect(!rows.body.contains("Annan könsidentitet"))
                let short = try await browser.post("/datasets/1/reveal", [("reason", "kolla")])
                #expect(short.status == .badRequest)
                let reveal = try await browser.post(
                    "/datasets/1/reveal", [("reason", "Kontroll av kodningen inför årsrapporten")])
                #expect(reveal.status == .seeOther)
                let shown = try await browser.get("/datasets/1/rows")
                #expect(shown.body.contains("Kvinna/flicka") || shown.body.contains("Man/pojke"))
            }
            let reveals = try await harness.services.audit.entries(.init(action: "rows.reveal"))
            #expect(reveals.first?.detail.contains("årsrapporten") == true)
            #expect(try await harness.services.audit.entries(.init(action: "rows.view")).count >= 2)
        }
    }

    @Test func editAndDeleteNeedConfirmation() async throws {
        try await WebHarness.with { harness in
            try await harness.test { browser in
                try await browser.login("analytiker")
                _ = try await browser.get("/datasets/2/edit")
                let empty = try await browser.post("/datasets/2/edit", [("name", "")])
                #expect(empty.status == .badRequest)
                #expect(empty.body.contains("Ge datasetet ett namn"))
                _ = try await browser.get("/datasets/2/delete")
                let unconfirmed = try await browser.post("/datasets/2/delete", [])
                #expect(unconfirmed.status == .badRequest)
                let deleted = try await browser.post("/datasets/2/delete", [("confirm", "1")])
                #expect(deleted.status == .seeOther)
                #expect(try await browser.get("/datasets/2").status == .notFound)
            }
            #expect(try await harness.services.datasets.list().count == 2)
        }
    }
}

extension DatasetFlowTests {
    /// A column of eight values is never offered or accepted as a binary outcome; the import is
    /// refused with the column and its values named, and nothing is imported. Sample values read
    /// in Swedish (decimal comma).
    @Test func rolesAreOnlyThoseTheValuesAllow() async throws {
        let text = (0..<80).reduce("klass;beviljad;andel\n") { text, i in
            text + "klass \(i % 8);\(i % 3 == 0 ? "Ja" : "Nej");\(9.856 + Double(i % 4))\n"
        }
        try await WebHarness.with(demo: false) { harness in
            try await harness.test { browser in
                try await browser.login("analytiker")
                _ = try await browser.get("/datasets/new")
                let uploaded = try await browser.upload(
                    "/datasets/upload", fileName: "klasser.csv", bytes: Array(text.utf8))
                let previewPath = try #require(uploaded.location)
                let preview = try await browser.get(previewPath)
                let klassSelect = try #require(
                    preview.body.components(separatedBy: "id=\"role_0\"").dropFirst().first?.components(
                        separatedBy: "</select>"
                    ).first)
                #expect(!klassSelect.contains("value=\"binary\""), "eight values are no yes/no outcome")
                #expect(klassSelect.contains("value=\"dimension\""))
                #expect(preview.body.contains("9,856"), "sample values with a decimal comma")
                #expect(!preview.body.contains("9.856"))
                let token = try #require(previewPath.split(separator: "=").last.map(String.init))
                let refused = try await browser.post(
                    "/datasets/import",
                    [
                        ("token", token), ("name", "Klasser"), ("role_0", "binary"), ("role_1", "binary"),
                        ("role_2", "numeric"),
                    ])
                #expect(refused.status == .badRequest)
                #expect(refused.body.contains("«klass» kan inte vara ett binärt utfall"))
                #expect(refused.body.contains("8 olika värden"))
                #expect(refused.body.contains("Inget har importerats"))
            }
            #expect(try await harness.services.datasets.list().isEmpty)
        }
    }
}
