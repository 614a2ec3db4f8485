/// What changed in a difference between the numbers an analysis took up and a newer dataset version.
public enum SnapshotChange {
    /// Swedish sentences describing the change; empty when nothing a reader would notice changed.
    public static func describe(old: Difference, new: Difference?) -> [String] {
        guard let new else {
            return [
                "Skillnaden finns inte längre i den nya versionen (grupperna saknas eller döljs av röjandekontrollen)."
            ]
        }
        var lines: [String] = []
        let kind = old.outcomeKind
        if abs(new.estimate - old.estimate) >= 0.0005 {
            let direction = abs(new.estimate) > abs(old.estimate) ? "större" : "mindre"
            lines.append(
                "Skillnaden är \(direction): \(SwedishFormat.difference(new.estimate, kind: kind)) mot tidigare "
                    + "\(SwedishFormat.difference(old.estimate, kind: kind)).")
        }
        if (old.estimate > 0) != (new.estimate > 0) && new.estimate != 0 {
            lines.append("Skillnaden har bytt riktning.")
        }
        let wasSignificant = (old.pValue ?? 1) < 0.05
        let isSignificant = (new.pValue ?? 1) < 0.05
        if wasSignificant != isSignificant {
            lines.append(
                isSignificant
                    ? "Skillnaden är nu statistiskt säkerställd (\(SwedishFormat.pEquals(new.pValue)))."
                    : "Skillnaden är inte längre statistiskt säkerställd (\(SwedishFormat.pEquals(new.pValue))).")
        }
        if old.period != new.period, let period = new.period {
            lines.append("Perioden är nu \(period)" + (old.period.map { " (tidigare \($0))." } ?? "."))
        }
        let oldN = old.groups.compactMap(\.n).reduce(0, +)
        let newN = new.groups.compactMap(\.n).reduce(0, +)
        if oldN != newN {
            lines.append(
                "Antalet personer i jämförelsen är \(SwedishFormat.integer(newN)) (tidigare \(SwedishFormat.integer(oldN)))."
            )
        }
        if old.groups.map(\.suppressed) != new.groups.map(\.suppressed) {
            lines.append("Röjandekontrollen döljer andra grupper än tidigare.")
        }
        return lines
    }
}
