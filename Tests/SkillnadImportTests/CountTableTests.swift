import Foundation
import Testing

@testable import SkillnadCore
@testable import SkillnadImport

/// Count tables as they are published: one column of people per row, totals beside the parts,
/// and share outcomes written `KOLUMN=VÄRDE`.
///
/// Reference values computed with pandas from the same files:
/// - Skolverket 2019, `SchoolOrganiser == "Samtliga"`, summed over municipalities: eligible / (eligible
///   + ineligible) = 0,868902 for Flickor (n 54 667) and 0,834882 for Pojkar (n 58 064); by organiser
///   (`Gender == "Samtliga"`): Enskild 0,932576, Kommunal 0,827411.
/// - Stockholm basområden 2016, `alder == "65-79"` of all: K 0,113924 (n 473 165), M 0,102637 (n 459 465).
@Suite struct CountTableTests {
    static func table(_ name: String) throws -> DataTable {
        try FileImporter.read(path: fixturePath(name)).table
    }

    static func groups(_ result: ScanResult) -> [String: GroupResult] {
        Dictionary(
            (result.tables.first?.groups ?? []).map { ($0.label, $0) }, uniquingKeysWith: { first, _ in first })
    }

    @Test func theCountColumnIsRecognisedBecauseItAddsUpToItsTotals() throws {
        let table = try Self.table("skolverket_gymnasiebehorighet_ak9_2019.csv")
        let roles = RoleDetector.detect(table)
        let value = try #require(table.columnIndex(named: "value"))
        #expect(roles.roles[value] == .count, "fractional counts (total × share) are counts too")
        #expect(RoleDetector.addsUpToTotals(table, value: value, roles: roles.roles))
    }

    @Test func shareEligibleByGenderFromTheTotalOrganiserRows() throws {
        let table = try Self.table("skolverket_gymnasiebehorighet_ak9_2019.csv")
        let result = try Scanner.scan(
            table, request: AnalysisRequest(outcomes: ["Students=Eligible"], dimensions: ["Gender"]))
        let groups = Self.groups(result)
        let girls = try #require(groups["K"])
        let boys = try #require(groups["M"])
        #expect(abs((girls.estimate ?? 0) - 0.868902) < 1e-6)
        #expect(abs((boys.estimate ?? 0) - 0.834882) < 1e-6)
        #expect(abs((girls.n ?? 0) - 54_667) < 1e-6 && abs((boys.n ?? 0) - 58_064) < 1e-6)
        #expect(result.notes.contains { $0.contains("Endast summarader för SchoolOrganiser") })
        let organisers = Self.groups(
            try Scanner.scan(
                table, request: AnalysisRequest(outcomes: ["Students=Eligible"], dimensions: ["SchoolOrganiser"])))
        #expect(abs((organisers["Enskild"]?.estimate ?? 0) - 0.932576) < 1e-6)
        #expect(abs((organisers["Kommunal"]?.estimate ?? 0) - 0.827411) < 1e-6)
        #expect(organisers["Samtliga"] == nil, "the total is not a group")
    }

    @Test func aShareOfATotalOrOfAColumnAlsoComparedIsRefused() throws {
        let table = try Self.table("skolverket_gymnasiebehorighet_ak9_2019.csv")
        #expect(throws: AnalysisError.self) {
            try Scanner.scan(table, request: AnalysisRequest(outcomes: ["Students=Total"], dimensions: ["Gender"]))
        }
        #expect(throws: AnalysisError.self) {
            try Scanner.scan(table, request: AnalysisRequest(outcomes: ["Students=Eligible"], dimensions: ["Students"]))
        }
    }

    @Test func shareOfAnAgeBandByAreaAndSexWithItsTrend() throws {
        let table = try Self.table("stockholm_basomraden_befolkning_2014_2016.csv")
        let roles = RoleDetector.detect(table)
        #expect(roles.roles[try #require(table.columnIndex(named: "basomrade_kod"))] == .ignored)
        let result = try Scanner.scan(
            table, request: AnalysisRequest(outcomes: ["alder=65-79"], dimensions: ["kon"]))
        #expect(result.period == "2016")
        let groups = Self.groups(result)
        #expect(abs((groups["K"]?.estimate ?? 0) - 0.113924) < 1e-6)
        #expect(abs((groups["M"]?.estimate ?? 0) - 0.102637) < 1e-6)
        #expect(result.differences.contains { $0.comparison == .trend }, "2014–2016")
        let areas = try Scanner.scan(
            table, request: AnalysisRequest(outcomes: ["alder=65-79"], dimensions: ["basomrade"]))
        #expect((areas.tables.first?.groups.count ?? 0) > 300)
    }

    /// A filter on a sex column reads the published word ("Flickor") although the levels are
    /// normalised to K/M/T, and a filtered column keeps its chosen rows instead of its totals.
    /// Pandas (Gender == "Flickor", parts of SchoolOrganiser): Enskild 0,947317, Kommunal 0,856140.
    @Test func aFilterOnGenderKeepsTheGirls() throws {
        let table = try Self.table("skolverket_gymnasiebehorighet_ak9_2019.csv")
        let result = try Scanner.scan(
            table,
            request: AnalysisRequest(
                outcomes: ["Students=Eligible"], dimensions: ["SchoolOrganiser"], filters: ["Gender": ["Flickor"]]))
        let groups = Self.groups(result)
        #expect(abs((groups["Enskild"]?.estimate ?? 0) - 0.947317) < 1e-6)
        #expect(abs((groups["Kommunal"]?.estimate ?? 0) - 0.856140) < 1e-6)
    }
}
