import Foundation
import Hummingbird
import SkillnadCore
import SkillnadStorage

/// The step pages: one form per step, saved with the version the analyst started from.
extension AnalysisRoutes {
    func stepId(_ context: AppContext, _ record: AnalysisRecord) throws -> AnalysisStep {
        guard let id = context.parameters.get("step"), let step = record.method.steps.first(where: { $0.id == id })
        else { throw WebError.notFound }
        return step
    }

    func step(_ request: Request, context: AppContext) async throws -> Response {
        let user = try context.requireUser()
        let record = try await load(context)
        let step = try stepId(context, record)
        let model = try await stepModel(
            record, step: step, user: user, context: context, sortByD: Form.query(request)["sort"] != "ordning")
        return Responses.html(
            services.pages.page(
                .analysisStep, title: "\(step.number): \(step.title) – \(record.title)", model: model,
                context: context,
                path: "/analyses", flash: Form.query(request)["saved"] != nil ? "Sparat." : nil))
    }

    func stepModel(
        _ record: AnalysisRecord, step: AnalysisStep, user: UserRecord, context: AppContext, sortByD: Bool = true,
        error: String? = nil
    ) async throws -> StepModel {
        let base = "/analyses/\(record.id)/steps/\(step.id)"
        let steps = record.method.steps
        let index = steps.firstIndex(of: step) ?? 0
        let stepNames = Dictionary(uniqueKeysWithValues: steps.map { ($0.id, $0.number) })
        var model = StepModel(
            id: record.id, title: record.title, method: record.method.swedishName, csrf: context.csrf,
            version: record.version, readonly: !user.role.canAnalyse, action: base,
            steps: steps.map { s in
                let status = record.document.status(s.id)
                return StepModel.StepNavItem(
                    href: "/analyses/\(record.id)/steps/\(s.id)", label: "\(s.number): \(s.title)",
                    status: status.swedishName, statusClass: status.rawValue, current: s == step)
            }, stepId: step.id, number: step.number, stepTitle: step.title, question: step.question,
            statuses: StepStatus.allCases.map {
                StepModel.Choice(
                    value: $0.rawValue, label: $0.swedishName, checked: $0 == record.document.status(step.id))
            },
            comments: try await services.analyses.comments(record.id).filter { $0.step == step.id }.map {
                CommentView(step: stepNames[$0.step] ?? "", user: $0.username, at: Text.dateTime($0.at), text: $0.text)
            }, next: index + 1 < steps.count ? "/analyses/\(record.id)/steps/\(steps[index + 1].id)" : nil, error: error
        )
        let svg = "/analyses/\(record.id)/efficiency.svg"
        switch (record.document.content, step.id) {
        case (.huddinge(let d), "1"):
            model.h1 = StepModel.huddinge1(d, goals: try await services.goals.all(), sortByD: sortByD, base: base)
        case (.huddinge(let d), "2"): model.h2 = StepModel.huddinge2(d)
        case (.huddinge(let d), "3"): model.h3 = StepModel.huddinge3(d, svgHref: svg)
        case (.isu(let d), "1"): model.i1 = StepModel.isu1(d)
        case (.isu(let d), "kriterier"):
            let datasets = try await services.datasets.list().map(\.dataset)
            var columns: [StoredColumn] = []
            if let id = d.criteria.datasetId, let data = try? await DatasetContext.load(services, datasetId: id) {
                columns = data.version.columns
            }
            model.ik = StepModel.criteria(
                d, datasets: datasets, columns: columns, reader: !user.role.canAnalyse)
        case (.isu(let d), "2"):
            model.i2 = StepModel.ISU2(
                individual: d.individual, organisation: d.organisation, world: d.world, bias: d.biasCheck)
        case (.isu(let d), "3"):
            model.i3 = StepModel.ISU3(
                hypotheses: d.hypotheses, inequalityRisk: d.inequalityRisk, knowledgeNeeds: d.knowledgeNeeds,
                conclusions: d.conclusions, comparisons: d.comparisons)
        case (.isu(let d), "4"): model.i4 = StepModel.isu4(d, svgHref: svg)
        default: throw WebError.notFound
        }
        return model
    }

