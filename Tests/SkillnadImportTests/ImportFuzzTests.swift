import Foundation
import Testing
import ZIPFoundation

@testable import SkillnadCore
@testable import SkillnadImport

#if canImport(Glibc)
    import Glibc
#endif

/// Thousands of mutated files through the importers: truncations, bit flips, huge numbers,
/// repeated and nested chunks, in the raw bytes and — for workbooks — inside the XML of a
/// re-packed archive. Each must give a table or an `ImportError`; nothing may crash, hang or
/// grow without bound.
@Suite struct ImportFuzzTests {
    static let inserts = [
        "99999999999999999999999999", "1E+308", "-1e400", "9223372036854775807", "\"", "\"\"\"", ";;;;;;", "\r\n\r\n",
        "<row r=\"9223372036854775807\">", "<c r=\"ZZZZZZZZ1\">", "<v>NaN</v>", "<row><row><row><row>", "\u{FEFF}",
        "&amp;&lt;", "<si><t>x</t></si>",
    ]

    /// How many times more cases to run (`FUZZ_SCALE`, for a longer local run; seeds change too).
    static let scale = Int(ProcessInfo.processInfo.environment["FUZZ_SCALE"] ?? "") ?? 1

    /// One mutation of `bytes`.
    static func mutate(_ bytes: [UInt8], _ g: inout SeededGenerator) -> [UInt8] {
        var out = bytes
        let steps = 1 + Int(g.nextUniform() * 3)
        for _ in 0..<steps where !out.isEmpty {
            let at = Int(g.nextUniform() * Double(out.count))
            switch Int(g.nextUniform() * 5) {
            case 0: out = Array(out.prefix(at))
            case 1:
                for _ in 0..<(1 + Int(g.nextUniform() * 8)) {
                    let i = Int(g.nextUniform() * Double(out.count))
                    out[i] ^= UInt8(1 << Int(g.nextUniform() * 8))
                }
            case 2:
                let text = inserts[Int(g.nextUniform() * Double(inserts.count))]
                out.insert(contentsOf: Array(text.utf8), at: at)
            case 3:
                let length = min(out.count - at, 1 + Int(g.nextUniform() * 64))
                let chunk = out[at..<(at + length)]
                for _ in 0..<(1 + Int(g.nextUniform() * 20)) { out.insert(contentsOf: chunk, at: at) }
            default:
                out.remove(at: at)
            }
        }
        return out
    }

    /// Reads and classifies: a table or an import error is fine, anything else is recorded.
    static func check(_ bytes: [UInt8], name: String) {
        let clock = ContinuousClock()
        if ProcessInfo.processInfo.environment["FUZZ_DUMP"] != nil {
            _ = FileManager.default.createFile(atPath: "/tmp/fuzz-last.bin", contents: Data(bytes))
        }
        let started = clock.now
        do {
            _ = try FileImporter.read(bytes: bytes, name: name)
        } catch is ImportError {
        } catch {
            Issue.record("\(name): \(error) is not an import error")
        }
        // A hang detector, not a speed target: no small file may take this long.
        #expect(clock.now - started < .seconds(20), "\(name) took \(clock.now - started)")
    }

    static var peakMemoryMB: Double {
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        return Double(usage.ru_maxrss) / 1024
    }

    @Test func mutatedCSVFiles() throws {
        var g = SeededGenerator(seed: 91 + UInt64(Self.scale))
        let seeds =
            try ["kommuner.csv", "skolverket_gymnasiebehorighet_ak9_2019.csv", "kolada_n00945_vab_man.csv"]
            .map { Array(try fixture($0).prefix(4000)) }
            + [Array("kön;område;värde\nK;Östra;1,5\nM;\"Norra\nby\";2\n".utf8)]
        for i in 0..<(1500 * Self.scale) {
            Self.check(Self.mutate(seeds[i % seeds.count], &g), name: "fuzz\(i).csv")
        }
        #expect(Self.peakMemoryMB < 2048)
    }

    @Test func mutatedWorkbookBytes() throws {
        var g = SeededGenerator(seed: 92 + UInt64(Self.scale))
        let seeds = try [fixture("arenden.xlsx"), fixture("inline.xlsx")]
        for i in 0..<(800 * Self.scale) {
            Self.check(Self.mutate(seeds[i % seeds.count], &g), name: "fuzz\(i).xlsx")
        }
        #expect(Self.peakMemoryMB < 2048)
    }

    /// Mutations inside the sheet and shared-string XML, re-packed so they reach the parser.
    @Test func mutatedWorkbookXML() throws {
        var g = SeededGenerator(seed: 93 + UInt64(Self.scale))
        let sheet = Array(CraftedWorkbook.sheet(CraftedWorkbook.table(rows: 30)).utf8)
        let strings = Array(CraftedWorkbook.strings(["kön", "område", "Östra"]).utf8)
        let shared = Array(
            CraftedWorkbook.sheet(
                #"<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c></row><row r="2"><c r="A2"><v>1</v></c><c r="B2" t="s"><v>2</v></c></row>"#
            ).utf8)
        for i in 0..<(800 * Self.scale) {
            var parts: [String: Data] = [:]
            if i % 2 == 0 {
                parts["xl/worksheets/sheet1.xml"] = Data(Self.mutate(sheet, &g))
            } else {
                parts["xl/worksheets/sheet1.xml"] = Data(shared)
                parts["xl/sharedStrings.xml"] = Data(Self.mutate(strings, &g))
            }
            if i % 7 == 0 { parts["xl/workbook.xml"] = Data(Self.mutate(Array(CraftedWorkbook.workbook.utf8), &g)) }
            Self.check(try CraftedWorkbook.bytes(parts), name: "fuzzxml\(i).xlsx")
        }
        #expect(Self.peakMemoryMB < 2048)
    }
}
