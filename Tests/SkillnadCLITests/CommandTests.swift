import Foundation
import Testing

/// The `skillnad` command as a user runs it.
@Suite(.serialized) struct CommandTests {
    static let demo = Result<URL, any Error> {
        let dir = try CLIRunner.temporaryDirectory()
        let result = try CLIRunner.run(["demo-data", "--out", dir.path])
        guard result.status == 0 else { throw CLIFailure(output: result.stderr) }
        return dir
    }

    struct CLIFailure: Error {
        var output: String
    }

    func demoFile(_ name: String) throws -> String {
        try Self.demo.get().appendingPathComponent(name).path
    }

    @Test func demoDataWritesTheThreeFiles() throws {
        let dir = try Self.demo.get()
        for name in [
            "storkoping_isu.csv", "storkoping_skolresultat.csv", "storkoping_omradesindikatorer.csv",
            "storkoping_kodlista.csv", "LÄSMIG.txt",
        ] {
            #expect(FileManager.default.fileExists(atPath: dir.appendingPathComponent(name).path), "\(name)")
        }
    }

    @Test func scanDemoPrintsRankedDifferences() throws {
        let result = try CLIRunner.run(["scan", "--demo", "--top", "5"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("Rangordnade skillnader (5 av"))
        #expect(result.stdout.contains("  1. ["))
        #expect(result.stdout.contains("forbattrad_situation"))
    }

    @Test func theDemoCodebookGivesLabelsAndCodesStillWork() throws {
        let result = try CLIRunner.run([
            "compare", try demoFile("storkoping_isu.csv"), "--codebook", try demoFile("storkoping_kodlista.csv"),
            "--outcome", "beviljad_insats", "--by", "kön", "--adjust-for", "risk_bbic",
        ])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("Beviljad insats"), "the label is shown")
        #expect(result.stdout.contains("Risk att fara illa (BBIC)"), "a code whose label differs still finds it")
        #expect(!result.stdout.contains("risk_bbic"))
    }

    @Test func scanJSONHasTheDocumentedFields() throws {
        let file = try demoFile("storkoping_isu.csv")
        let result = try CLIRunner.run([
            "scan", file, "--outcome", "beviljad_insats", "--by", "kön,område", "--cross", "2", "--format", "json",
        ])
        #expect(result.status == 0, "\(result.stderr)")
        let json = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
        let differences = try #require(json?["differences"] as? [[String: Any]])
        #expect(!differences.isEmpty)
        for key in [
            "rank", "score", "outcome", "dimensions", "test", "estimate", "ciLow", "ciHigh", "pValue", "qValue",
            "excessCount", "groups", "scoreComponents",
        ] {
            #expect(differences[0][key] != nil, "missing \(key)")
        }
        let group = try #require((differences[0]["groups"] as? [[String: Any]])?.first)
        for key in ["key", "n", "estimate", "ciLow", "ciHigh", "suppressed"] {
            #expect(group[key] != nil, "missing group.\(key)")
        }
        #expect(json?["disclosureControlled"] as? Bool == true)
    }

