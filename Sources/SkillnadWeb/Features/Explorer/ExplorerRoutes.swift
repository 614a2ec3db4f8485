import Foundation
import Hummingbird
import SkillnadCharts
import SkillnadCore
import SkillnadReport
import SkillnadStorage

/// The difference explorer: choose data, outcomes and groups; see ranked differences; open
/// one for its chart, statistics, measures, trend and adjusted comparison; view a crossing.
struct ExplorerRoutes {
    let services: Services

    func register(_ routes: FeatureRoutes) {
        routes.readers.get("/explore") { request, context in try await self.explore(request, context: context) }
        routes.readers.get("/explore/difference") { request, context in
            try await self.difference(request, context: context)
        }
        routes.readers.get("/explore/crossing") { request, context in try await self.crossing(request, context: context)
        }
    }

    struct FormModel {
        var datasetId: Int64
        var datasetName: String
        var outcomes: [Choice]
        /// Many outcomes (a Kolada download of hundreds of KPIs): a search box filters them.
        var searchable: Bool
        var outcomeCount: String
        var dimensions: [Choice]
        var crosses: [Choice]
        var periods: [Choice]
        var hasPeriods: Bool
        var canAnalyse: Bool
        var uncontrolled: Bool
        var asReader: Bool
        /// The chosen outcomes, ticked where lower is better.
        var directions: [Choice]
        var hasDirections: Bool
        /// "Filtrera rader": one select per grouping column, "alla" or one of its values.
        var filters: [FilterSelect]
        var hasFilters: Bool
        var filtered: Bool
        /// For readers: what the dataset publishes, in words.
        var frameNote: String?
    }

    struct FilterSelect {
        var id: String
        var label: String
        var options: [Choice]
    }

    struct ExploreModel {
        var form: FormModel
        var hasResult: Bool
        var result: ResultModel?
        var emptyNote: String? = nil
    }

    struct ResultModel {
        var summary: String
        /// How many hold, in words.
        var holdingSummary: String
        var threshold: Int
        var controlled: Bool
        var notes: [String]
        var rows: [DifferenceRow]
        var hasRows: Bool
        var shown: Int
        var total: Int
        var filterText: String
        var outcomeOptions: [Choice]
        var kindOptions: [Choice]
        var sortOptions: [Choice]
        /// Whether differences that do not hold are listed too.
        var showAll: Bool
        /// "Visa även de 312 som inte håller" when some are left out.
        var showAllLink: LinkItem?
        /// Shown when nothing holds and the list is limited to what holds.
        var noneHold: Bool
        var withheld: Int
        var hasWithheld: Bool
        var crossings: [CrossingLink]
        var hasCrossings: Bool
        var query: String
        var exportQuery: String
        var hidden: [HiddenField]
        var hasMore: Bool
        var nextLink: String
    }

    struct DifferenceRow {
        var rank: Int
        var score: String
        var summary: String
        var link: String
        var estimate: String
        var interval: String
        /// "Håller", "Håller inte" or "Inte prövad".
        var certainty: String
        var holds: Bool
        /// "q = 0,003" (empty without a test).
        var q: String
        var excess: String
        var kind: String
    }

    struct CrossingLink {
        var label: String
        var link: String
    }

    func explore(_ request: Request, context: AppContext) async throws -> Response {
        let user = try context.requireUser()
        let query = Form.query(request)
        var parameters = ScanParameters(query)
        guard parameters.datasetId != nil else { return try await chooseDataset(context) }
        let data = try await DatasetContext.load(
            services, datasetId: parameters.datasetId, versionId: parameters.versionId)
        parameters = parameters.resolved(in: data)
        let frame = parameters.published(for: user) ? try await data.publicationFrame(services) : nil
        if let frame {
            // Readers choose within what the dataset publishes.
            parameters.dimensions = parameters.dimensions.filter { frame.dimensions.contains($0) }
            parameters.cross = min(parameters.cross, frame.depth)
        }
        // A first visit scans every outcome by every offered dimension, one at a time, so the page
        // opens on the differences that hold rather than on an empty form.
        var offered = data.dimensionColumns.map(\.name).filter { frame?.dimensions.contains($0) ?? true }
        if parameters.outcomes.isEmpty { parameters.outcomes = data.firstViewOutcomes }
        // A column whose share is an outcome is not also a grouping.
        let counted = Set(parameters.outcomes.compactMap(data.shareColumn(of:)))
        offered.removeAll { counted.contains($0) }
        if parameters.dimensions.isEmpty { parameters.dimensions = data.firstViewDimensions(offered: offered) }
        if parameters.outcomes.isEmpty || parameters.dimensions.isEmpty {
            let model = ExploreModel(
                form: formModel(data, parameters, user: user, frame: frame), hasResult: false, result: nil,
                emptyNote: parameters.outcomes.isEmpty
                    ? "Datasetet har inget utfall att jämföra. Ange en kolumns roll som utfall när du importerar "
                        + "en ny version." : "Datasetet har ingen dimension att dela upp efter.")
            return Responses.html(
                services.pages.page(
                    .explorerExplore, title: "Utforska \(data.dataset.name)", model: model, context: context,
                    path: Paths.explore)
            )
        }
        let result: ScanResult
        let request: AnalysisRequest
        do {
            (_, result, request) = try await parameters.scan(services, user: user)
        } catch let error as AnalysisError {
            // The choice does not fit the data: the form stays, with the message beside the
            // controls that fix it (the row filters open).
            var form = formModel(data, parameters, user: user, frame: frame)
            form.filtered = form.hasFilters
            let model = ExploreModel(form: form, hasResult: false, result: nil, emptyNote: error.message(.web))
            return Responses.html(
                services.pages.page(
                    .explorerExplore, title: "Utforska \(data.dataset.name)", model: model, context: context,
                    path: Paths.explore), status: .badRequest)
        }
        // The content depends only on the scan, the query and the role; the layout is per user.
        let pairs = query.values.sorted { $0.key < $1.key }.flatMap { name, values in values.map { (name, $0) } }
        let key =
            "explore|\(data.version.id)|\(request.disclosureControl)|\(request.publication.map { "\($0.hashValue)" } ?? "-")|\(request.threshold)|\(user.role.canAnalyse)|"
            + Form.encode(pairs)
        let pages = services.pages
        let form = formModel(data, parameters, user: user, frame: frame)
        let content = await services.cache.rendered(key) {
            let model = ExploreModel(
                form: form, hasResult: true, result: resultModel(result, parameters: parameters, query: query))
            return pages.render(.explorerExplore, model)
        }
        return Responses.html(
            pages.layout(
                title: "Skillnader i \(data.dataset.name)", content: content, context: context, path: Paths.explore,
                stamp: !result.disclosureControlled, wide: true))
    }

