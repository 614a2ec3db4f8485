import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

@testable import SkillnadFetch
@testable import SkillnadImport

/// `skillnad kolada fetch` against a local server that replays Kolada's API (its documented
/// response shape): ids split 25 per request, pages followed, 429 waited out, no internet needed.
@Suite struct KoladaFetchTests {
    actor Log {
        var paths: [String] = []
        var refusedOnce = false
        func record(_ path: String) { paths.append(path) }
        /// The first data request is refused with 429.
        func refuse() -> Bool {
            defer { refusedOnce = true }
            return !refusedOnce
        }
    }

    static func entry(_ municipality: String, _ period: Int, _ k: Double, _ m: Double) -> String {
        """
        {"kpi": "N00945", "municipality": "\(municipality)", "period": \(period), "values": [
          {"gender": "K", "count": 1, "status": "", "value": \(k)},
          {"gender": "M", "count": 1, "status": "", "value": \(m)},
          {"gender": "T", "count": 1, "status": "", "value": \((k + m) / 2)}]}
        """
    }

    static func app(_ log: Log) -> some ApplicationProtocol {
        let router = Router()
        router.get("/v2/data/kpi/{kpi}/municipality/{ids}/year/{years}") { request, context -> Response in
            await log.record(request.uri.path)
            if await log.refuse() {
                return Response(status: .tooManyRequests, headers: [.retryAfter: "0"])
            }
            let ids = (context.parameters.get("ids") ?? "").split(separator: ",").map(String.init)
            let next = "http://\(request.head.authority ?? "127.0.0.1")/v2/page2/\(ids.first ?? "")"
            let body = """
                {"count": \(ids.count), "values": [\(ids.map { entry($0, 2019, 30, 28) }.joined(separator: ","))],
                 "next_page": "\(next)"}
                """
            return Response(status: .ok, body: .init(byteBuffer: ByteBuffer(string: body)))
        }
        router.get("/v2/page2/{id}") { request, context -> Response in
            await log.record(request.uri.path)
            let id = context.parameters.get("id") ?? ""
            let body = """
                {"count": 1, "values": [\(entry(id, 2020, 31, 27))], "next_page": null}
                """
            return Response(status: .ok, body: .init(byteBuffer: ByteBuffer(string: body)))
        }
        // Metadata as Kolada's /v2/kpi and /v2/municipality give it (N00945's text from kolada_kpi.csv).
        router.get("/v2/kpi/{ids}") { _, _ -> Response in
            let body = """
                {"count": 1, "values": [{"id": "N00945",
                  "title": "Tillfälliga föräldrapenningdagar (VAB) som tas ut av män, andel av antal dagar (%)",
                  "description": "Andel tillfällig föräldrapenning (sett till antal nettodagar) som män folkbokförda i kommunen/regionen tar ut. Avser: Dagar i samband med vård av barn. Källa: Försäkringskassan."}]}
                """
            return Response(status: .ok, body: .init(byteBuffer: ByteBuffer(string: body)))
        }
        router.get("/v2/municipality/{ids}") { _, _ -> Response in
            let body = """
                {"count": 2, "values": [{"id": "0180", "title": "Stockholm", "type": "K"},
                  {"id": "1480", "title": "Göteborg", "type": "K"}]}
                """
            return Response(status: .ok, body: .init(byteBuffer: ByteBuffer(string: body)))
        }
        return Application(router: router, configuration: .init(address: .hostname("127.0.0.1", port: 0)))
    }

