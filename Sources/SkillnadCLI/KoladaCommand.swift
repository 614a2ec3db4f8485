import ArgumentParser
import Foundation
import SkillnadFetch
import SkillnadImport

/// `skillnad kolada fetch`: fetches KPI values from Kolada's API into a JSON file that
/// `describe`, `scan` and the web upload read.
struct KoladaCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "kolada", abstract: "Hämta nyckeltal från Kolada.", subcommands: [KoladaFetch.self])
}

struct KoladaFetch: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "fetch",
        abstract: "Hämta värden för nyckeltal, kommuner (eller enheter) och år från Koladas API till en fil.",
        discussion: """
            Exempel:
              skillnad kolada fetch --kpi N00945,N01951 --municipality 0180,1480 --years 2015-2024 --out kolada.json
            Högst 25 id per förfrågan; fler delas upp. Sidor följs och 429 (för många förfrågningar) väntas ut.
            """)

    @Option(name: .long, help: "Nyckeltal, kommaseparerade (t.ex. N00945).")
    var kpi: String

    @Option(name: .long, help: "Kommuner (t.ex. 0180) eller, med --ou, enheter; kommaseparerade.")
    var municipality: String

    @Option(name: .long, help: "År: 2015-2024, 2015,2016 eller 2020.")
    var years: String

    @Flag(name: .long, help: "Hämta data för organisatoriska enheter (oudata) i stället för kommuner.")
    var ou = false

    @Option(name: .long, help: "Fil att skriva (JSON).")
    var out: String

    @Option(name: .long, help: "Koladas adress (standard https://api.kolada.se).")
    var baseURL: String = "https://api.kolada.se"

    func run() async throws {
        let query: KoladaQuery
        do {
            query = try KoladaQuery(
                kpis: AnalysisOptions.list(kpi), units: AnalysisOptions.list(municipality),
                years: try KoladaQuery.years(years), organisationalUnits: ou)
        } catch let error as KoladaQueryError {
            let option =
                switch error.part {
                case .kpis: "--kpi"
                case .units: "--municipality"
                case .years: "--years"
                }
            throw CLIError(message: "\(error.description) Ange det med \(option).", code: 64)
        }
        let table = try await OutputWriter.fetched(to: out) { try await KoladaFetcher(base: baseURL).fetch(query) }
        print("Skrev \(out): \(table.rowCount) värden från \(baseURL).")
    }
}