    struct ChooseModel {
        var datasets: [HomeRoutes.DatasetRow]
        var empty: Bool
    }

    func chooseDataset(_ context: AppContext) async throws -> Response {
        let rows = try await services.datasets.list().map { s in
            HomeRoutes.DatasetRow(
                id: s.dataset.id, name: s.dataset.name, description: s.dataset.description,
                rows: Text.rows(s.latest?.rowCount ?? 0), updated: Text.dateTime(s.dataset.updatedAt),
                exploreQuery: Form.encode([("dataset", String(s.dataset.id))]))
        }
        return Responses.html(
            services.pages.page(
                .explorerChoose, title: "Utforska skillnader", model: ChooseModel(datasets: rows, empty: rows.isEmpty),
                context: context, path: Paths.explore))
    }

    /// One select per non-sensitive grouping column for choosing rows; not offered when the
    /// output is protected for publication (a filter would be one more crossing than the frame
    /// allows).
    func filterSelects(_ data: DatasetContext, _ p: ScanParameters, frame: PublicationFrame?) -> [FilterSelect] {
        guard frame == nil else { return [] }
        return data.dimensionColumns.filter { !$0.sensitive }.enumerated().compactMap { index, column in
            guard let levels = data.table.column(named: column.name)?.asCategorical().levels, levels.count <= 500 else {
                return nil
            }
            let chosen = Set(p.filters[column.name] ?? [])
            return FilterSelect(
                id: "filter-\(index)", label: column.name,
                options: [Choice(value: "", label: "Alla", checked: chosen.isEmpty)]
                    + LevelOrder.sorted(levels, ordered: column.ordered).map {
                        Choice(value: "\(column.name)=\($0)", label: $0, checked: chosen.contains($0))
                    })
        }
    }

    func formModel(_ data: DatasetContext, _ p: ScanParameters, user: UserRecord, frame: PublicationFrame?) -> FormModel
    {
        let filters = filterSelects(data, p, frame: frame)
        let periods = data.periods
        let depth = frame?.depth ?? 3
        let crossings = [
            Choice(value: "1", label: "Inga korsningar", checked: p.cross == 1),
            Choice(value: "2", label: "Korsningar av två", checked: p.cross == 2),
            Choice(value: "3", label: "Korsningar av tre", checked: p.cross == 3),
        ].prefix(depth)
        var frameNote: String?
        if let frame, !user.role.canAnalyse {
            frameNote =
                "Från det här datasetet publiceras \(frame.dimensions.joined(separator: ", ")) "
                + (frame.depth == 1 ? "var för sig" : "korsade högst \(frame.depth) åt gången")
                + ". Alla tabeller döljer samma små grupper, så de kan inte räknas fram ur varandra."
        }
        return FormModel(
            datasetId: data.dataset.id, datasetName: data.dataset.name,
            outcomes: data.outcomeNames.map { Choice(value: $0, label: $0, checked: p.outcomes.contains($0)) },
            searchable: data.outcomeNames.count > 12, outcomeCount: Text.count(data.outcomeNames.count),
            dimensions: data.dimensionColumns.filter { frame?.dimensions.contains($0.name) ?? true }.map {
                Choice(value: $0.name, label: $0.name, checked: p.dimensions.contains($0.name))
            },
            crosses: Array(crossings),
            periods: [Choice(value: "senaste", label: "Senaste perioden", checked: p.period == "senaste")]
                + [Choice(value: "alla", label: "Alla perioder sammanslagna", checked: p.period == "alla")]
                + periods.reversed().map { Choice(value: $0, label: $0, checked: p.period == $0) },
            hasPeriods: !periods.isEmpty, canAnalyse: user.role.canAnalyse, uncontrolled: p.uncontrolled,
            asReader: p.asReader,
            directions: p.outcomes.map {
                Choice(value: $0, label: $0, checked: p.effectiveLowerIsBetter(data).contains($0))
            }, hasDirections: !p.outcomes.isEmpty, filters: filters, hasFilters: !filters.isEmpty,
            filtered: !p.filters.isEmpty, frameNote: frameNote)
    }
}