    @Test func scanCSVIsExcelFriendly() throws {
        let file = try demoFile("storkoping_isu.csv")
        let result = try CLIRunner.run(["scan", file, "--outcome", "beviljad_insats", "--by", "kön", "--format", "csv"])
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix("\u{FEFF}rang;poäng;utfall"))
        #expect(result.stdout.contains("\r\n"))
        #expect(result.stdout.range(of: #";0,\d+;"#, options: .regularExpression) != nil, "decimal comma")
    }

    @Test func scanHTMLIsAStandaloneReportWithCharts() throws {
        let dir = try CLIRunner.temporaryDirectory()
        let out = dir.appendingPathComponent("rapport.html").path
        let result = try CLIRunner.run(["scan", "--demo", "--format", "html", "--out", out, "--top", "3"])
        #expect(result.status == 0, "\(result.stderr)")
        let html = try String(contentsOfFile: out, encoding: .utf8)
        #expect(html.hasPrefix("<!doctype html><html lang=\"sv\">"))
        #expect(html.components(separatedBy: "<svg").count - 1 >= 3)
        #expect(!html.contains("http://") || html.contains("http://www.w3.org/2000/svg"))
        #expect(!html.contains("<script src"))
    }

    @Test func withoutDisclosureControlEveryFormatIsStamped() throws {
        let file = try demoFile("storkoping_isu.csv")
        for format in ["table", "csv", "html", "json"] {
            let result = try CLIRunner.run([
                "scan", file, "--outcome", "beviljad_insats", "--by", "kön", "--no-disclosure-control", "--format",
                format,
            ])
            #expect(result.status == 0)
            if format == "json" {
                #expect(result.stdout.contains("\"disclosureControlled\" : false"))
            } else {
                #expect(result.stdout.contains("EJ RÖJANDEKONTROLLERAD"), "\(format)")
            }
        }
    }

    @Test func describeShowsRolesAndEncoding() throws {
        let dir = try CLIRunner.temporaryDirectory()
        let path = dir.appendingPathComponent("latin1.csv").path
        let text = "Kommun;Kön;År;Andel (%);Antal\nÖrebro;kvinnor;2024;12,5;100\nÅre;män;2024;..;80\n"
        try Data(text.unicodeScalars.map { UInt8($0.value) }).write(to: URL(fileURLWithPath: path))
        let result = try CLIRunner.run(["describe", path])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("ISO-8859-1"))
        #expect(result.stdout.contains("semikolon"))
        #expect(result.stdout.contains("Örebro"))
        #expect(result.stdout.contains("värden: K, M"))
        #expect(result.stdout.contains("roll: period"))
        #expect(result.stdout.contains("sekretessmarkerad hos källan"))
    }

    @Test func compareJSONHasCrudeAdjustedAndExplainedShare() throws {
        let file = try demoFile("storkoping_isu.csv")
        let result = try CLIRunner.run([
            "compare", file, "--outcome", "beviljad_insats", "--by", "kön", "--adjust-for", "risk_bbic", "--format",
            "json",
        ])
        #expect(result.status == 0, "\(result.stderr)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let crude = try #require(json["crude"] as? [String: Any])
        let adjusted = try #require(json["adjusted"] as? [String: Any])
        for key in ["estimate", "ciLow", "ciHigh", "pValue"] {
            #expect(crude[key] != nil)
            #expect(adjusted[key] != nil)
        }
        for key in ["oddsRatio", "oddsRatioLow", "oddsRatioHigh"] { #expect(adjusted[key] != nil) }
        #expect((json["explainedShare"] as? Double ?? 0) > 0.8)
    }

    @Test(arguments: [
        (["scan"], "Ange en datafil"),
        (["scan", "--demo", "--outcome", "saknas", "--by", "kön"], "Kolumnen \"saknas\" finns inte"),
        (["scan", "--demo", "--cross", "7"], "--cross måste vara 1, 2 eller 3"),
        (["scan", "--demo", "--threshold", "2"], "inte vara lägre än 3"),
        (["scan", "--demo", "--format", "pdf"], "ogiltigt"),
        (["scan", "--demo", "--okand"], "Okänd flagga"),
        (["compare", "--demo", "--outcome", "beviljad_insats", "--by", "område"], "kräver två"),
        (["bogus"], "Okänt kommando \"bogus\""),
        (["scna", "--demo"], "Menade du \"scan\""),
        (["scan", "--demo", "--outcome", "beviljad_insats"], "Möjliga dimensioner"),
    ])
    func wrongArgumentsGiveSwedishMessages(arguments: [String], message: String) throws {
        let result = try CLIRunner.run(arguments)
        #expect(result.status == 64, "wrong arguments exit 64, as the README says")
        #expect(result.stderr.contains(message), "\(result.stderr)")
        for english in ["Please", "provide", "Error", "Unknown", "Missing"] {
            #expect(!result.stderr.contains(english), "\(result.stderr)")
        }
        #expect(!result.stderr.contains("Fatal error"))
    }

    @Test func describeListsTheTotalLevels() throws {
        let dir = try CLIRunner.temporaryDirectory()
        let path = dir.appendingPathComponent("elever.csv").path
        try Data("kommun;elever;antal\nAle;Totalt;10\nAle;Behöriga;8\nAle;Ej behöriga;2\n".utf8)
            .write(to: URL(fileURLWithPath: path))
        let result = try CLIRunner.run(["describe", path])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("summanivåer (marginaler, inte grupper): Totalt"), "\(result.stdout)")
    }

    @Test func aMissingFileExits66() throws {
        let result = try CLIRunner.run(["scan", "/finns/inte.csv", "--outcome", "x", "--by", "y"])
        #expect(result.status == 66, "a missing file exits 66, as the README says")
        #expect(result.stderr.contains("filen inte finns"), "\(result.stderr)")
    }

    @Test func brokenFileNamesRowAndLeavesNoOutput() throws {
        let dir = try CLIRunner.temporaryDirectory()
        let path = dir.appendingPathComponent("trasig.csv").path
        try Data("kön;utfall\nK;1\nM;\"0\n".utf8).write(to: URL(fileURLWithPath: path))
        let out = dir.appendingPathComponent("resultat.json").path
        let result = try CLIRunner.run([
            "scan", path, "--outcome", "utfall", "--by", "kön", "--format", "json", "--out", out,
        ])
        #expect(result.status == 65)
        #expect(result.stderr.contains("trasig.csv, rad 3"))
        #expect(!FileManager.default.fileExists(atPath: out))
    }

    @Test func oddValueInANumericColumnIsNamed() throws {
        let dir = try CLIRunner.temporaryDirectory()
        let path = dir.appendingPathComponent("poang.csv").path
        var text = "kön;poäng\n"
        for i in 0..<40 { text += "\(i % 2 == 0 ? "K" : "M");\(i)\n" }
        text += "K;ca 5\n"
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        let result = try CLIRunner.run(["scan", path, "--outcome", "poäng", "--by", "kön"])
        #expect(result.status == 65)
        #expect(
            result.stderr.contains(
                "Fel i filen poang.csv, rad 42, kolumn \"poäng\": förväntade ett tal, men fann \"ca 5\"."))
    }

    @Test func helpIsSwedish() throws {
        let result = try CLIRunner.run(["scan", "--help"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("ANVÄNDNING:"))
        #expect(result.stdout.contains("Utfallskolumn"))
    }
}

