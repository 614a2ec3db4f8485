import Foundation
import Hummingbird
import SkillnadCore
import SkillnadStorage

/// The step pages: one form per step, saved with the version the analyst started from.
extension AnalysisRoutes {
    func stepId(_ context: AppContext, _ record: AnalysisRecord) throws -> AnalysisStep {
        guard let id = context.parameters.get("step").flatMap(AnalysisStepID.init(rawValue:)),
            let step = record.method.steps.first(where: { $0.id == id })
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
                path: Paths.analyses, flash: Form.query(request)["saved"] != nil ? "Sparat." : nil))
    }

    func stepModel(
        _ record: AnalysisRecord, step: AnalysisStep, user: UserRecord, context: AppContext, sortByD: Bool = true,
        error: String? = nil
    ) async throws -> StepModel {
        let base = Paths.analysisStep(record.id, step.id)
        let steps = record.method.steps
        let index = steps.firstIndex(of: step) ?? 0
        let stepNames = Dictionary(uniqueKeysWithValues: steps.map { ($0.id.rawValue, $0.number) })
        var model = StepModel(
            id: record.id, title: record.title, method: record.method.swedishName, csrf: context.csrf,
            version: record.version, readonly: !user.role.canAnalyse, action: base,
            steps: steps.map { s in
                let status = record.document.status(s.id)
                return StepModel.StepNavItem(
                    href: Paths.analysisStep(record.id, s.id), label: "\(s.number): \(s.title)",
                    status: status.swedishName, statusClass: status.rawValue, current: s == step)
            }, stepId: step.id.rawValue, number: step.number, stepTitle: step.title, question: step.question,
            statuses: StepStatus.allCases.map {
                Choice(
                    value: $0.rawValue, label: $0.swedishName, checked: $0 == record.document.status(step.id))
            },
            comments: try await services.analyses.comments(record.id).filter { $0.step == step.id.rawValue }.map {
                CommentView(step: stepNames[$0.step] ?? "", user: $0.username, at: Text.dateTime($0.at), text: $0.text)
            }, next: index + 1 < steps.count ? Paths.analysisStep(record.id, steps[index + 1].id) : nil, error: error
        )
        if !user.role.canAnalyse {
            // Readers see the step as read; the forms are for analysts.
            var read = ReportBuilder(
                goals: try await services.goals.all(), reader: true, threshold: try await services.threshold()
            ).step(
                step.id, of: record.document)
            read?.showsTitle = false
            model.readStep = read
            return model
        }
        let svg = Paths.efficiencyDiagram(record.id)
        switch (record.document.content, step.id) {
        case (.huddinge(let d), .first):
            model.h1 = StepModel.huddinge1(d, goals: try await services.goals.all(), sortByD: sortByD, base: base)
        case (.huddinge(let d), .second): model.h2 = StepModel.huddinge2(d)
        case (.huddinge(let d), .third): model.h3 = StepModel.huddinge3(d, svgHref: svg)
        case (.isu(let d), .first): model.i1 = StepModel.isu1(d)
        case (.isu(let d), .criteria):
            // Only data with one row per person or case can be compared within levels of other
            // columns; an aggregated table is not offered (unless it is the one already chosen).
            let datasets = try await services.datasets.list().filter {
                $0.latest?.shape == .individual || $0.dataset.id == d.criteria.datasetId
            }.map(\.dataset)
            var columns: [StoredColumn] = []
            if let id = d.criteria.datasetId {
                do {
                    columns = try await DatasetContext.load(services, datasetId: id).version.columns
                } catch WebError.notFound {
                    // The dataset was deleted: the set-up asks for another one.
                }
            }
            model.ik = StepModel.criteria(
                d, datasets: datasets, columns: columns, reader: !user.role.canAnalyse,
                threshold: try await services.threshold())
        case (.isu(let d), .second):
            model.i2 = StepModel.ISU2(
                individual: d.individual, organisation: d.organisation, world: d.world, bias: d.biasCheck)
        case (.isu(let d), .third):
            model.i3 = StepModel.ISU3(
                hypotheses: d.hypotheses, inequalityRisk: d.inequalityRisk, normsRisk: d.normsRisk ?? "",
                knowledgeNeeds: d.knowledgeNeeds,
                conclusions: d.conclusions, comparisons: d.comparisons)
        case (.isu(let d), .fourth): model.i4 = StepModel.isu4(d, svgHref: svg)
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
        if step.id == .criteria, case .isu(var d) = document.content {
            let problems = AnalysisForm(form: form).countProblems(d)
            // Criteria answered by hand need no dataset; only those answered from data are computed.
            let manualOnly =
                d.criteria.mapped.isEmpty && d.criteria.kind.criteria.contains { d.assessment($0.id).source != .data }
            do {
                if !problems.isEmpty { throw AnalysisError.invalid(problems.joined(separator: " ")) }
                if form["action"] == "compute" && !manualOnly {
                    (d.criteriaResult, d.publishedCriteriaResult) = try await service.criteria(d.criteria)
                    summary =
                        "Kriterierna beräknade: statistisk läsning \(d.criteriaResult.flatMap { CriteriaRule.statistical($0)?.swedishName.lowercased() } ?? "ingen")"
                }
            } catch let error as AnalysisError {
                // Nothing is saved: the form shows what the user entered, and the result saved
                // earlier stays in view.
                var failed = record
                var shown = d
                if case .isu(let saved) = record.document.content {
                    shown.criteriaResult = saved.criteriaResult
                    shown.publishedCriteriaResult = saved.publishedCriteriaResult
                }
                failed.document.content = .isu(shown)
                failed.document.stepStatus = document.stepStatus
                let kept = shown.criteriaResult == nil ? "" : " Inget sparades; resultatet nedan är det tidigare."
                let model = try await stepModel(
                    failed, step: step, user: user, context: context, error: error.message(.web) + kept)
                return Responses.html(
                    services.pages.page(
                        .analysisStep, title: "\(step.number): \(step.title)", model: model, context: context,
                        path: Paths.analyses), status: .badRequest)
            }
            document.content = .isu(d)
        }
        return try await persist(
            record, form: form, document: document, title: record.title, ownerId: record.ownerId, user: user,
            summary: summary, context: context, back: Paths.analysisStep(record.id, step.id))
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
        let outcome = try await service.save(
            record, document: document, title: title, ownerId: ownerId, expectedVersion: expected, summary: summary,
            by: .init(user: user, address: context.address))
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
