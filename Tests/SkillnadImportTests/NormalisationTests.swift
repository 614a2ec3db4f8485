import Testing

@testable import SkillnadCore
@testable import SkillnadImport

@Suite struct NormalisationTests {
    func normalised(_ text: String) throws -> DataTable {
        try FileImporter.read(bytes: Array(text.utf8), name: "n.csv").table
    }

    @Test(arguments: [
        ("kvinna;man", ["K", "M"]), ("Kvinnor;Män", ["K", "M"]), ("flicka;pojke", ["K", "M"]),
        ("Flickor;Pojkar", ["K", "M"]), ("female;male", ["K", "M"]), ("2;1", ["K", "M"]), ("K;M", ["K", "M"]),
        ("kvinnor;totalt", ["K", "T"]),
    ])
    func sexCodes(values: String, expected: [String]) throws {
        let parts = values.split(separator: ";")
        let table = try normalised("kön;n\n\(parts[0]);1\n\(parts[1]);2\n")
        #expect(table.column(named: "kön")?.levels == expected)
    }

    @Test func unrecognisedSexValuesAreLeftAlone() throws {
        let table = try normalised("kön;n\nkvinna;1\nokänt värde;2\n")
        #expect(table.column(named: "kön")?.levels == ["kvinna", "okänt värde"])
    }

    @Test func municipalityCodesGetLeadingZero() throws {
        let table = try normalised("kommunkod;n\n114;1\n180;2\n2584;3\n")
        #expect(table.column(named: "kommunkod")?.levels == ["0114", "0180", "2584"])
        let deso = try normalised("deso;n\n0114a0010;1\n")
        #expect(deso.column(named: "deso")?.levels == ["0114A0010"])
    }

    @Test func realKommunerFileKeepsCodes() throws {
        let result = try FileImporter.read(path: try fixturePath("kommuner.csv"))
        #expect(result.table.column(named: "municipality_code")?.levels.first == "0114")
        #expect(result.table.column(named: "municipality_name_short")?.levels.contains("Upplands Väsby") == true)
    }
}

/// One column per period (SCB's and R's `X2018`, `X2019` …) is read as a period column.
@Suite struct WidePeriodTests {
    @Test func periodColumnsBecomeAPeriodAndAValue() throws {
        let csv = "region;kön;X2018;X2019;X2020\nAle;män;10;12;..\nAle;kvinnor;11;13;15\nBorås;män;20;22;24\n"
        let table = try FileImporter.read(bytes: Array(csv.utf8), name: "bred.csv").table
        #expect(table.columnNames == ["region", "kön", "period", "värde"])
        #expect(table.rowCount == 9)
        #expect(table.column(named: "period")?.levels == ["2018", "2019", "2020"])
        #expect((0..<3).map { table.column(named: "värde")?.text(at: $0) } == ["10", "12", ".."])
        #expect(table.column(named: "kön")?.text(at: 3) == "K")
        let roles = RoleDetector.detect(table)
        #expect(roles.roles[2] == .period)
    }
}
