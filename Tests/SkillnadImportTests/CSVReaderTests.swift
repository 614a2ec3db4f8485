import Testing

@testable import SkillnadCore
@testable import SkillnadImport

@Suite struct CSVReaderTests {
    func read(_ text: String, source: String = "test.csv") throws -> CSVReader.Result {
        try CSVReader.read(Array(text.utf8), source: source)
    }

    func levels(_ table: DataTable, _ name: String) -> [String] {
        table.column(named: name)?.levels ?? []
    }

    func numbers(_ table: DataTable, _ name: String) -> [Double] {
        guard case .numeric(let values)? = table.column(named: name)?.storage else { return [] }
        return values
    }

    @Test func detectsDelimiters() throws {
        #expect(try read("a;b;c\n1;2;3\n").delimiter == .semicolon)
        #expect(try read("a,b,c\n1,2,3\n").delimiter == .comma)
        #expect(try read("a\tb\tc\n1\t2\t3\n").delimiter == .tab)
        // Decimal commas inside a semicolon file do not fool detection.
        #expect(try read("kommun;andel\nSkövde;12,5\nMora;7,25\n").delimiter == .semicolon)
    }

    @Test func decimalCommaAndPointPerColumn() throws {
        let r = try read("grupp;andel;kvot\nA;12,5;1.25\nB;1 234,5;0.5\nC;-3,0;2\n")
        #expect(numbers(r.table, "andel") == [12.5, 1234.5, -3.0])
        #expect(r.table.column(named: "andel")?.decimalSeparator == ",")
        #expect(numbers(r.table, "kvot") == [1.25, 0.5, 2])
        #expect(r.table.column(named: "kvot")?.decimalSeparator == ".")
    }

    @Test func swedishNumberForms() throws {
        let r = try read("v\n1\u{00A0}234\n−5\n12,5 %\n1.234,5\n2e3\n")
        #expect(numbers(r.table, "v") == [1234, -5, 12.5, 1234.5, 2000])
    }

    @Test func encodings() throws {
        let text = "kommun;värde\nÖrebro;1\nÅre;2\nLuleå;3\n"
        let latin1 = text.unicodeScalars.map { UInt8($0.value) }
        let r1 = try CSVReader.read(latin1, source: "latin1.csv")
        #expect(r1.encoding == .iso88591)
        #expect(levels(r1.table, "kommun") == ["Örebro", "Åre", "Luleå"])
        #expect(r1.table.columnNames == ["kommun", "värde"])
        // Windows-1252: 0x96 is an en dash.
        var cp1252 = Array("namn;kod\nA".utf8)
        cp1252 += [0x96, 0x42, 0x3B, 0x31, 0x0A, 0xC4, 0x3B, 0x32, 0x0A]
        let r2 = try CSVReader.read(cp1252, source: "cp1252.csv")
        #expect(r2.encoding == .windows1252)
        #expect(levels(r2.table, "namn") == ["A–B", "Ä"])
        let bom = [0xEF, 0xBB, 0xBF] + Array(text.utf8)
        let r3 = try CSVReader.read(bom, source: "bom.csv")
        #expect(r3.encoding == .utf8BOM)
        #expect(r3.table.columnNames.first == "kommun")
        #expect(try read(text).encoding == .utf8)
    }

