import ArgumentParser
import Foundation
import SkillnadCore
import SkillnadFetch
import SkillnadImport

/// `skillnad pxweb fetch`: fetches a table from a PxWebApi v2 service (SCB) into a json-stat2
/// file that `describe`, `scan` and the web upload read.
struct PxWebCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "pxweb", abstract: "Hämta tabeller från SCB:s statistikdatabas (PxWeb).",
        subcommands: [PxWebFetch.self])
}

struct PxWebFetch: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "fetch",
        abstract: "Hämta en tabell med valda koder från PxWebApi v2 till en json-stat2-fil (koder och etiketter).",
        discussion: """
            Exempel:
              skillnad pxweb fetch TAB6471 --select Region=0126,0180 --select Kon=1,2 --select Tid=2026M04 --out folkmangd.json
            Dimensioner som inte väljs hämtas hela (* gör detsamma). Stora urval delas upp så att ingen
            förfrågan överskrider tjänstens gräns för antal celler; 429 (för många förfrågningar) väntas ut.
            """)

    @Argument(help: ArgumentHelp("Tabellens id, t.ex. TAB6471.", valueName: "tabell"))
    var table: String

    @Option(
        name: .long,
        help: "Koder för en dimension: DIMENSION=KOD,KOD… (id eller namn, t.ex. Region=0180). Kan upprepas.")
    var select: [String] = []

    @Option(name: .long, help: "Fil att skriva (json-stat2).")
    var out: String

    @Option(name: .long, help: "PxWebApi v2:s adress (standard SCB: https://api.scb.se/ov0104/v2beta/api/v2).")
    var baseURL: String = "https://api.scb.se/ov0104/v2beta/api/v2"

    @Option(name: .long, help: "Högst så många celler per förfrågan (SCB: 150000).")
    var maxCells: Int = 150_000

    func run() async throws {
        var selection: [String: [String]] = [:]
        for item in select {
            guard let pair = ColumnValue(item) else {
                throw CLIError(message: "--select ska skrivas DIMENSION=KOD,KOD… (fick \"\(item)\").", code: 64)
            }
            let codes = AnalysisOptions.list(pair.value)
            guard !codes.isEmpty else {
                throw CLIError(message: "--select \(item): ange minst en kod, eller * för alla.", code: 64)
            }
            selection[pair.column, default: []] += codes
        }
        guard maxCells >= 1 else { throw CLIError(message: "--max-cells ska vara minst 1.", code: 64) }
        var fetcher = PxWebFetcher(base: baseURL)
        fetcher.maximumCells = maxCells
        let read = try await OutputWriter.fetched(to: out) {
            try await fetcher.fetch(table: table, selection: selection)
        }
        print("Skrev \(out): \(read.rowCount) rader ur \(table) från \(baseURL).")
    }
}
