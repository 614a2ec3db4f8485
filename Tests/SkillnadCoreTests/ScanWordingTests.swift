import Foundation
import SkillnadDemo
import Testing

@testable import SkillnadCore

/// What the scan says when there is little to compare, and how it names what it compares: every
/// case that used to be silent or misleading.
@Suite struct ScanWordingTests {
    /// 40 people in Storköping, half K and half M; `utfall` 0/1, `tom` empty, `poäng` 5 for
    /// everyone in område A, `klass` eight values.
    static func table() -> DataTable {
        let n = 40
        return DataTable(
            source: "liten.csv",
            columns: [
                Column(name: "kommun", text: Array(repeating: "Storköping", count: n)),
                Column(name: "kön", text: (0..<n).map { $0 % 2 == 0 ? "K" : "M" }),
                Column(name: "område", text: (0..<n).map { $0 < 20 ? "A" : "B" }),
                Column(name: "utfall", numbers: (0..<n).map { Double($0 % 3 == 0 ? 1 : 0) }),
                Column(name: "tom", text: Array(repeating: "", count: n)),
                Column(name: "poäng", numbers: (0..<n).map { $0 < 20 ? 5 : Double($0 % 7) }),
                Column(name: "klass", text: (0..<n).map { "klass \($0 % 8)" }),
            ])
    }

    @Test func aOneGroupDimensionSaysThereIsNothingToCompare() throws {
        let result = try Scanner.scan(
            Self.table(), request: AnalysisRequest(outcomes: ["utfall"], dimensions: ["kommun"]))
        #expect(result.differences.isEmpty)
        #expect(
            result.notes.contains {
                $0.contains("«kommun» har bara en grupp (Storköping)") && $0.contains("inget att jämföra")
            },
            "\(result.notes)")
    }

    @Test func anEmptyOutcomeSaysItHasNoValuesWhateverItsRole() {
        #expect(throws: AnalysisError.emptyColumn("tom")) {
            try Scanner.scan(Self.table(), request: AnalysisRequest(outcomes: ["tom"], dimensions: ["kön"]))
        }
        var request = AnalysisRequest(outcomes: ["tom"], dimensions: ["kön"])
        request.roleOverrides = ["tom": .binaryOutcome]
        #expect(throws: AnalysisError.emptyColumn("tom")) { try Scanner.scan(Self.table(), request: request) }
        #expect(!AnalysisError.emptyColumn("tom").description.contains("--role"))
    }

    @Test func aBinaryRoleOnEightValuesNamesTheValues() {
        var request = AnalysisRequest(outcomes: ["klass"], dimensions: ["kön"])
        request.roleOverrides = ["klass": .binaryOutcome]
        do {
            _ = try Scanner.scan(Self.table(), request: request)
            Issue.record("a column of eight values is not a binary outcome")
        } catch let error as AnalysisError {
            guard case .notBinary(let name, let count, let examples) = error else {
                Issue.record("\(error)")
                return
            }
            #expect(name == "klass" && count == 8 && examples.first == "klass 0")
            #expect(error.message(.web).contains("8 olika värden"))
            #expect(!error.message(.web).contains("--"), "web pages speak of controls, not flags")
        } catch {
            Issue.record("\(error)")
        }
        let column = Self.table().columns[6]
        #expect(ColumnRole.binaryOutcome.problem(with: column)?.contains("8 olika värden") == true)
        #expect(!ColumnRole.fitting(column).contains(.binaryOutcome))
        #expect(ColumnRole.fitting(column).contains(.dimension))
        #expect(ColumnRole.numericOutcome.problem(with: column)?.contains("rad 2") == true)
        #expect(ColumnRole.fitting(Self.table().columns[3]).contains(.binaryOutcome))
    }

    @Test func aTestWithoutSpreadNamesTheGroup() throws {
        // Within område A everyone has 5: Welch's test between the two women/men groups there
        // has no spread in either.
        var request = AnalysisRequest(outcomes: ["poäng"], dimensions: ["kön"])
        request.filters = ["område": ["A"]]
        let result = try Scanner.scan(Self.table(), request: request)
        let d = try #require(result.differences.first)
        #expect(d.testName == "inget test (ingen spridning i «K» och «M»)")
        #expect(d.pValue == nil && d.ciLow == nil)
        #expect(d.worseGroup == nil, "equal groups: neither is worse off")
        #expect(d.notes.contains { $0.contains("i «K» och «M» har alla samma värde") })
    }

    /// Theil's index and MLD take logarithms of each group's level; with a group at zero they are
    /// left out and the note says which group.
    @Test func logBasedMeasuresAreLeftOutWhenAGroupIsAtZero() throws {
        let n = 60
        let table = DataTable(
            source: "noll.csv",
            columns: [
                Column(name: "område", text: (0..<n).map { ["A", "B", "C"][$0 % 3] }),
                Column(name: "utfall", numbers: (0..<n).map { i -> Double? in i % 3 == 0 ? 0 : Double((i / 3) % 2) }),
            ])
        let result = try Scanner.scan(
            table, request: AnalysisRequest(outcomes: ["utfall"], dimensions: ["område"], disclosureControl: false))
        let summary = try #require(result.tables.first { $0.dimensions == ["område"] })
        let kinds: [InequalityMeasureKind] = summary.measures.map(\.kind)
        #expect(!kinds.contains(.theilIndex) && !kinds.contains(.meanLogDeviation))
        #expect(kinds.contains(.difference))
        #expect(summary.notes.contains { $0.contains("Theils index") && $0.contains("«A»") })
    }

    @Test func theRestIsNamedSoItCannotBeMistakenForALevel() throws {
        // Storköping's födelseland has the level "Övriga Norden", which "Övriga" for the rest
        // collided with.
        let result = try Scanner.scan(
            Storkoping.isuCases(),
            request: AnalysisRequest(
                outcomes: ["beviljad_insats"], dimensions: ["område", "födelseland"], crossDepth: 2))
        let rest = result.differences.filter { $0.comparison == .groupVsRest }
        #expect(rest.contains { $0.groups[0].label.contains("Övriga Norden") })
        for d in rest {
            let label = try #require(d.groups.last?.label)
            #expect(label == "Alla andra än \(d.groups[0].label)")
            #expect(d.summary.contains("för alla andra"))
            #expect(!d.summary.contains("för övriga") && !label.hasPrefix("Övriga"))
        }
    }

    @Test func swedishCountsAndNumbers() {
        #expect(SwedishFormat.count(1, "rad", "rader") == "1 rad")
        #expect(SwedishFormat.count(12_345, "rad", "rader") == "12\u{00A0}345 rader")
        #expect(SwedishFormat.count(0, "version", "versioner") == "0 versioner")
        #expect(SwedishFormat.plain(9.856) == "9,856")
        #expect(SwedishFormat.plain(2008) == "2008")
        #expect(SwedishFormat.bounds(0.138, 0.199, kind: .proportion, difference: true) == "13,8 till 19,9")
        #expect(SwedishFormat.interval(0.138, 0.199, kind: .proportion, difference: true) == "(13,8 till 19,9)")
        #expect(SwedishFormat.pEquals(0.667) == "p\u{00A0}=\u{00A0}0,667")
        #expect(SwedishFormat.pEquals(0.0001, symbol: "q") == "q\u{00A0}<\u{00A0}0,001")
    }
}