    /// A fetch also asks Kolada for the KPI's title and the municipalities' names: the file then
    /// shows "Stockholm" and the KPI's title, and the KPI is still found by its id.
    @Test func aFetchCarriesTheTitlesAndNamesAndTheIdStillWorks() async throws {
        let log = Log()
        _ = await log.refuse()
        try await Self.app(log).test(.live) { client in
            let port = try #require(client.port)
            var fetcher = KoladaFetcher(base: "http://127.0.0.1:\(port)")
            fetcher.wait = { _ in }
            let data = try await fetcher.fetch(
                try KoladaQuery(kpis: ["N00945"], units: ["0180", "1480"], years: [2019, 2020]))
            let read = try FileImporter.read(bytes: [UInt8](data), name: "kolada.json")
            let book = try #require(read.codebook)
            #expect(book.labels["0180"] == "Stockholm")
            #expect(book.labels["N00945"]?.hasPrefix("Tillfälliga föräldrapenningdagar (VAB)") == true)
            #expect(book.directions["N00945"] == nil, "the description says what is measured, not which way is better")
            let file = try CLIRunner.temporaryDirectory().appendingPathComponent("kolada.json")
            try data.write(to: file)
            let scan = try CLIRunner.run([
                "scan", file.path, "--outcome", "N00945", "--by", "kommun", "--period", "2019",
                "--no-disclosure-control",
            ])
            #expect(scan.status == 0, "\(scan.stderr)")
            #expect(scan.stdout.contains("Stockholm") && scan.stdout.contains("Göteborg"))
            #expect(scan.stdout.contains("Tillfälliga föräldrapenningdagar (VAB)"))
            #expect(!scan.stdout.contains("0180"))
        }
    }

    @Test func fetchesEveryPageOfEveryChunkAndWaitsOutTooManyRequests() async throws {
        let log = Log()
        try await Self.app(log).test(.live) { client in
            let port = try #require(client.port)
            let municipalities = (1...30).map { String(format: "%04d", $0 * 10) }
            let query = try KoladaQuery(
                kpis: ["N00945"], units: municipalities, years: KoladaQuery.years("2019-2020"))
            #expect(query.paths.count == 2, "30 ids: 25 and 5")
            var fetcher = KoladaFetcher(base: "http://127.0.0.1:\(port)")
            fetcher.wait = { _ in }
            let data = try await fetcher.fetch(query)
            let table = try FileImporter.read(bytes: [UInt8](data), name: "kolada.json").table
            // 30 municipalities × 3 genders for 2019, plus one page-2 entry per chunk × 3 genders.
            #expect(table.rowCount == 30 * 3 + 2 * 3)
            #expect(table.columnNames == ["kpi", "kommun", "år", "kön", "värde"])
            let paths = await log.paths
            #expect(paths.filter { $0.hasPrefix("/v2/data/") }.count == 3, "two chunks, the first refused once")
            #expect(paths.filter { $0.hasPrefix("/v2/page2/") }.count == 2)
            #expect(paths.first?.contains("/municipality/0010,0020,") == true)
        }
    }

    @Test func withoutANetworkTheErrorSaysSo() async throws {
        let query = try KoladaQuery(kpis: ["N00945"], units: ["0180"], years: [2020])
        await #expect {
            var fetcher = KoladaFetcher(base: "http://127.0.0.1:9")
            fetcher.timeout = .seconds(2)
            _ = try await fetcher.fetch(query)
        } throws: { error in
            (error as? FetchError)?.description.contains("Kunde inte nå Kolada") == true
        }
    }

    @Test func wrongArgumentsAreRefusedBeforeAnyRequest() throws {
        #expect(throws: KoladaQueryError.self) { try KoladaQuery(kpis: [], units: ["0180"], years: [2020]) }
        #expect(throws: KoladaQueryError.self) { try KoladaQuery(kpis: ["N00945"], units: ["01/80"], years: [2020]) }
        #expect(throws: KoladaQueryError.self) { try KoladaQuery.years("2020-2015") }
        #expect(try KoladaQuery.years("2015-2017,2020") == [2015, 2016, 2017, 2020])
        // The command line names its option; the message itself names none (web pages name fields).
        let cli = try CLIRunner.run([
            "kolada", "fetch", "--kpi", "", "--municipality", "0180", "--years", "2020", "--out", "x.json",
        ])
        #expect(cli.status == 64)
        #expect(cli.stderr.contains("Ange minst ett nyckeltal (t.ex. N00945). Ange det med --kpi."))
        do {
            _ = try KoladaQuery(kpis: ["N00945"], units: ["01/80"], years: [2020])
        } catch let error as KoladaQueryError {
            #expect(error.part == .units)
            #expect(!error.description.contains("--"))
        }
    }
}
