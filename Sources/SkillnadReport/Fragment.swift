import SkillnadCharts
import SkillnadCore

/// The report's sections and charts as typed fragments for pages: each renderer escapes what it
/// includes, so its output may be spliced in unescaped (``SafeHTML``).
public enum Fragment {
    /// A difference's article: summary, numbers and chart.
    public static func article(_ d: Difference, id: String) -> SafeHTML {
        SafeHTML(rendered: DifferenceHTML.article(d, id: id))
    }

    /// A difference's headline chart.
    public static func chart(_ d: Difference, id: String) -> SafeHTML {
        SafeHTML(rendered: DifferenceHTML.chart(d, id: id))
    }

    /// A published table with its tests and measures.
    public static func table(_ t: DimensionSummary, id: String) -> SafeHTML {
        SafeHTML(rendered: DimensionHTML.section(t, id: id))
    }

    /// A comparison, crude and adjusted.
    public static func comparison(_ r: ComparisonReport) -> SafeHTML {
        SafeHTML(rendered: ComparisonHTML.section(r))
    }

    /// A crossing's heat map.
    public static func heatMap(_ view: CrossingView, id: String) -> SafeHTML {
        SafeHTML(rendered: view.heatMap(id: id).svg())
    }

    /// The resource-efficiency diagram of measures.
    public static func efficiency(
        _ measures: [PlannedMeasure], id: String, labels: EfficiencyMatrix.Labels = .huddinge
    ) -> SafeHTML {
        SafeHTML(rendered: EfficiencyMatrix(measures: measures, id: id, labels: labels).svg())
    }
}