    @Test func rfc4180Quoting() throws {
        let text = "id;text;n\r\n1;\"a;b\";1\r\n2;\"sa \"\"hej\"\"\";2\r\n3;\"rad ett\r\nrad två\";3\r\n4;vanlig;4\r\n"
        let r = try read(text)
        #expect(r.table.rowCount == 4)
        #expect(
            r.table.column(named: "text").map { c in (0..<4).map { c.text(at: $0) } } == [
                "a;b", "sa \"hej\"", "rad ett\r\nrad två", "vanlig",
            ])
        #expect(numbers(r.table, "n") == [1, 2, 3, 4])
    }

    @Test func missingMarkersKeepTheirReason() throws {
        let r = try read("g;v\nA;..\nB;-\nC;.\nD;\nE;5\n")
        let column = try #require(r.table.column(named: "v"))
        #expect(column.isNumeric)
        #expect(column.missingReason(at: 0) == .suppressedAtSource)
        #expect(column.missingReason(at: 1) == .missing)
        #expect(column.missingReason(at: 2) == .notApplicable)
        #expect(column.missingReason(at: 3) == .empty)
        #expect(column.missingReason(at: 4) == nil)
        #expect(column.text(at: 0) == "..")
    }

    @Test func blankLinesAndTrailingDelimiters() throws {
        let r = try read("a;b;\n1;2;\n\n3;4;\n\n")
        #expect(r.table.columnNames == ["a", "b"])
        #expect(numbers(r.table, "a") == [1, 3])
    }

    @Test func leadingZeroCodesStayText() throws {
        let r = try read("kod;namn\n0114;Upplands Väsby\n0180;Stockholm\n")
        #expect(!(r.table.column(named: "kod")?.isNumeric ?? true))
        #expect(levels(r.table, "kod") == ["0114", "0180"])
    }

    @Test func mostlyNumericColumnRemembersTheOddValue() throws {
        var text = "v\n"
        for i in 0..<30 { text += "\(i)\n" }
        text += "ca 5\n"
        let r = try read(text)
        let column = try #require(r.table.column(named: "v"))
        #expect(!column.isNumeric)
        #expect(column.nonNumericExample == CellReference(row: 32, text: "ca 5"))
    }

    @Test func errorsNameFileRowAndColumn() throws {
        #expect(throws: ImportError.self) { try read("", source: "tom.csv") }
        do {
            _ = try read("a;b\n1;2\n3;\"öppen\n4;5\n", source: "trasig.csv")
            Issue.record("expected an error")
        } catch let error as ImportError {
            #expect(error.file == "trasig.csv")
            #expect(error.row == 3)
            #expect(error.description.contains("avslutande citattecken"))
        }
        do {
            _ = try read("a;b;c\n1;2;3\n4;5\n", source: "kort.csv")
            Issue.record("expected an error")
        } catch let error as ImportError {
            #expect(error.row == 3)
            #expect(error.column == "c")
            #expect(
                error.description
                    == "Fel i filen kort.csv, rad 3, kolumn \"c\": förväntade 3 fält som rubrikraden (rad 1), men fann 2 fält."
            )
        }
        do {
            _ = try read("a;b\n1;2;3\n", source: "lang.csv")
            Issue.record("expected an error")
        } catch let error as ImportError {
            #expect(error.row == 2)
        }
    }

    @Test func koladaLatin1Export() throws {
        let r = try CSVReader.read(try fixture("kolada_export_bakgrund_2008_2012_latin1.csv"), source: "kolada.csv")
        #expect(r.encoding == .iso88591)
        #expect(r.delimiter == .semicolon)
        #expect(r.table.columnNames == ["Kommun/Landsting", "Nyckeltal", "År", "Visat Värde"])
        #expect(r.table.rowCount == 13089)
        #expect(levels(r.table, "Kommun/Landsting").contains("Övertorneå"))
        #expect(levels(r.table, "Nyckeltal").contains("Arbetslöshet, (%)"))
        #expect(levels(r.table, "Nyckeltal").count == 15)
        #expect(numbers(r.table, "Visat Värde").first == 3.83894583)
        #expect(r.table.column(named: "Visat Värde")?.decimalSeparator == ".")
    }

    @Test func skolverketQuotedCommaFile() throws {
        let r = try CSVReader.read(try fixture("skolverket_gymnasiebehorighet_ak9_2019.csv"), source: "skolverket.csv")
        #expect(r.delimiter == .comma)
        #expect(r.table.rowCount == 6417)
        #expect(numbers(r.table, "value")[1] == 303.972)
        #expect(levels(r.table, "Gender") == ["Samtliga", "Flickor", "Pojkar"])
    }
}
