import SkillnadGovernance

extension [IndicatorValue] {
    /// A unit's values as observations (T, K and M of each period together), oldest first.
    public func observations(unit: String) -> [IndicatorObservation] {
        var byPeriod: [String: IndicatorObservation] = [:]
        for value in self where value.unit == unit {
            var o = byPeriod[value.period] ?? IndicatorObservation(period: value.period, value: nil)
            switch value.sex {
            case "K":
                o.women = value.value
                o.womenN = value.n
            case "M":
                o.men = value.value
                o.menN = value.n
            default:
                o.value = value.value
                o.n = value.n
                o.note = value.note.isEmpty ? nil : value.note
            }
            byPeriod[value.period] = o
        }
        return byPeriod.values.sorted { PeriodOrder.before($0.period, $1.period) }
    }

    /// Every unit's total (kön T) value in a period.
    public func totals(period: String) -> [String: Double] {
        values(period: period, sex: "T")
    }

    /// Every unit's value of one kön (`T`, `K` or `M`) in a period.
    public func values(period: String, sex: String) -> [String: Double] {
        var out: [String: Double] = [:]
        for value in self where value.period == period && value.sex == sex {
            if let v = value.value { out[value.unit] = v }
        }
        return out
    }

    /// Every other unit's value in a period (the comparison set's values), of kön T unless asked.
    public func values(period: String, except unit: String, sex: String = "T") -> [String: Double] {
        values(period: period, sex: sex).filter { $0.key != unit }
    }
}
