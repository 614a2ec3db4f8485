import Foundation
import Hummingbird
import SkillnadGovernance
import SkillnadStorage

/// The page models of the action plans.
extension ActionPlanRoutes {
    struct PlanListModel {
        var canEdit: Bool
        var rows: [PlanListRow]
        var empty: Bool
        var checklist: String
    }

    struct PlanListRow {
        var href: String
        var area: String
        var goal: String?
        var responsible: String
        var progress: String
        var overdue: String?
        var nextFollowUp: String?

        init(_ plan: ActionPlan, goal: String?, today: String) {
            let progress = plan.progress(today: today)
            href = Paths.actionPlan(plan.id)
            area = plan.area
            self.goal = goal
            responsible = plan.responsible
            self.progress = ActionPlanRoutes.progressText(progress)
            overdue = progress.overdue.isEmpty ? nil : "\(progress.overdue.count) försenade"
            nextFollowUp =
                progress.nextFollowUp ?? progress.missedFollowUp.map { "\($0), passerad – ange ett nytt datum" }
        }
    }

    struct PlanModel {
        var csrf: String
        var canEdit: Bool
        var isNew: Bool
        var action: String
        var revision: String
        var saved: Bool
        var errors: [String]
        var hasErrors: Bool
        var plan: PlanHead
        var goals: [Choice]
        var analyses: [Choice]
        var indicators: [Choice]
        var links: [LinkItem]
        var progress: String
        var overdue: [String]
        var hasOverdue: Bool
        var nextFollowUp: String?
        var status: String?
        var gaps: [String]
        var hasGaps: Bool
        var checklist: String
        var activities: [ActivityRow]
        var hasActivities: Bool
        var lastRow: Int
        var appraisalQuestion: String
    }

    struct PlanHead {
        var area: String
        var situation: String
        var aim: String
        var responsible: String
        var followUp: String
        var followUpDate: String
        var reportTo: String
    }

    struct ActivityRow {
        var index: Int
        var number: String
        var blank: Bool
        var activity: PlanActivity
        var purposes: [Choice]
        var statuses: [Choice]
        var appraisals: [Choice]
        var purpose: String?
        var status: String
        var appraisal: String?
        var overdue: Bool
    }

    static func progressText(_ progress: PlanProgress) -> String {
        guard let share = progress.doneShare else { return "Inga aktiviteter ännu" }
        return "\(progress.done) av \(progress.counted) aktiviteter klara (\(Int((share * 100).rounded())) %)"
    }

    func page(
        _ plan: ActionPlan, revision: Int64, user: UserRecord, context: AppContext, errors: [String] = [],
        saved: Bool = false, status: HTTPResponse.Status = .ok
    ) async throws -> Response {
        let today = Text.today()
        let progress = plan.progress(today: today)
        let goals = try await services.goals.all()
        let analyses = try await services.analyses.titles()
        let indicators = try await services.indicators.all().map(\.indicator)
        var links: [LinkItem] = []
        if let id = plan.goalId, let goal = goals.first(where: { $0.id == id }) {
            links.append(LinkItem(href: Paths.goal(id), label: goal.name, detail: "målet som planen tjänar"))
        }
        if let id = plan.analysisId, let analysis = analyses.first(where: { $0.id == id }) {
            links.append(
                LinkItem(
                    href: Paths.analysis(id), label: analysis.title, detail: "analysen vars beslut planen genomför"))
        }
        var statusText: String?
        if let id = plan.indicatorId, let evaluated = try await GovernanceService(services: services).one(id, for: user)
        {
            let view = SignalView(
                evaluated.signals, unit: evaluated.indicator.unit, kind: evaluated.indicator.valueKind)
            let target = evaluated.signals.target ?? "inget mål satt"
            statusText = "Nuläge \(view.value) (\(view.period)) · målbild \(target)"
            links.append(
                LinkItem(
                    href: Paths.indicator(id), label: evaluated.indicator.name, detail: "indikatorn planen följs med"))
        }
        var rows = plan.activities.enumerated().map { index, activity in
            Self.row(index, activity, blank: false, today: today)
        }
        if user.role.canAnalyse {
            rows.append(Self.row(rows.count, PlanActivity(id: "", activity: ""), blank: true, today: today))
        }
        let model = PlanModel(
            csrf: context.csrf, canEdit: user.role.canAnalyse, isNew: plan.id == 0,
            action: plan.id == 0 ? Paths.actionPlans : Paths.actionPlan(plan.id), revision: String(revision),
            saved: saved, errors: errors, hasErrors: !errors.isEmpty,
            plan: PlanHead(
                area: plan.area, situation: plan.situation, aim: plan.aim, responsible: plan.responsible,
                followUp: plan.followUp, followUpDate: plan.followUpDate, reportTo: plan.reportTo),
            goals: [Choice(value: "", label: "Inget mål valt", checked: plan.goalId == nil)]
                + goals.map { Choice(value: String($0.id), label: $0.name, checked: $0.id == plan.goalId) },
            analyses: [Choice(value: "", label: "Ingen analys", checked: plan.analysisId == nil)]
                + analyses.map { Choice(value: String($0.id), label: $0.title, checked: $0.id == plan.analysisId) },
            indicators: [Choice(value: "", label: "Ingen indikator", checked: plan.indicatorId == nil)]
                + indicators.map { Choice(value: String($0.id), label: $0.name, checked: $0.id == plan.indicatorId) },
            links: links, progress: Self.progressText(progress),
            overdue: progress.overdue.map { "\($0.activity) (klar senast \($0.due))" },
            hasOverdue: !progress.overdue.isEmpty,
            nextFollowUp: progress.nextFollowUp
                ?? progress.missedFollowUp.map { "\($0) har passerat – ange ett nytt datum för uppföljningen" },
            status: statusText,
            gaps: plan.gaps, hasGaps: !plan.gaps.isEmpty,
            checklist: "/styrning/checklistor/\(Checklist.actionPlan.rawValue)", activities: rows,
            hasActivities: !plan.activities.isEmpty, lastRow: max(0, rows.count - 1),
            appraisalQuestion: ActivityAppraisal.question)
        let title = plan.id == 0 ? "Ny handlingsplan" : "Handlingsplan: \(plan.area)"
        return Responses.html(
            services.pages.page(.actionPlan, title: title, model: model, context: context, path: Paths.governance),
            status: errors.isEmpty ? status : (status == .ok ? .badRequest : status))
    }

    static func row(_ index: Int, _ activity: PlanActivity, blank: Bool, today: String) -> ActivityRow {
        ActivityRow(
            index: index, number: blank ? "Ny aktivitet" : "Aktivitet \(index + 1)", blank: blank, activity: activity,
            purposes: [Choice(value: "", label: "Inte angivet", checked: activity.purpose == nil)]
                + ActivityPurpose.allCases.map {
                    Choice(value: $0.rawValue, label: $0.swedishName, checked: $0 == activity.purpose)
                },
            statuses: ActivityStatus.allCases.map {
                Choice(value: $0.rawValue, label: $0.swedishName, checked: $0 == activity.status)
            },
            appraisals: [Choice(value: "", label: "Inte bedömt", checked: activity.appraisal == nil)]
                + ActivityAppraisal.allCases.map {
                    Choice(value: $0.rawValue, label: $0.swedishName, checked: $0 == activity.appraisal)
                },
            purpose: activity.purpose?.swedishName, status: activity.status.swedishName,
            appraisal: activity.appraisal?.swedishName, overdue: activity.isOverdue(today: today))
    }
}
