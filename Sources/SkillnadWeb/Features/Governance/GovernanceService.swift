import Foundation
import SkillnadCore
import SkillnadFetch
import SkillnadGovernance
import SkillnadImport
import SkillnadStorage

/// Governance's use cases without HTTP: every indicator with its values and signals as a user
/// may see them, values entered with validation and an audit entry.
struct GovernanceService: Sendable {
    let services: Services

    /// An indicator evaluated for a user.
    struct Evaluated: Sendable {
        var record: IndicatorRecord
        var values: [IndicatorValue]
        var observations: [IndicatorObservation]
        var signals: IndicatorSignals
        var warnings: [String]
        /// Values hidden from a reader because they rest on fewer people than the threshold.
        var hiddenCount: Int
        var indicator: Indicator { record.indicator }
    }

    /// The municipality whose indicators are followed (set by an administrator; "Kommunen" until then).
    func municipality() async throws -> String {
        let stored = try await services.settings.get(.municipality) ?? ""
        return stored.isEmpty ? "Kommunen" : stored
    }

    /// Every indicator evaluated.
    func all(for user: UserRecord) async throws -> [Evaluated] {
        let own = try await municipality()
        let threshold = try await services.threshold()
        let records = try await services.indicators.all()
        let rules = try await ruleContext(records)
        var out: [Evaluated] = []
        for record in records {
            out.append(
                try await evaluate(record, own: own, reader: !user.role.canAnalyse, threshold: threshold, rules: rules))
        }
        return out
    }

    /// One indicator evaluated (the others are read once, for the rules across indicators).
    func one(_ id: Int64, for user: UserRecord) async throws -> Evaluated? {
        let records = try await services.indicators.all()
        guard let record = records.first(where: { $0.indicator.id == id }) else { return nil }
        return try await evaluate(
            record, own: try await municipality(), reader: !user.role.canAnalyse,
            threshold: try await services.threshold(), rules: try await ruleContext(records))
    }

    /// What the guide's rules across indicators need: the goal tree and every indicator.
    struct RuleContext: Sendable {
        var goals: [GovernanceGoal]
        var indicators: [Indicator]
    }

    func ruleContext(_ records: [IndicatorRecord]) async throws -> RuleContext {
        RuleContext(
            goals: try await services.goals.all().map(GovernanceRoutes.governanceGoal),
            indicators: records.map(\.indicator))
    }

    func evaluate(
        _ record: IndicatorRecord, own: String, reader: Bool, threshold: Int, rules: RuleContext
    ) async throws -> Evaluated {
        var values = try await services.indicators.values(record.indicator.id)
        var hidden = 0
        if reader {
            // Readers never see a value resting on fewer people than the disclosure threshold.
            // Complementary suppression: women + men make the total, so when one of the three of a
            // unit and period is hidden, so are the others — none can be subtracted back.
            let small = values.indices.filter { values[$0].n.map { $0 > 0 && $0 < Double(threshold) } ?? false }
            let cells = Set(small.map { "\(values[$0].unit)\u{1F}\(values[$0].period)" })
            for i in values.indices where cells.contains("\(values[i].unit)\u{1F}\(values[i].period)") {
                if values[i].value != nil { hidden += 1 }
                values[i].value = nil
                values[i].n = nil
            }
        }
        let unit = Self.unit(of: record.indicator, own: own)
        let observations = values.observations(unit: unit)
        let latest = observations.last { $0.value != nil }?.period
        let comparison = latest.flatMap { Self.comparison(record.indicator, values: values, period: $0, unit: unit) }
        var signals = IndicatorSignals.evaluate(record.indicator, observations: observations, comparison: comparison)
        if let period = latest {
            let set = record.indicator.comparisonSet
            func others(_ sex: String) -> [Double] {
                let values = values.values(period: period, except: unit, sex: sex)
                return set.map { $0.values(from: values) } ?? Array(values.values)
            }
            signals.placeBySex(
                own: observations.last { $0.period == period }, women: others("K"), men: others("M"),
                higherIsBetter: record.indicator.higherIsBetter)
        }
        return Evaluated(
            record: record, values: values, observations: observations, signals: signals,
            warnings: record.indicator.warnings(observations: observations)
                + [GovernanceRules.anchoring(record.indicator, goals: rules.goals)].compactMap { $0 }
                + GovernanceRules.publication(record.indicator, others: rules.indicators),
            hiddenCount: hidden)
    }

