import Foundation
import Testing

@testable import SkillnadCore
@testable import SkillnadImport

/// Crafted and broken files: each gets a clear error naming what is wrong, never a crash, a
/// silent half-read or a blank result.
@Suite struct ImportHardeningTests {
    func read(_ bytes: [UInt8], name: String = "fil.xlsx") throws -> DataTable {
        try FileImporter.read(bytes: bytes, name: name).table
    }

    func message(_ bytes: [UInt8], name: String = "fil.xlsx") -> String {
        do {
            _ = try read(bytes, name: name)
            return "lästes"
        } catch let error as ImportError {
            return error.description
        } catch {
            return "annat fel: \(error)"
        }
    }

    @Test func hugeNumbersAndReferencesAreErrorsNotCrashes() throws {
        // A numeric header cell of 1E+300 is a column name, not an integer overflow.
        let numericHeader = try CraftedWorkbook.bytes(
            sheet: #"<row r="1"><c r="A1"><v>1E+300</v></c></row><row r="2"><c r="A2"><v>1</v></c></row>"#)
        #expect(try read(numericHeader).columnNames == ["1e+300"])
        let row = try CraftedWorkbook.bytes(
            sheet: #"<row r="9223372036854775807"><c r="A9223372036854775807"><v>1</v></c></row>"#)
        #expect(message(row).contains("radnummer 1–1048576"), "\(message(row))")
        let reference = try CraftedWorkbook.bytes(sheet: #"<row r="2"><c r="ZZZZZZZZZZZZZZZ2"><v>1</v></c></row>"#)
        #expect(message(reference).contains("cellreferens"), "\(message(reference))")
        let far = try CraftedWorkbook.bytes(
            sheet: #"<row r="1"><c r="AAAAAA1" t="inlineStr"><is><t>x</t></is></c></row>"#)
        #expect(message(far).contains("cellreferens"))
        let wide = try CraftedWorkbook.bytes(
            sheet:
                #"<row r="1"><c r="XFD1" t="inlineStr"><is><t>x</t></is></c></row><row r="2"><c r="A2"><v>1</v></c></row>"#
        )
        #expect(message(wide).contains("högst 2000 kolumner"), "\(message(wide))")
    }

    @Test func aZipBombStopsAtTheLimit() throws {
        // 40 MB of zeros packs to a few tens of kilobytes: a ratio far beyond any real workbook.
        let zeros = Data(count: 40 << 20)
        let bomb = try CraftedWorkbook.bytes(["xl/worksheets/sheet1.xml": zeros])
        #expect(bomb.count < 1 << 20)
        #expect(message(bomb).contains("zip-bomb"), "\(message(bomb))")
    }

    @Test func brokenWorkbooksAreRefusedNotHalfRead() throws {
        let whole = CraftedWorkbook.sheet(CraftedWorkbook.table(rows: 1000))
        let cut = String(whole.prefix(whole.count / 2))
        let truncated = try CraftedWorkbook.bytes(["xl/worksheets/sheet1.xml": Data(cut.utf8)])
        #expect(message(truncated).contains("skadad eller avbruten"), "\(message(truncated))")
        let malformed = try CraftedWorkbook.bytes(["xl/worksheets/sheet1.xml": Data("<worksheet><sheetData><row>".utf8)]
        )
        #expect(message(malformed).contains("skadad eller avbruten"))
        // Cells that refer to a shared-string table the file does not have.
        let missing = try CraftedWorkbook.bytes(
            sheet: #"<row r="1"><c r="A1" t="s"><v>0</v></c></row><row r="2"><c r="A2"><v>1</v></c></row>"#)
        #expect(message(missing).contains("sharedStrings"), "\(message(missing))")
        let outOfRange = try CraftedWorkbook.bytes(
            sheet: #"<row r="1"><c r="A1" t="s"><v>7</v></c></row><row r="2"><c r="A2"><v>1</v></c></row>"#,
            strings: ["kön"])
        #expect(message(outOfRange).contains("rad 1, kolumn \"A\""), "\(message(outOfRange))")
        let headerOnly = try CraftedWorkbook.bytes(
            sheet: #"<row r="1"><c r="A1" t="inlineStr"><is><t>kön</t></is></c></row>"#)
        #expect(message(headerOnly).contains("minst en datarad"))
        // A whole sheet still reads: 1 000 rows.
        let complete = try CraftedWorkbook.bytes(["xl/worksheets/sheet1.xml": Data(whole.utf8)])
        #expect(try read(complete).rowCount == 1000)
    }

    @Test func entityDeclarationsAreRefused() throws {
        let laughs = """
            <?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;">]>\
            <worksheet><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>&lol2;</t></is></c></row></sheetData></worksheet>
            """
        let bytes = try CraftedWorkbook.bytes(["xl/worksheets/sheet1.xml": Data(laughs.utf8)])
        #expect(message(bytes).contains("<!ENTITY"), "\(message(bytes))")
        let external = """
            <?xml version="1.0"?><!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]>\
            <worksheet><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>&e;</t></is></c></row></sheetData></worksheet>
            """
        #expect(
            message(try CraftedWorkbook.bytes(["xl/worksheets/sheet1.xml": Data(external.utf8)])).contains("DOCTYPE"))
    }

    @Test func brokenCSVFilesGetTheirOwnMessages() throws {
        #expect(message([], name: "tom.csv").contains("en tom fil"))
        #expect(message(Array("kön;värde\r\n".utf8), name: "rubrik.csv").contains("bara rubrikraden"))
        // UTF-8 with two damaged bytes: reported where they are, not read as Windows-1252 ("kÃ¶n").
        var damaged = Array("kön;område\nK;Östra\nM;Norra\n".utf8)
        let at = damaged.firstIndex(of: UInt8(ascii: "N"))!  // Safe: the text contains "Norra".
        damaged.replaceSubrange(at..<(at + 1), with: [0xC3, 0x28])
        let text = message(damaged, name: "trasig.csv")
        #expect(text.contains("rad 3"), "\(text)")
        #expect(text.contains("kolumn \"område\""), "\(text)")
        #expect(text.contains("UTF-8"))
        // A Latin-1 file is still Latin-1.
        let latin = try read([0x6B, 0xF6, 0x6E, 0x3B, 0x76, 0x0A, 0x4B, 0x3B, 0x31, 0x0A], name: "latin.csv")
        #expect(latin.columnNames == ["kön", "v"])
        // A 2 MB header line is refused before it is read; so are thousands of columns.
        let long = Array(repeating: UInt8(ascii: "a"), count: 2 << 20) + Array("\n1\n".utf8)
        #expect(message(long, name: "lang.csv").contains("rubrikrad på högst 1 MB"))
        let columns =
            (0..<2500).map { "k\($0)" }.joined(separator: ";") + "\n"
            + Array(repeating: "1", count: 2500).joined(separator: ";") + "\n"
        #expect(message(Array(columns.utf8), name: "bred.csv").contains("högst 2000 kolumner"))
    }
}