extension CommandTests {
    /// `--publish` protects every table of the request's frame together and says so; the default
    /// output says it is for analysis, not for publication.
    @Test func publishSaysWhichProtectionItHas() throws {
        let file = try demoFile("storkoping_isu.csv")
        let arguments = ["scan", file, "--outcome", "beviljad_insats", "--by", "kön,område", "--cross", "2"]
        let published = try CLIRunner.run(arguments + ["--publish", "--format", "json"])
        #expect(published.status == 0, "\(published.stderr)")
        let json = try JSONSerialization.jsonObject(with: Data(published.stdout.utf8)) as? [String: Any]
        #expect(json?["published"] as? Bool == true)
        let exact = try CLIRunner.run(arguments + ["--format", "json"])
        let exactJSON = try JSONSerialization.jsonObject(with: Data(exact.stdout.utf8)) as? [String: Any]
        #expect(exactJSON?["published"] as? Bool == false)
        #expect((exactJSON?["notes"] as? [String])?.contains { $0.contains("inte för publicering") } == true)
        let html = try CLIRunner.run(arguments + ["--publish", "--format", "html"])
        #expect(html.stdout.contains("Skyddad för publicering"))
        let both = try CLIRunner.run(arguments + ["--publish", "--no-disclosure-control"])
        #expect(both.status != 0)
        #expect(both.stderr.contains("--publish"))
    }
}