    func saveStep(_ request: Request, context: AppContext) async throws -> Response {
        let user = try context.requireUser()
        let record = try await load(context)
        let step = try stepId(context, record)
        let form = try await Form.body(request)
        var document = record.document
        AnalysisForm(form: form).apply(step: step.id, to: &document)
        var summary = "\(step.number) sparat"
        if step.id == "kriterier", form["action"] == "compute", case .isu(var d) = document.content {
            do {
                (d.criteriaResult, d.publishedCriteriaResult) = try await computeCriteria(d.criteria)
                summary = "Kriterierna beräknade: \(d.criteriaResult?.conclusion.swedishName ?? "")"
            } catch let error as AnalysisError {
                var failed = record
                failed.document = document
                let model = try await stepModel(
                    failed, step: step, user: user, context: context, error: error.description)
                return Responses.html(
                    services.pages.page(
                        .analysisStep, title: "\(step.number): \(step.title)", model: model, context: context,
                        path: "/analyses"), status: .badRequest)
            }
            document.content = .isu(d)
        }
        return try await persist(
            record, form: form, document: document, title: record.title, ownerId: record.ownerId, user: user,
            summary: summary, context: context, back: "/analyses/\(record.id)/steps/\(step.id)")
    }

    /// Runs the criteria on the set-up's dataset (latest version, disclosure control on): for
    /// analysts with each comparison protected on its own, and for readers through the
    /// dataset's linked pattern.
    func computeCriteria(_ setup: CriteriaSetup) async throws -> (CriteriaResult, CriteriaResult) {
        guard let id = setup.datasetId else { throw AnalysisError.invalid("Välj ett dataset på individnivå.") }
        let data = try await DatasetContext.load(services, datasetId: id)
        guard data.version.shape == DataShape.individual.rawValue else {
            throw AnalysisError.invalid("Kriterierna kräver data på individnivå (en rad per person eller ärende).")
        }
        let base = data.request(
            outcomes: [setup.outcome], dimensions: [setup.groupColumn], cross: 1, period: "senaste", controlled: true,
            threshold: try await services.threshold())
        let exact = try CriteriaEvaluation.evaluate(
            data.table, setup: setup, base: base, datasetVersion: data.version.version)
        let (published, pattern) = try await data.forPublication(base, services)
        let forReaders: CriteriaResult
        do {
            forReaders = try CriteriaEvaluation.evaluate(
                data.table, setup: setup, base: published, datasetVersion: data.version.version, pattern: pattern)
        } catch AnalysisError.outsideFrame {
            // The group column itself is not published: readers see no numbers.
            forReaders = exact.withheld()
        }
        return (exact, forReaders)
    }

    /// Saves against the version the form was opened at; a stale version shows the conflict page.
    func persist(
        _ record: AnalysisRecord, form: Form, document: AnalysisDocument, title: String, ownerId: Int64?,
        user: UserRecord, summary: String, context: AppContext, back: String, action: String? = nil,
        expectedVersion: Int? = nil
    ) async throws -> Response {
        // A save says which version it was made on; without that it could overwrite unseen changes.
        // (Adding a difference appends to the version just read, and says so itself.)
        guard let expected = expectedVersion ?? form["version"].flatMap({ Int($0) }) else {
            throw WebError.badRequest(
                "Formuläret saknar analysens versionsnummer och sparades inte. Ladda om sidan och gör ändringen igen.")
        }
        let audit = AuditEntry(
            at: Storage.now, userId: user.id, username: user.username, action: "analysis.save",
            object: "analys \(record.id)", detail: summary, address: context.address)
        let outcome = try await services.analyses.save(
            id: record.id, expectedVersion: expected, title: title, ownerId: ownerId, document: document,
            by: (user.id, user.username), summary: summary, audit: audit)
        switch outcome {
        case .saved:
            return Responses.redirect(back + "?saved=1")
        case .conflict(let current):
            return try await conflict(
                current: current, mine: document, myTitle: title, form: form, context: context, back: back,
                action: action ?? back)
        }
    }
}