    /// The comparison set's values in a period: the indicator's set, else every other unit.
    static func comparison(
        _ indicator: Indicator, values: [IndicatorValue], period: String, unit: String
    ) -> (name: String, values: [Double])? {
        let others = values.values(period: period, except: unit)
        guard !others.isEmpty else { return nil }
        return indicator.comparisonSet.map { ($0.name, $0.values(from: others)) }
            ?? ("Alla kommuner med värde", Array(others.values))
    }

    /// The unit whose values are the municipality's own: a Kolada source names it, else the setting.
    static func unit(of indicator: Indicator, own: String) -> String {
        if case .kolada(_, let municipality) = indicator.source, !municipality.isEmpty { return municipality }
        return own
    }

    /// Values entered by hand for one period: the total, women and men, each with n where known.
    struct Entry: Sendable {
        var period: String
        var total: Double?
        var totalN: Double?
        var women: Double?
        var womenN: Double?
        var men: Double?
        var menN: Double?
        var note: String

        /// Reads the form for an indicator of `kind`; throws a Swedish message naming the field.
        init(_ form: Form, kind: Indicator.ValueKind = .number) throws {
            let period = (form["period"] ?? "").trimmingCharacters(in: .whitespaces)
            guard Self.isPeriod(period) else {
                throw WebError.badRequest(
                    "Ange perioden som ett år (2026), en månad (2026M04), ett kvartal (2026K2) eller ett tertial (2026T1)."
                )
            }
            self.period = period
            func number(_ field: String, _ label: String) throws -> Double? {
                let text = (form[field] ?? "").trimmingCharacters(in: .whitespaces)
                guard !text.isEmpty else { return nil }
                guard
                    let value = Double(
                        text.replacingOccurrences(of: ",", with: ".").replacingOccurrences(of: " ", with: "")),
                    value.isFinite
                else { throw WebError.badRequest("\(label): ”\(text)” är inget tal. Skriv t.ex. 84,5.") }
                return value
            }
            func count(_ field: String, _ label: String) throws -> Double? {
                guard let n = try number(field, label) else { return nil }
                guard n >= 0, n == n.rounded() else {
                    throw WebError.badRequest("\(label): antalet ska vara ett heltal, minst 0.")
                }
                return n
            }
            note = String((form["note"] ?? "").trimmingCharacters(in: .whitespacesAndNewlines).prefix(4_000))
            if kind == .yesNo {
                switch ColumnName.key(form["total"] ?? "") {
                case "ja", "1": total = 1
                case "nej", "0": total = 0
                case "": total = nil
                default: throw WebError.badRequest("Svara ja eller nej.")
                }
                guard total != nil else { throw WebError.badRequest("Svara ja eller nej.") }
                return
            }
            if kind == .text {
                guard !note.isEmpty else { throw WebError.badRequest("Skriv bedömningen för perioden.") }
                return
            }
            total = try number("total", "Värde totalt")
            totalN = try count("total_n", "Antal totalt")
            women = try number("women", "Värde kvinnor")
            womenN = try count("women_n", "Antal kvinnor")
            men = try number("men", "Värde män")
            menN = try count("men_n", "Antal män")
            guard total != nil || women != nil || men != nil else {
                throw WebError.badRequest("Ange minst ett värde: totalt, för kvinnor eller för män.")
            }
        }

        static func isPeriod(_ text: String) -> Bool {
            text.wholeMatch(of: /(19|20)[0-9]{2}((M(0[1-9]|1[0-2]))|(K[1-4])|(T[1-3]))?/) != nil
        }
    }

