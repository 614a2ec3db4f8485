import Testing

@testable import SkillnadCore
@testable import SkillnadImport

/// Fixtures written by `scripts/fixtures/make_xlsx.py` (openpyxl, and minimal hand-written XML
/// for inline strings).
@Suite struct XLSXReaderTests {
    @Test func namedSheetWithAllCellTypes() throws {
        let table = try XLSXReader.read(try fixture("arenden.xlsx"), source: "arenden.xlsx", sheet: "Ärenden")
        #expect(table.columnNames == ["kön", "område", "beviljad", "poäng", "beslutsdatum", "anteckning"])
        #expect(table.rowCount == 4)
        #expect(table.column(named: "område")?.levels == ["Södra", "Norra", "Östra"])
        let beviljad = try #require(table.column(named: "beviljad"))
        #expect(beviljad.levels == ["Sant", "Falskt"])
        let poang = try #require(table.column(named: "poäng"))
        guard case .numeric(let values) = poang.storage else {
            Issue.record("poäng should be numeric")
            return
        }
        #expect(values[0] == 12.5 && values[1] == 7 && values[3] == 3.25)
        #expect(poang.missingReason(at: 2) == .empty)
        let dates = try #require(table.column(named: "beslutsdatum"))
        #expect((0..<3).map { dates.text(at: $0) } == ["2024-01-15", "2024-02-29", "2023-12-31"])
        #expect(dates.missingReason(at: 3) == .empty)
        let notes = try #require(table.column(named: "anteckning"))
        #expect(notes.text(at: 0) == "första", "rich text runs are joined")
        #expect(notes.text(at: 2) == "åäö ÅÄÖ é")
        #expect(notes.missingReason(at: 3) == .suppressedAtSource)
    }

    /// The first sheet is read by default; this one holds a single line of text, which is not a
    /// table, and the error names the sheet.
    @Test func firstSheetByDefault() throws {
        #expect {
            _ = try XLSXReader.read(try fixture("arenden.xlsx"), source: "arenden.xlsx")
        } throws: { error in
            (error as? ImportError)?.description.contains("blad \"Översikt\"") == true
                && (error as? ImportError)?.description.contains("bara rubrikraden") == true
        }
    }

    @Test func inlineStringsBooleansAndEmptyRows() throws {
        let table = try XLSXReader.read(try fixture("inline.xlsx"), source: "inline.xlsx")
        #expect(table.columnNames == ["kommun", "värde", "flagga"])
        #expect(table.rowCount == 2)
        #expect(table.column(named: "kommun")?.levels == ["Skövde", "Umeå"])
        #expect(table.column(named: "flagga")?.levels == ["Sant", "Falskt"])
        #expect(table.column(named: "värde")?.missingReason(at: 1) == .empty)
    }

    @Test func unknownSheetAndBrokenFilesAreClearErrors() throws {
        do {
            _ = try XLSXReader.read(try fixture("arenden.xlsx"), source: "arenden.xlsx", sheet: "Saknas")
            Issue.record("expected an error")
        } catch let error as ImportError {
            #expect(error.description.contains("\"Översikt\", \"Ärenden\""))
        }
        #expect(throws: ImportError.self) {
            try FileImporter.read(bytes: [0x50, 0x4B, 0x03, 0x04, 1, 2, 3], name: "trasig.xlsx")
        }
        #expect(throws: ImportError.self) {
            try FileImporter.read(bytes: [0xD0, 0xCF, 0x11, 0xE0], name: "gammal.xls")
        }
    }
}
