import SkillnadCharts
import SkillnadCore
import SkillnadGovernance

/// How an indicator's signals are shown on pages: a face, an arrow, a box and words for each,
/// so no signal rests on colour alone.
struct SignalView: Sendable {
    var face: String
    var status: String
    var statusClass: String
    var statusReason: String
    var arrow: String
    var trend: String
    var trendClass: String
    var quartile: String
    var quartileClass: String
    var comparison: String?
    /// Women's and men's boxes, each among the set's values for the same kön.
    var quartilesBySex: String?
    var gap: String?
    var gapTrend: String?
    var value: String
    /// Women's and men's values beside the total, where the latest period has them.
    var sexes: String?
    var target: String
    var period: String

    init(
        _ signals: IndicatorSignals, unit: String, kind: Indicator.ValueKind? = nil,
        latest: IndicatorObservation? = nil
    ) {
        if let latest, let women = latest.women, let men = latest.men, latest.period == signals.period {
            sexes = "K \(Self.format(women, unit: unit)) · M \(Self.format(men, unit: unit))"
        }
        let mood: StatusFace.Mood =
            switch signals.status {
            case .green: .happy
            case .yellow: .neutral
            case .red: .sad
            case .white: .none
            }
        face = StatusFace.svg(mood, label: signals.status.swedishName)
        status = signals.status.swedishName
        statusClass = "status-\(signals.status.face)"
        statusReason = signals.statusReason
        arrow = signals.arrow?.symbol ?? "–"
        trend = signals.trend.rawValue
        trendClass = "trend-\(signals.trend == .improving ? "up" : signals.trend == .worsening ? "down" : "flat")"
        quartile = signals.quartile.label
        quartileClass =
            "q-\(signals.quartile.rawValue == "bästa" ? "best" : signals.quartile.rawValue == "sämsta" ? "worst" : signals.quartile == .middle ? "middle" : "none")"
        comparison = signals.comparisonSet.map {
            "bland \($0.name.prefix(1).lowercased() + $0.name.dropFirst()) (\($0.size))"
        }
        quartilesBySex = signals.quartilesBySex.map {
            "kvinnor \($0.women.label), män \($0.men.label) (var för sig bland kvinnor och bland män)"
        }
        if let gap = signals.gap {
            var text = "K − M " + Self.format(gap.estimate, unit: unit, signed: true)
            if let low = gap.ciLow, let high = gap.ciHigh {
                text +=
                    " (95 % KI \(SwedishFormat.number(low, decimals: 1)) till \(SwedishFormat.number(high, decimals: 1)))"
            }
            self.gap = text
            gapTrend = "skillnaden \(gap.trend.rawValue)"
        }
        switch kind ?? .number {
        case .number: value = signals.value.map { Self.format($0, unit: unit) } ?? "–"
        case .yesNo: value = signals.value.map { $0 >= 1 ? "Ja" : "Nej" } ?? "–"
        case .text: value = "se bedömningen"
        }
        target = signals.target.map { "mål \($0)" } ?? "inget mål"
        period = signals.period ?? "–"
    }

    /// The CSS class of a quartile box.
    static func quartileClass(_ quartile: QuartileSignal.Quartile) -> String {
        switch quartile {
        case .best: "q-best"
        case .middle: "q-middle"
        case .worst: "q-worst"
        case .none: "q-none"
        }
    }

    static func format(_ value: Double, unit: String, signed: Bool = false) -> String {
        let decimals = abs(value) >= 1000 ? 0 : 1
        let number = SwedishFormat.number(value, decimals: decimals)
        let prefix = signed && value > 0 ? "+" : ""
        let suffix = unit.isEmpty ? "" : unit == "%" ? (signed ? " p.e." : " %") : " \(unit)"
        return prefix + number + suffix
    }

    /// Whether the row is a deviation: status red or yellow, a worsening trend, the worst quartile
    /// or a widening gap.
    static func isDeviation(_ s: IndicatorSignals) -> Bool {
        [.red, .yellow].contains(s.status) || s.trend == .worsening || s.quartile == .worst
            || s.gap?.trend == .widening
    }

    /// Whether the row is a positive deviation ("lära av det vi gjorde bra").
    static func isPositive(_ s: IndicatorSignals) -> Bool {
        s.status == .green && (s.trend == .improving || s.quartile == .best)
    }

    /// Order in the cockpit: negative deviations first.
    static func severity(_ s: IndicatorSignals) -> Int {
        switch s.status {
        case .red: 0
        case .yellow: 1
        case .white: s.trend == .worsening || s.quartile == .worst ? 1 : 3
        case .green: s.trend == .worsening || s.quartile == .worst ? 2 : 4
        }
    }
}