    /// Saves one period's values with the user as who entered them, and the audit entry.
    func save(_ entry: Entry, indicator: Indicator, by user: UserRecord, address: String) async throws {
        let unit = Self.unit(of: indicator, own: try await municipality())
        var values: [IndicatorValue] = []
        for (sex, value, n) in [
            ("T", entry.total, entry.totalN), ("K", entry.women, entry.womenN), ("M", entry.men, entry.menN),
        ]
        where value != nil || (sex == "T" && !entry.note.isEmpty) {
            values.append(
                IndicatorValue(
                    unit: unit, period: entry.period, sex: sex, value: value, n: n, origin: .manual,
                    enteredBy: user.username))
            if sex == "T" { values[values.count - 1].note = entry.note }
        }
        let detail = values.map { "\($0.sex) \($0.value.map { SwedishFormat.number($0, decimals: 2) } ?? "–")" }
            .joined(separator: ", ")
        try await services.indicators.save(
            values, indicator: indicator.id,
            audit: AuditEntry(
                at: Storage.now, userId: user.id, username: user.username, action: .indicatorValues, object: "",
                detail: "\(indicator.name), \(entry.period): \(detail)", address: address))
    }
}

extension GovernanceService {
    /// Fetches a Kolada indicator's values for every municipality over the last six years
    /// (women, men and the total where the KPI is divided by kön), stores them as fetched with the
    /// address, and records the fetch time; returns how many values were stored.
    func refresh(_ indicator: Indicator, by user: UserRecord, address: String) async throws -> Int {
        guard case .kolada(let kpi, _) = indicator.source else {
            throw WebError.badRequest("Bara indikatorer med Kolada som källa hämtas; andra värden matas in per period.")
        }
        let year = Calendar(identifier: .gregorian).component(.year, from: Date())
        let query: KoladaQuery
        do {
            query = try KoladaQuery.everyMunicipality(kpis: [kpi], years: Array((year - 6)...(year - 1)))
        } catch let error as KoladaQueryError {
            throw WebError.badRequest(error.description)
        }
        var fetcher = KoladaFetcher(base: services.configuration.koladaURL)
        fetcher.timeout = .seconds(30)
        let data: Data
        do {
            data = try await fetcher.fetch(query)
        } catch let error as FetchError {
            throw WebError.badRequest(error.description)
        }
        let table = try FileImporter.read(bytes: [UInt8](data), name: "kolada-\(kpi).json").table
        guard table.rowCount > 0 else {
            throw WebError.badRequest("Kolada har inga värden för \(kpi) åren \(year - 6)–\(year - 1).")
        }
        let series: IndicatorSeries
        do {
            series = try IndicatorSeries(table, indicator: kpi)
        } catch let error as SeriesError {
            throw WebError.badRequest("Koladas svar kunde inte läsas: \(error.description)")
        }
        var values: [IndicatorValue] = []
        // Municipalities only: Riket (0000) and the regions (0001–0025) are not compared with.
        for unit in series.units where !unit.hasPrefix("00") {
            for o in series.observations(for: unit) ?? [] {
                for (sex, value) in [("T", o.value), ("K", o.women), ("M", o.men)] where value != nil {
                    values.append(
                        IndicatorValue(
                            unit: unit, period: o.period, sex: sex, value: value, origin: .kolada,
                            enteredBy: services.configuration.koladaURL))
                }
            }
        }
        try await services.indicators.save(
            values, indicator: indicator.id, fetched: true,
            audit: AuditEntry(
                at: Storage.now, userId: user.id, username: user.username, action: .indicatorValues, object: "",
                detail: "\(indicator.name): \(values.count) värden hämtade från Kolada (\(kpi))", address: address))
        // The KPI's metadata, for the suggestions; a missing answer leaves them out.
        if let metadata = try? await fetcher.kpiMetadata(kpi) {
            var updated = indicator
            updated.koladaMetadata = metadata
            try await services.indicators.update(updated)
        }
        return values.count
    }
}

