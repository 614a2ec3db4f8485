import Foundation
import Testing

@testable import SkillnadCore
@testable import SkillnadImport

/// Kolada's web export (`Kommun/Landsting;Nyckeltal;År;Visat Värde`, ISO-8859-1): one column names
/// the KPI, so every KPI is an outcome of its own and values of different KPIs are never combined.
///
/// Reference values computed with pandas from the same file
/// (`df[df.Nyckeltal == "Arbetslöshet, (%)"]`, latest year 2012): Ale 4,953504; highest Trollhättan
/// 14,830033; lowest Vallentuna 2,245844. The other 14 KPIs end in 2010.
@Suite struct IndicatorTableTests {
    static let file = "kolada_export_bakgrund_2008_2012_latin1.csv"
    static let unemployment = "Arbetslöshet, (%)"

    static func table() throws -> DataTable {
        try FileImporter.read(path: fixturePath(file)).table
    }

    @Test func theKPIColumnIsAnIndicatorAndEachKPIAnOutcome() throws {
        let table = try Self.table()
        let roles = RoleDetector.detect(table)
        let nyckeltal = try #require(table.columnIndex(named: "Nyckeltal"))
        #expect(roles.roles[nyckeltal] == .indicator)
        #expect(roles.shape == .aggregated)
        let measures = AnalysisPreparation.indicatorLevels(table, roles: roles)
        #expect(measures.count == 15)
        #expect(measures.contains(Self.unemployment))
    }

    @Test func oneKPIAtATimeWithTheLatestYearItHas() throws {
        let table = try Self.table()
        let result = try Scanner.scan(
            table,
            request: AnalysisRequest(outcomes: [Self.unemployment], dimensions: ["Kommun/Landsting"]))
        let summary = try #require(result.tables.first)
        #expect(summary.outcome == Self.unemployment)
        #expect(summary.period == "2012")
        let ale = try #require(summary.groups.first { $0.label == "Ale" })
        #expect(abs((ale.estimate ?? 0) - 4.953504) < 1e-6)
        let values = summary.groups.compactMap(\.estimate)
        #expect(abs((values.max() ?? 0) - 14.830033) < 1e-6)
        #expect(abs((values.min() ?? 0) - 2.245844) < 1e-6)
        // "Alla kommuner (ovägt medel)" is the reference, not a municipality.
        #expect(!summary.groups.contains { $0.label.contains("ovägt medel") })
        #expect(summary.groups.count == 290)
        // A KPI that ends in 2010 is shown for 2010, not as an empty 2012.
        let employed = try Scanner.scan(
            table,
            request: AnalysisRequest(
                outcomes: ["Förvärvsarbetande invånare 20-64 år, andel (%)"], dimensions: ["Kommun/Landsting"]))
        #expect(employed.tables.first?.period == "2010")
        #expect(employed.tables.first?.groups.allSatisfy { $0.estimate.map { $0 <= 100 } ?? true } == true)
    }

    @Test func theValueColumnThatMixesKPIsIsRefused() throws {
        let table = try Self.table()
        #expect {
            _ = try Scanner.scan(
                table, request: AnalysisRequest(outcomes: ["Visat Värde"], dimensions: ["Kommun/Landsting"]))
        } throws: { error in
            guard case AnalysisError.mixedIndicators(let column, let indicator, _) = error else { return false }
            return column == "Visat Värde" && indicator == "Nyckeltal"
        }
    }

    /// Scanning every KPI: no estimate exceeds the largest value any single KPI has in the file,
    /// which a sum across KPIs would.
    @Test func noNumberIsASumAcrossKPIs() throws {
        let table = try Self.table()
        let roles = RoleDetector.detect(table)
        let measures = AnalysisPreparation.indicatorLevels(table, roles: roles)
        let result = try Scanner.scan(
            table, request: AnalysisRequest(outcomes: measures, dimensions: ["Kommun/Landsting"]))
        let value = try #require(table.column(named: "Visat Värde"))
        guard case .numeric(let all) = value.storage else { Issue.record("values are numbers"); return }
        let largest = all.filter { !$0.isNaN }.max() ?? 0
        #expect(Set(result.tables.map(\.outcome)) == Set(measures))
        // Each KPI in its own latest year: unemployment 2012, the others 2010.
        #expect(result.tables.first { $0.outcome == Self.unemployment }?.period == "2012")
        #expect(result.tables.filter { $0.outcome != Self.unemployment }.allSatisfy { $0.period == "2010" })
        for summary in result.tables {
            for group in summary.groups { #expect((group.estimate ?? 0) <= largest + 1e-9, "\(summary.outcome)") }
        }
    }

    /// SCB's income table: `MedTyp` (Medelvärde/Median) is the measure; two overlapping age totals
    /// ("totalt 16+ år", "totalt 20+ år") — the first is used. Pandas, Stockholm, ålder = "totalt 16+ år":
    /// Median kvinnor 293,1, män 353,1; Medelvärde is never mixed in.
    @Test func meanAndMedianAreNeverMixed() throws {
        let table = try FileImporter.read(path: fixturePath("scb_inkomster_2018.csv")).table
        let result = try Scanner.scan(
            table,
            request: AnalysisRequest(outcomes: ["Median"], dimensions: ["kön"], filters: ["region": ["Stockholm"]]))
        let groups = Dictionary(
            (result.tables.first?.groups ?? []).map { ($0.label, $0.estimate ?? 0) }, uniquingKeysWith: { a, _ in a })
        #expect(abs((groups["K"] ?? 0) - 293.1) < 1e-9)
        #expect(abs((groups["M"] ?? 0) - 353.1) < 1e-9)
        #expect(result.notes.contains { $0.contains("totalt 16+ år") })
        #expect(throws: AnalysisError.self) {
            try Scanner.scan(
                table,
                request: AnalysisRequest(outcomes: ["X2018"], dimensions: ["kön"], filters: ["region": ["Stockholm"]]))
        }
    }

    /// Kolada's long export with both `kpi_id` and `kpi_title`: a KPI by its id or its title, the
    /// titles offered as names.
    @Test func aKPIByItsIdOrItsTitle() throws {
        let csv = """
            kpi_id,kpi_title,municipality,year,value
            N00084,"Anställda med högskoleutbildning, andel (%)",Ale,2011,47.5
            N00084,"Anställda med högskoleutbildning, andel (%)",Borås,2011,55.0
            N00090,"Kostnad, kr/inv",Ale,2011,1200
            N00090,"Kostnad, kr/inv",Borås,2011,1500
            """
        let table = try FileImporter.read(bytes: Array(csv.utf8), name: "kolada.csv").table
        let roles = RoleDetector.detect(table)
        #expect(roles.roles[0] == .indicator && roles.roles[1] == .indicator)
        #expect(AnalysisPreparation.indicatorLevels(table, roles: roles).contains("Kostnad, kr/inv"))
        for name in ["N00084", "Anställda med högskoleutbildning, andel (%)"] {
            let result = try Scanner.scan(
                table, request: AnalysisRequest(outcomes: [name], dimensions: ["municipality"]))
            let values = result.tables.first?.groups.compactMap(\.estimate) ?? []
            #expect(values.sorted() == [47.5, 55.0], "\(name): the costs are not mixed in")
        }
    }
}
