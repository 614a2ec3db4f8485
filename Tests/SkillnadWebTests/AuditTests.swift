import Foundation
import Testing

@testable import SkillnadStorage
@testable import SkillnadWeb

/// The audit log reads in Swedish and exports with its codes.
@Suite(.serialized) struct AuditTests {
    @Test func theLogShowsSwedishLabelsAndExportsCodes() async throws {
        try await WebHarness.with(demo: false) { harness in
            try await harness.test { browser in
                try await browser.login("admin")
                let page = try await browser.get("/admin/audit")
                #expect(page.status == .ok)
                #expect(page.body.contains(">Inloggning</span>"))
                #expect(page.body.contains("title=\"login\""), "the code is kept on hover")
                #expect(!page.body.contains("<code>login</code>"))
                #expect(page.body.contains("1 händelse.") || page.body.contains("händelser."))
                let filtered = try await browser.get("/admin/audit?action=login")
                #expect(filtered.body.contains(">Inloggning</span>"))
                let csv = try await browser.get("/admin/audit.csv?action=login")
                #expect(csv.status == .ok)
                #expect(csv.headers[.contentDisposition]?.contains("granskningslogg.csv") == true)
                let lines = csv.body.split(separator: "\r\n")
                #expect(lines.first?.hasSuffix("tid;användare;händelsekod;händelse;gäller;detaljer;adress") == true)
                #expect(lines.dropFirst().contains { $0.contains(";login;Inloggning;") })
            }
            let exported = try await harness.services.audit.entries(.init(actions: [.auditExport]))
            #expect(exported.count == 1, "the export itself is logged")
        }
    }

    @Test func everyActionHasASwedishLabelAndAGroup() {
        for action in AuditAction.allCases {
            #expect(!action.swedishName.isEmpty)
            #expect(action.group.actions.contains(action))
            #expect(!action.swedishName.contains("."), "\(action): a label, not a code")
        }
        #expect(AuditAction.label("okänd.kod") == "okänd.kod", "codes of other versions are shown as they are")
    }
}
