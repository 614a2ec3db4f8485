import SkillnadCore
import SkillnadGovernance

/// The plain-text form of an indicator's signals.
enum SignalsText {
    static func render(indicator: String, municipality: String, signals: IndicatorSignals) -> String {
        var lines = ["\(indicator) – \(municipality)\(signals.period.map { ", \($0)" } ?? "")"]
        let value = signals.value.map { SwedishFormat.number($0, decimals: 1) } ?? "–"
        lines.append(
            "Status: \(signals.status.rawValue) (\(signals.status.face)) – \(signals.status.swedishName). "
                + "\(signals.statusReason) Värde \(value)\(signals.target.map { ", mål \($0)" } ?? "").")
        let span =
            signals.trendPeriods.count > 1
            ? " (\(signals.trendPeriods.first ?? "")–\(signals.trendPeriods.last ?? ""))" : ""
        lines.append("Trend\(span): \(signals.arrow?.symbol ?? "–") \(signals.trend.rawValue)")
        if let set = signals.comparisonSet {
            lines.append("Jämförelse: \(signals.quartile.label) bland \(set.name) (\(set.size) med värde)")
        } else {
            lines.append("Jämförelse: \(signals.quartile.label)")
        }
        if let gap = signals.gap {
            var line = "Kvinnor – män: \(SwedishFormat.number(gap.estimate, decimals: 1))"
            if let low = gap.ciLow, let high = gap.ciHigh {
                line +=
                    " (95 % KI \(SwedishFormat.number(low, decimals: 1)) till \(SwedishFormat.number(high, decimals: 1)))"
            }
            lines.append(line + ", skillnaden \(gap.trend.rawValue)")
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
