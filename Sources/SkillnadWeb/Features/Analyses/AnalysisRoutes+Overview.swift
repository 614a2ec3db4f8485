import Foundation
import Hummingbird
import SkillnadCore
import SkillnadReport
import SkillnadStorage

/// The overview of one analysis: steps and their status, the differences' numbers (and newer ones
/// when the dataset has a new version), goals, participants and comments.
extension AnalysisRoutes {
    struct OverviewModel {
        var id: Int64
        var title: String
        var method: String
        var methodSummary: String
        var owner: String
        var participants: String
        var canEdit: Bool
        var csrf: String
        var version: Int
        var dataset: LinkItem?
        var goals: [LinkItem]
        var steps: [StepLink]
        var snapshots: [SnapshotView]
        var hasSnapshots: Bool
        var hasNewer: Bool
        var comments: [CommentView]
        var owners: [Choice]
        var people: [Choice]
        var updated: String
        var chosenMeasures: [String]
    }

    struct StepLink {
        var href: String
        var number: String
        var title: String
        var question: String
        var status: String
        var statusClass: String
    }

    struct SnapshotView {
        var title: String
        var numbers: String
        var chart: SafeHTML
        var datasetHref: String
        var datasetName: String
        var explorerHref: String
        var version: Int
        var taken: String
        var newer: NewerView?
    }

    struct NewerView {
        var version: Int
        var numbers: String?
        var chart: SafeHTML
        var changes: [String]
        var unchanged: Bool
    }

    struct CommentView {
        var step: String
        var user: String
        var at: String
        var text: String
    }

    func overview(_ request: Request, context: AppContext) async throws -> Response {
        let user = try context.requireUser()
        let record = try await load(context)
        let names = try await services.displayNames()
        let participants = try await services.analyses.participants(record.id)
        let goals = try await services.goals.all()
        var dataset: LinkItem?
        if let id = record.datasetId, let d = try await services.datasets.dataset(id: id) {
            dataset = LinkItem(href: Paths.dataset(id), label: d.name, detail: d.period)
        }
        let snapshots = try await snapshotViews(record.document, user: user)
        let steps = record.method.steps.map { s in
            let status = record.document.status(s.id)
            return StepLink(
                href: Paths.analysisStep(record.id, s.id), number: s.number, title: s.title, question: s.question,
                status: status.swedishName, statusClass: status.rawValue)
        }
        let stepNames = Dictionary(
            uniqueKeysWithValues: record.method.steps.map { ($0.id.rawValue, $0.number + ": " + $0.title) })
        let users = try await services.users.all().filter { $0.active }
        let measures = record.document.measures
        let model = OverviewModel(
            id: record.id, title: record.title, method: record.method.swedishName,
            methodSummary: record.method.summary, owner: record.ownerId.flatMap { names[$0] } ?? "–",
            participants: participants.compactMap { names[$0] }.joined(separator: ", "),
            canEdit: user.role.canAnalyse, csrf: context.csrf, version: record.version, dataset: dataset,
            goals: goals.filter { record.document.goalIds.contains($0.id) }.map {
                LinkItem(href: Paths.goal($0.id), label: $0.name, detail: $0.level.swedishName)
            }, steps: steps, snapshots: snapshots, hasSnapshots: !snapshots.isEmpty,
            hasNewer: snapshots.contains { $0.newer.map { !$0.unchanged } ?? false },
            comments: try await services.analyses.comments(record.id).map {
                CommentView(
                    step: stepNames[$0.step] ?? "Hela analysen", user: $0.username, at: Text.dateTime($0.at),
                    text: $0.text)
            },
            owners: users.filter { $0.role.canAnalyse }.map {
                Choice(value: String($0.id), label: $0.displayName, checked: $0.id == record.ownerId)
            },
            people: users.map {
                Choice(
                    value: String($0.id), label: $0.displayName, checked: participants.contains($0.id))
            }, updated: Text.dateTime(record.updatedAt),
            chosenMeasures: measures.filter(\.chosen).map(\.text))
        return Responses.html(
            services.pages.page(
                .analysisOverview, title: record.title, model: model, context: context, path: Paths.analyses,
                flash: Form.query(request)["saved"] != nil ? "Sparat." : nil))
    }

    /// The snapshots with their charts, and the newer numbers when the dataset has a newer version.
    func snapshotViews(_ document: AnalysisDocument, user: UserRecord) async throws -> [SnapshotView] {
        var views: [SnapshotView] = []
        for (i, s) in document.snapshots.enumerated() {
            var newer: NewerView?
            if let latest = try await newerSnapshot(s, user: user) {
                let current = latest.snapshot
                let changes = SnapshotChange.describe(old: s.difference, new: current?.difference)
                newer = NewerView(
                    version: latest.version, numbers: current?.numbersText,
                    chart: current.map { Fragment.chart($0.difference, id: "n\(i)") } ?? SafeHTML(rendered: ""),
                    changes: changes,
                    unchanged: changes.isEmpty)
            }
            views.append(
                SnapshotView(
                    title: s.difference.summary, numbers: s.numbersText,
                    chart: Fragment.chart(s.difference, id: "s\(i)"),
                    datasetHref: Paths.dataset(s.datasetId), datasetName: s.datasetName,
                    explorerHref: StepModel.explorerHref(s),
                    version: s.datasetVersion, taken: Text.dateTime(s.takenAt), newer: newer))
        }
        return views
    }

    /// The same difference at the dataset's latest version: nil when there is no newer version; the
    /// snapshot is nil when the difference is gone in it.
    func newerSnapshot(
        _ s: DifferenceSnapshot, user: UserRecord
    ) async throws -> (version: Int, snapshot: DifferenceSnapshot?)? {
        guard let (_, versions) = try await services.cache.dataset(id: s.datasetId), let latest = versions.last,
            latest.version > s.datasetVersion
        else { return nil }
        return (latest.version, try? await service.snapshot(s.query, difference: s.difference.id, user: user))
    }

    func refresh(_ request: Request, context: AppContext) async throws -> Response {
        let user = try context.requireUser()
        let record = try await load(context)
        let form = try await Form.body(request)
        var document = record.document
        var updated: [String: DifferenceSnapshot] = [:]
        for s in document.snapshots {
            if let current = try await newerSnapshot(s, user: user)?.snapshot {
                updated[s.difference.id + "/\(s.datasetId)"] = current
            }
        }
        func replace(_ s: DifferenceSnapshot?) -> DifferenceSnapshot? {
            guard let s else { return nil }
            return updated[s.difference.id + "/\(s.datasetId)"] ?? s
        }
        switch document.content {
        case .huddinge(var d):
            for i in d.differences.indices {
                d.differences[i].snapshot = replace(d.differences[i].snapshot)
                if let s = d.differences[i].snapshot { d.differences[i].numbers = s.numbersText }
            }
            document.content = .huddinge(d)
        case .isu(var d):
            for i in d.observations.indices { d.observations[i].snapshot = replace(d.observations[i].snapshot) }
            document.content = .isu(d)
        }
        let versions = Set(updated.values.map(\.datasetVersion)).sorted().map(String.init).joined(separator: ", ")
        return try await persist(
            record, form: form, document: document, title: record.title, ownerId: record.ownerId, user: user,
            summary: "Siffrorna uppdaterade till datasetversion \(versions)", context: context,
            back: Paths.analysis(record.id), action: Paths.analysisRefresh(record.id))
    }
}
