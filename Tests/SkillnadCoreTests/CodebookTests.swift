import Testing

@testable import SkillnadCore

/// Labels for columns and codes, and total levels chosen by the user.
@Suite struct CodebookTests {
    static func koladaTable() -> DataTable {
        DataTable(
            source: "kolada.json",
            columns: [
                Column(name: "kpi", text: ["N00945", "N00945", "N00945", "N00945"]),
                Column(name: "municipality", numbers: [180, 180, 1280, 1280]),
                Column(name: "gender", text: ["K", "M", "K", "M"]),
                Column(name: "value", numbers: [55, 45, 52, 48]),
            ])
    }

    @Test func aTwoColumnListLabelsColumnsAndCodesAndKeepsTheCodes() throws {
        let list = DataTable(
            source: "koder.csv",
            columns: [
                Column(name: "kod", text: ["kpi", "N00945", "0180", "1280", "municipality"]),
                Column(name: "etikett", text: ["Nyckeltal", "VAB uttaget av män (%)", "Stockholm", "Malmö", "Kommun"]),
            ])
        let book = try Codebook.read(list)
        let relabelled = Relabelling(Self.koladaTable(), codebook: book)
        #expect(relabelled.table.columnNames == ["Nyckeltal", "Kommun", "gender", "value"])
        #expect(relabelled.table.columns[0].levels == ["VAB uttaget av män (%)"])
        // Municipality codes read as numbers (180) still find their label (0180).
        #expect(relabelled.table.columns[1].levels == ["Stockholm", "Malmö"])
        #expect(relabelled.columnCodes["Kommun"] == "municipality")
        #expect(relabelled.levelCodes["Nyckeltal"]?["VAB uttaget av män (%)"] == "N00945")
        #expect(relabelled.levelCodes["Kommun"]?["Stockholm"] == "180")
        #expect(relabelled.table.columns[3].isNumeric, "values are not codes")
    }

    @Test func aRelabelledColumnIsFoundByItsCodeAndALabelMayShareTheCodesKey() throws {
        let book = Codebook(labels: [
            "municipality": "Kommun", "gender": "Gender", "value": "Andel (%)",
        ])
        let first = Relabelling(Self.koladaTable(), codebook: book).table
        // "gender" → "Gender" has the same key: it is the column's own name, not another's.
        #expect(first.columnNames == ["kpi", "Kommun", "Gender", "Andel (%)"])
        #expect(first.columnIndex(named: "municipality") == 1, "asked for by the file's name")
        #expect(first.columnIndex(named: "value") == 3)
        #expect(first.columnIndex(named: "gender") == 2)
        // Relabelled again: the name in the file is still the code.
        let second = Relabelling(first, codebook: Codebook(labels: ["Kommun": "Kommunnamn"])).table
        #expect(second.earlierNames["Kommunnamn"] == "municipality")
        #expect(second.columnIndex(named: "municipality") == 1)
        #expect(second.columnIndex(named: "Kommun") == nil, "an intermediate label is not kept")
    }

    @Test func aLabelNeverMergesTwoGroups() throws {
        let book = Codebook(labels: ["K": "Person", "M": "Person", "gender": "value"])
        let relabelled = Relabelling(Self.koladaTable(), codebook: book)
        #expect(relabelled.table.columns[2].levels == ["Person", "M"], "the second code keeps its code")
        #expect(relabelled.table.columnNames[2] == "gender", "two columns cannot share a name")
    }

    @Test func koladasKPIListGivesTitlesAndStatedDirections() throws {
        let list = DataTable(
            source: "kolada_kpi.csv",
            columns: [
                Column(name: "id", text: ["N70535", "N00997"]),
                Column(name: "title", text: ["Kvalitetsindikatorer - Astma och KOL", "Ginikoefficient"]),
                Column(
                    name: "description",
                    text: [
                        "Index. Ett högt värde indikerar goda resultat för de ingående indikatorerna.",
                        "Ett högt värde på koefficienten visar på större ojämnhet än ett lågt värde.",
                    ]),
            ])
        let book = try Codebook.read(list)
        #expect(book.labels["N70535"] == "Kvalitetsindikatorer - Astma och KOL")
        #expect(book.directions == ["N70535": .higherIsBetter])
    }

    @Test func aListWithoutLabelsIsRefusedInSwedish() {
        let one = DataTable(source: "fel.csv", columns: [Column(name: "kod", text: ["a"])])
        #expect(throws: CodebookError.tooFewColumns("fel.csv", found: 1)) { try Codebook.read(one) }
        let empty = DataTable(
            source: "tom.csv", columns: [Column(name: "kod", text: [nil]), Column(name: "etikett", text: ["x"])])
        #expect(throws: CodebookError.empty("tom.csv")) { try Codebook.read(empty) }
        #expect(CodebookError.tooFewColumns("fel.csv", found: 1).description.contains("två kolumner"))
    }

    /// A municipality's own total ("Hela Storköping") is not recognised by name; chosen as the
    /// total, its rows stop being counted beside the parts.
    @Test func aChosenTotalReplacesDetection() throws {
        let table = DataTable(
            source: "omraden.csv",
            columns: [
                Column(name: "Område", text: ["Norr", "Söder", "Hela Storköping", "Norr", "Söder", "Hela Storköping"]),
                Column(name: "Kön", text: ["K", "K", "K", "M", "M", "M"]),
                Column(name: "antal", numbers: [40, 60, 100, 30, 70, 100]),
                Column(name: "sysselsatta", numbers: [20, 30, 50, 15, 35, 50]),
            ])
        var request = AnalysisRequest(outcomes: ["sysselsatta"], dimensions: ["Kön"])
        request.roleOverrides = ["antal": .denominator, "sysselsatta": .numerator]
        let detected = try AnalysisPreparation.prepare(table, request: request)
        request.totals.overrides["Område"] = ["Hela Storköping"]
        let chosen = try AnalysisPreparation.prepare(table, request: request)
        // By hand: without the choice, K = 20 + 30 + 50 of 200 (the total counted twice); with it,
        // only the total rows: K = 50 of 100, M = 50 of 100.
        #expect(detected.included.filter { $0 }.count == 6)
        #expect(chosen.included.filter { $0 }.count == 2)
        #expect(TotalLevels(overrides: ["område": []]).isTotal("Samtliga", inColumn: "Område") == false)
        #expect(TotalLevels().isTotal("Samtliga", inColumn: "Område"))
    }
}
