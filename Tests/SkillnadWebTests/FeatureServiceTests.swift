import Foundation
import SkillnadImport
import Testing

@testable import SkillnadCore
@testable import SkillnadStorage
@testable import SkillnadWeb

/// The features' use cases, called as a test (or another front end) would, without HTTP.
@Suite(.serialized) struct FeatureServiceTests {
    @Test func analysesAreCreatedAndSavedWithTheirAuditEntries() async throws {
        try await WebHarness.with(demo: false) { harness in
            let services = harness.services
            let anna = try #require(try await services.users.find(username: "analytiker"))
            let service = AnalysisService(services: services)
            let actor = AnalysisService.Actor(user: anna, address: "test")
            let record = try await service.create(
                method: .isu, title: "Barnsamtal", datasetId: nil, explorerQuery: "", differenceId: "", by: actor)
            var document = record.document
            document.setStatus(.inProgress, of: .criteria)
            let saved = try await service.save(
                record, document: document, title: record.title, ownerId: anna.id, expectedVersion: 1,
                summary: "Bilaga påbörjad", by: actor)
            guard case .saved(let v2) = saved else { Issue.record("the first save is saved"); return }
            #expect(v2.document.status(.criteria) == .inProgress)
            let stale = try await service.save(
                record, document: record.document, title: "Annan", ownerId: anna.id, expectedVersion: 1,
                summary: "gammal", by: actor)
            guard case .conflict(let current) = stale else { Issue.record("a stale save is a conflict"); return }
            #expect(current.version == 2 && current.title == "Barnsamtal")
            let audit = try await services.audit.entries(AuditFilter(action: "analysis."))
            #expect(Set(audit.map(\.action)) == ["analysis.create", "analysis.save"])
        }
    }

    @Test func theExplorerDecidesWhatAnAdjustedComparisonCompares() {
        func difference(
            _ kind: ComparisonKind, dims: [String] = ["kön"], outcome: OutcomeKind = .proportion
        )
            -> Difference
        {
            let groups = [("A", 0.2), ("B", 0.5), ("C", 0.4)].map {
                GroupResult(
                    key: [:], label: $0.0, n: 100, count: nil, estimate: $0.1, ciLow: nil, ciHigh: nil,
                    suppressed: false)
            }
            return Difference(
                id: "x", rank: 1, score: 0,
                scoreComponents: ScoreComponents(size: 0, affected: 0, evidence: 0, goal: 0),
                outcome: "y", outcomeKind: outcome, higherIsBetter: true, dimensions: dims, comparison: kind,
                summary: "", period: nil, test: "", testName: "", statistic: nil, pValue: nil, qValue: nil, estimate: 0,
                ciLow: nil, ciHigh: nil, ratio: nil, ratioLow: nil, ratioHigh: nil, excessCount: nil, affected: nil,
                betterGroup: "", worseGroup: "", groups: groups, notes: [])
        }
        #expect(ExplorerService.adjustableGroups(difference(.twoGroups)) == ["A", "B"])
        #expect(ExplorerService.adjustableGroups(difference(.highestVsLowest)) == ["B", "A"])
        #expect(ExplorerService.adjustableGroups(difference(.groupVsRest)).isEmpty)
        #expect(ExplorerService.adjustableGroups(difference(.twoGroups, dims: ["kön", "område"])).isEmpty)
        #expect(ExplorerService.adjustableGroups(difference(.twoGroups, outcome: .mean)).isEmpty)
    }

    @Test func datasetsAreReceivedOnceAndNamesChecked() async throws {
        try await WebHarness.with(demo: false) { harness in
            let services = harness.services
            let anna = try #require(try await services.users.find(username: "analytiker"))
            let service = DatasetService(services: services)
            let token = try await service.receive(
                fileName: "a.csv", bytes: Array("kön;beviljad\nK;Ja\nM;Nej\n".utf8), sheet: "", datasetId: nil, by: anna
            )
            let upload = try #require(try await services.uploads.load(token: token, userId: anna.id))
            #expect(try await service.parsed(upload).table.rowCount == 2)
            await #expect(throws: ImportError.self) {
                _ = try await service.receive(fileName: "t.csv", bytes: [], sheet: "", datasetId: nil, by: anna)
            }
            #expect(DatasetService.nameProblem("", required: true) == "Ge datasetet ett namn.")
            #expect(DatasetService.nameProblem("", required: false) == nil)
            #expect(DatasetService.nameProblem(String(repeating: "x", count: 201), required: false) != nil)
        }
    }

    @Test func administratorsKeepTheirOwnRightsAndPasswordsAreChecked() async throws {
        try await WebHarness.with(demo: false) { harness in
            let services = harness.services
            let admin = try #require(try await services.users.find(username: "admin"))
            let reader = try #require(try await services.users.find(username: "lasare"))
            let service = AdminService(services: services)
            let own = try await service.update(
                admin, role: .reader, active: true, displayName: "A", password: nil, by: admin)
            #expect(own == .refused("Du kan inte ta bort din egen administratörsbehörighet."))
            let weak = try await service.update(
                reader, role: .reader, active: true, displayName: "L", password: "kort", by: admin)
            guard case .refused = weak else { Issue.record("a short password is refused"); return }
            let promoted = try await service.update(
                reader, role: .analyst, active: true, displayName: "L", password: nil, by: admin)
            #expect(promoted == .updated(detail: "roll: analyst, aktiv: ja"))
            #expect(try await services.users.find(id: reader.id)?.role == .analyst)
        }
    }
}