extension GovernanceService {
    /// Computes a dataset indicator's values per period from the dataset's latest version — the
    /// total and, where the data has a sex column, women and men — each with its n, disclosure-
    /// controlled per table (suppressed groups are not stored); returns how many values were stored.
    func refreshFromDataset(_ indicator: Indicator, by user: UserRecord, address: String) async throws -> Int {
        guard case .dataset(let datasetId, let outcome, let filters) = indicator.source else {
            throw WebError.badRequest("Indikatorn har inget dataset som källa.")
        }
        let data = try await DatasetContext.load(services, datasetId: datasetId)
        guard data.outcomeNames.contains(outcome) || data.table.column(named: outcome) != nil else {
            throw WebError.badRequest(
                "Utfallet ”\(outcome)” finns inte i datasetet \(data.dataset.name). Utfall: "
                    + data.outcomeNames.prefix(8).joined(separator: ", ") + ".")
        }
        guard filters.isEmpty else {
            throw WebError.badRequest("Indikatorer med radfilter kan inte räknas om för läsare; ta bort filtret.")
        }
        // The values readers see must be those of the dataset's publication: computed through its
        // linked suppression pattern, so no table of the explorer lets anyone subtract them back.
        let frame = try await data.publicationFrame(services)
        let sex = frame.dimensions.first { CodeNormaliser.isSexColumn($0) }
        guard let dimension = sex ?? frame.dimensions.first else {
            throw WebError.badRequest("Datasetet publicerar ingen kolumn att dela upp efter.")
        }
        let own = Self.unit(of: indicator, own: try await municipality())
        var values: [IndicatorValue] = []
        for period in data.periods.isEmpty ? ["alla"] : data.periods {
            let parameters = ScanParameters(
                Form(
                    encoded: Form.encode([
                        ("dataset", String(datasetId)), ("outcome", outcome), ("by", dimension), ("cross", "1"),
                        ("period", period), ("visning", "publicering"),
                    ])))
            let result: ScanResult
            do {
                result = try await parameters.scan(services, user: user).1
            } catch let error as AnalysisError {
                throw WebError.badRequest("Värdena kunde inte räknas fram för \(period): \(error.description)")
            }
            guard let table = result.tables.first(where: { $0.dimensions == [dimension] }) else { continue }
            let scale = table.outcomeKind == .proportion ? 100.0 : 1.0
            let label = period == "alla" ? Self.currentYearLabel() : period
            func add(_ sexCode: String, _ group: GroupResult?) {
                guard let group, !group.suppressed, let estimate = group.estimate else { return }
                values.append(
                    IndicatorValue(
                        unit: own, period: label, sex: sexCode, value: estimate * scale, n: group.n, origin: .dataset,
                        enteredBy: "\(data.dataset.name), version \(data.version.version)"))
            }
            add("T", table.total)
            if sex != nil {
                add(
                    "K",
                    table.groups.first {
                        $0.label == "K" || $0.label.lowercased().hasPrefix("kvinn")
                            || $0.label.lowercased().hasPrefix("flick")
                    })
                add(
                    "M",
                    table.groups.first {
                        $0.label == "M" || $0.label.lowercased().hasPrefix("män")
                            || $0.label.lowercased().hasPrefix("man") || $0.label.lowercased().hasPrefix("pojk")
                    })
            }
        }
        try await services.indicators.save(
            values, indicator: indicator.id, fetched: true,
            audit: AuditEntry(
                at: Storage.now, userId: user.id, username: user.username, action: .indicatorValues, object: "",
                detail: "\(indicator.name): \(values.count) värden beräknade ur datasetet \(data.dataset.name)",
                address: address))
        return values.count
    }

    static func currentYearLabel() -> String { String(Calendar(identifier: .gregorian).component(.year, from: Date())) }
}
