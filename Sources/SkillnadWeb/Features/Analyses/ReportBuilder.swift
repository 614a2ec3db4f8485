import SkillnadCore
import SkillnadReport
import SkillnadStorage

/// Builds an analysis's steps as read (``ReportStep``): for the printable report, and for the
/// step pages of readers, who see the analysis but cannot change it.
struct ReportBuilder {
    /// Every goal, for naming linked goals.
    var goals: [GoalRecord]
    /// Whether the viewer is a reader (criteria results protected for publication).
    var reader: Bool
    /// The disclosure threshold: counts entered by hand below it are not shown.
    var threshold: Int

    /// Every step of the document.
    func steps(_ document: AnalysisDocument) -> [ReportStep] {
        switch document.content {
        case .huddinge(let d): huddinge(d)
        case .isu(let d): isu(d)
        }
    }

    /// One step of the document.
    func step(_ id: AnalysisStepID, of document: AnalysisDocument) -> ReportStep? {
        steps(document).first { $0.stepId == id }
    }

    // MARK: Shared parts

    /// The planned measures as a table with the diagram: Huddinge's levels, effect and resources
    /// (3.1–3.4), or ISU's arena, effect and effort (steg 4).
    static func measures(_ measures: [PlannedMeasure], heading: String, isu: Bool = false) -> ReportPart? {
        let filled = measures.filter { !$0.isEmpty }
        guard !filled.isEmpty else { return nil }
        typealias C = ReportTable.Cell
        // Description columns only when someone wrote a description; numbers under their own headings.
        let described = filled.contains { !$0.effectText.isEmpty || (!isu && !$0.resourceText.isEmpty) }
        let rows = filled.enumerated().map { i, m -> [C] in
            let effect = C(text: m.effect.map(String.init) ?? "–", numeric: true)
            let resources = C(text: m.resources.map(String.init) ?? "–", numeric: true)
            let lead = [
                C(text: String(i + 1), numeric: true),
                C(text: isu ? (m.arena?.swedishName ?? "–") : m.level.swedishName),
                C(text: m.text + (m.chosen ? " (vald)" : "")),
            ]
            if isu { return lead + (described ? [C(text: m.effectText)] : []) + [effect, resources] }
            let efficiency = C(
                text: m.effect.flatMap { e in
                    m.resources.map { ResourceEfficiency.describe(effect: e, resources: $0) }
                } ?? "–")
            return described
                ? lead + [C(text: m.effectText), effect, C(text: m.resourceText), resources, efficiency]
                : lead + [effect, resources, efficiency]
        }
        let names =
            isu
            ? (described ? ["Bidrar den till att lösa problem och orsaker?"] : []) + ["Effekt 1–5", "Insats 1–5"]
            : described
                ? ["Effekt, beskrivning", "Effekt 1–5", "Resurser, beskrivning", "Resurser 1–5", "Resurseffektivitet"]
                : ["Effekt 1–5", "Resurser 1–5", "Resurseffektivitet"]
        let header = (["Nr", isu ? "Beslutas" : "Nivå", "Åtgärd"] + names).map {
            C(text: $0, numeric: $0 == "Nr" || $0.hasSuffix("1–5"))
        }
        let rated = filled.contains { $0.effect != nil && $0.resources != nil }
        return ReportPart(
            heading: heading,
            table: ReportTable(
                caption: isu ? "Åtgärder med effekt och insats (1–5)." : "Åtgärder med effekt och resurser (1–5).",
                header: header, rows: rows),
            charts: rated ? [Fragment.efficiency(filled, id: "eff", labels: isu ? .isu : .huddinge)] : [])
    }

    /// The chosen measures, by name, with the comment on them.
    static func chosenMeasures(_ measures: [PlannedMeasure], comment: String, heading: String) -> ReportPart {
        var part = ReportPart.text(heading, comment)
        part.list = measures.filter { $0.chosen && !$0.text.isEmpty }.map { "\($0.text) (\($0.level.swedishName))" }
        return part
    }

    /// "Ja, därför att" followed by the user's reason, continuing the sentence in lower case
    /// ("Ja, därför att skillnaden …"); without a reason the lead alone, without "därför att".
    static func continuing(_ lead: String, _ reason: String) -> String {
        let reason = ReportPart.trimmed(reason)
        guard !reason.isEmpty else {
            return lead.replacingOccurrences(of: ", därför att", with: "")
        }
        return lead + " " + lowercasedStart(reason)
    }

    /// The text with its first letter in lower case, unless it starts an abbreviation ("IFO").
    static func lowercasedStart(_ text: String) -> String {
        let letters = Array(text)
        guard let first = letters.first, first.isUppercase else { return text }
        if letters.count > 1, letters[1].isUppercase { return text }
        return first.lowercased() + String(letters.dropFirst())
    }
}
