import SkillnadCore
import SkillnadStorage

extension DatasetContext {
    /// Cells (over every outcome) above which the default frame is made smaller, so the linked
    /// pattern is computed in seconds.
    static let cellBudget = 60_000

    /// What readers may request from this version, protected as one whole: the analyst's
    /// setting, or by default every dimension column crossed as deep as the budget allows
    /// (with many columns, the background columns — kön, ålder, område, födelseland — first).
    func publicationFrame(setting: PublicationSetting?, threshold: Int) -> PublicationFrame {
        let available = dimensionColumns.map(\.name)
        let outcomes = outcomeNames
        let sensitive = Set(outcomeColumns.filter(\.sensitive).map(\.name))
        let rule = DisclosureRule(threshold: threshold)
        if let setting {
            let chosen = setting.dimensions.compactMap(columnName).filter { available.contains($0) }
            if !chosen.isEmpty {
                return PublicationFrame(
                    dimensions: chosen, outcomes: outcomes, depth: setting.depth, rule: rule,
                    sensitiveOutcomes: sensitive)
            }
        }
        let background = available.filter(Self.isBackground)
        for dims in [available, background] where !dims.isEmpty {
            for depth in stride(from: 3, through: 1, by: -1)
            where cells(dims, depth) * max(1, outcomes.count) <= Self.cellBudget {
                return PublicationFrame(
                    dimensions: dims, outcomes: outcomes, depth: depth, rule: rule, sensitiveOutcomes: sensitive)
            }
        }
        return PublicationFrame(
            dimensions: background.isEmpty ? available : background, outcomes: outcomes, depth: 1, rule: rule,
            sensitiveOutcomes: sensitive)
    }

    /// Cells per outcome of a frame over these columns.
    func cells(_ dims: [String], _ depth: Int) -> Int {
        let slots = dims.map { name in (table.column(named: name)?.asCategorical().levels.count ?? 1) + 1 }
        return PublicationFrame.cellCount(
            dimensionSlots: slots, periods: periods.isEmpty ? nil : periods.count, depth: depth)
    }

    /// Background columns readers most often cross by.
    static func isBackground(_ name: String) -> Bool {
        CodeNormaliser.isSexColumn(name)
            || ColumnName.contains(
                name, anyOf: ["alder", "age", "omrade", "stadsdel", "deso", "regso", "kommun", "fodelse", "bakgrund"])
    }

    /// The frame for this version with the stored setting and threshold.
    func publicationFrame(_ services: Services) async throws -> PublicationFrame {
        publicationFrame(
            setting: try await services.settings.publication(datasetId: dataset.id),
            threshold: try await services.threshold())
    }
}

extension DatasetContext {
    /// A request made for publication, with the cached pattern it is read through.
    func forPublication(
        _ request: AnalysisRequest, _ services: Services
    ) async throws -> (AnalysisRequest, DisclosurePattern) {
        var published = request
        let frame = try await publicationFrame(services)
        published.publication = frame
        published.disclosureControl = true
        published.threshold = frame.rule.threshold
        var base = request
        base.publication = nil
        let pattern = try await services.cache.pattern(
            versionId: version.id, frame: frame, base: base, table: table)
        return (published, pattern)
    }
}
