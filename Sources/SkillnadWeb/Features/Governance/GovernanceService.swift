import Foundation
import SkillnadCore
import SkillnadGovernance
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
        var out: [Evaluated] = []
        for record in try await services.indicators.all() {
            out.append(try await evaluate(record, own: own, reader: !user.role.canAnalyse, threshold: threshold))
        }
        return out
    }

    /// One indicator evaluated.
    func one(_ id: Int64, for user: UserRecord) async throws -> Evaluated? {
        guard let record = try await services.indicators.get(id) else { return nil }
        return try await evaluate(
            record, own: try await municipality(), reader: !user.role.canAnalyse,
            threshold: try await services.threshold())
    }

    func evaluate(_ record: IndicatorRecord, own: String, reader: Bool, threshold: Int) async throws -> Evaluated {
        var values = try await services.indicators.values(record.indicator.id)
        var hidden = 0
        if reader {
            // Readers never see a value resting on fewer people than the disclosure threshold.
            for i in values.indices where (values[i].n.map { $0 > 0 && $0 < Double(threshold) } ?? false) {
                values[i].value = nil
                hidden += 1
            }
        }
        let unit = Self.unit(of: record.indicator, own: own)
        let observations = values.observations(unit: unit)
        let latest = observations.last { $0.value != nil }?.period
        let others = latest.map { values.values(period: $0, except: unit) } ?? [:]
        let comparison: (name: String, values: [Double])? =
            others.isEmpty
            ? nil
            : record.indicator.comparisonSet.map { ($0.name, $0.values(from: others)) }
                ?? ("Alla kommuner med värde", Array(others.values))
        let signals = IndicatorSignals.evaluate(record.indicator, observations: observations, comparison: comparison)
        return Evaluated(
            record: record, values: values, observations: observations, signals: signals,
            warnings: record.indicator.warnings(observations: observations), hiddenCount: hidden)
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

        /// Reads the form; throws a Swedish message naming the field.
        init(_ form: Form) throws {
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
        where value != nil {
            values.append(
                IndicatorValue(
                    unit: unit, period: entry.period, sex: sex, value: value, n: n, origin: .manual,
                    enteredBy: user.username))
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
