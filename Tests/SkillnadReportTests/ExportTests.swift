import Foundation
import SkillnadDemo
import SkillnadImport
import Testing
import ZIPFoundation

@testable import SkillnadCharts
@testable import SkillnadCore
@testable import SkillnadReport

/// Exports a person opens in Excel or reads: numbers that are numbers with formats, whole-word
/// sheet names, frozen Swedish headers, one value per column in the crossing, the trend drawn as
/// a trend.
@Suite struct ExportTests {
    /// The text of one part of a workbook.
    static func part(_ bytes: [UInt8], _ path: String) throws -> String {
        let archive = try Archive(data: Data(bytes), accessMode: .read)
        let entry = try #require(archive[path])
        var data = Data()
        _ = try archive.extract(entry, skipCRC32: false) { data.append($0) }
        return String(decoding: data, as: UTF8.self)
    }

    @Test func sheetNamesAreWholeWordsAndUnique() {
        let long = "beviljad_insats efter kön × födelseland × område"
        let name = XLSXWriter.sheetName(long, taken: [])
        #expect(name == "beviljad_insats efter kön")
        #expect(name.count <= 31)
        #expect(long.hasPrefix(name), "cut between words, no trailing ×")
        #expect(XLSXWriter.sheetName("Skillnader", taken: ["skillnader"]) == "Skillnader 2")
        #expect(XLSXWriter.sheetName("a/b:c", taken: []) == "abc")
        #expect(XLSXWriter.sheetName("", taken: ["x"]) == "Blad 2")
        let oneWord = String(repeating: "x", count: 40)
        #expect(XLSXWriter.sheetName(oneWord, taken: []).count == 31)
    }

    @Test func theDifferencesWorkbookHasFormatsFrozenHeadersAndWidths() throws {
        let scan = try RendererTests.makeScan()
        var book = XLSXWriter()
        DifferenceSheet.add(scan, to: &book)
        DifferenceSheet.addTables(scan, to: &book)
        let bytes = try book.data()
        let workbook = try Self.part(bytes, "xl/workbook.xml")
        #expect(workbook.contains("name=\"Skillnader\"") && workbook.contains("name=\"Innehåll\""))
        #expect(workbook.contains("name=\"T1 kön – beviljad\""))
        let styles = try Self.part(bytes, "xl/styles.xml")
        #expect(styles.contains("formatCode=\"0.0%\""))
        #expect(styles.contains("formatCode=\"[&lt;0.001]&quot;&lt; 0,001&quot;;0.000\""))
        let sheet = try Self.part(bytes, "xl/worksheets/sheet1.xml")
        #expect(sheet.contains("<pane ySplit=\"1\" topLeftCell=\"A2\" activePane=\"bottomLeft\" state=\"frozen\"/>"))
        #expect(sheet.contains("<cols><col min=\"1\""))
        #expect(sheet.contains(">Rang<") && sheet.contains(">Håller (q &lt; 0,05)<"))
        // The difference of 25 percentage points is stored as 25 with one decimal, the rank as an
        // integer, the p-value with the p format.
        #expect(sheet.contains("<c r=\"H2\" s=\"3\"><v>25.0</v></c>"), "\(sheet)")
        #expect(sheet.contains("<c r=\"A2\" s=\"2\"><v>1.0</v></c>"))
        #expect(sheet.contains("<c r=\"M2\" s=\"6\">"))
        let table = try Self.part(bytes, "xl/worksheets/sheet3.xml")
        #expect(table.contains("<c r=\"D3\" s=\"5\"><v>0.75</v></c>"), "K's share 75 % as a percent-formatted 0,75")
        // The workbook reads back: the numbers are numbers.
        let read = try XLSXReader.read(bytes, source: "skillnader.xlsx", sheet: "Skillnader")
        #expect(read.column(named: "Skillnad")?.isNumeric == true)
    }

    @Test func theCrossingCSVHasOneValuePerColumn() throws {
        let result = try Scanner.scan(
            Storkoping.isuCases(),
            request: AnalysisRequest(outcomes: ["beviljad_insats"], dimensions: ["kön", "område"], crossDepth: 2))
        let view = try #require(
            CrossingView(result: result, outcome: "beviljad_insats", rows: "kön", columns: "område"))
        let csv = view.csv(rowsName: "kön", columnsName: "område", uncontrolled: false, threshold: 5)
        let lines = csv.dropFirst().split(separator: "\r\n").map(String.init)
        #expect(lines[0] == "kön;område;andel (%);n;KI låg;KI hög")
        let body = lines.dropFirst().filter { !$0.hasPrefix(".. =") }
        #expect(body.count == view.records.filter { $0.group != nil }.count)
        for line in body {
            let cells = line.split(separator: ";", omittingEmptySubsequences: false).map(String.init)
            #expect(cells.count == 6)
            for value in cells[2...] {
                #expect(value == ".." || Double(value.replacingOccurrences(of: ",", with: ".")) != nil, "\(line)")
            }
            #expect(!line.contains("%") && !line.contains("n ="))
        }
        #expect(body.last?.hasPrefix("Totalt;Totalt;") == true)
    }

    @Test func aTrendsHeadlineChartIsItsLines() throws {
        let result = try Scanner.scan(
            Storkoping.isuCases(), request: AnalysisRequest(outcomes: ["forbattrad_situation"], dimensions: ["kön"]))
        let trend = try #require(result.differences.first { $0.comparison == .trend })
        #expect(trend.trendSeries?.map(\.label).sorted() == ["K", "M"])
        let chart = HeadlineChart(trend, id: "t")
        #expect(chart.isTrend)
        let svg = chart.svg()
        #expect(svg.contains("2021") && svg.contains("2025"))
        #expect(
            svg
                == LineChart(
                    title: chart.title, kind: .proportion, periods: ["2021", "2022", "2023", "2024", "2025"],
                    series: trend.trendSeries!.map { s in
                        LineChart.Series(
                            label: s.label, values: s.points.map { $0.group.suppressed ? nil : $0.group.estimate })
                    }, id: "t"
                ).svg())
        let twoGroups = try #require(result.differences.first { $0.comparison == .twoGroups })
        #expect(!HeadlineChart(twoGroups, id: "b").isTrend)
    }

    @Test func describeWritesYearsWithoutGrouping() {
        let profile = ColumnProfile(
            name: "År", type: "numerisk", role: .period, ordered: false, distinctCount: 5, examples: [], missing: [:],
            minimum: 2008, maximum: 2012, decimalSeparator: nil)
        #expect(DescribeRenderer.bound(2008, profile) == "2008")
        var count = profile
        count.name = "antal"
        count.role = .count
        #expect(DescribeRenderer.bound(12_345, count) == "12\u{00A0}345")
    }
}
