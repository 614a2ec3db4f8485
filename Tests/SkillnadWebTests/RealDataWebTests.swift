import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

@testable import SkillnadWeb

/// Published statistics uploaded as a user would, through to the ranked differences: Skolverket's
/// eligibility count table and Kolada's export of several KPIs.
@Suite(.serialized) struct RealDataWebTests {
    static func realFile(_ name: String) throws -> [UInt8] {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("../SkillnadImportTests/Fixtures/\(name)")
        return [UInt8](try Data(contentsOf: url))
    }

    /// Uploads and imports with the detected roles; returns the explorer's first view.
    static func importAndExplore(_ browser: Browser, file: String, name: String) async throws -> Browser.Page {
        try await importAndExplore(browser, file: file, name: name, query: "")
    }

    static func importAndExplore(
        _ browser: Browser, file: String, name: String, query: String
    ) async throws -> Browser.Page {
        _ = try await browser.get("/datasets/new")
        let uploaded = try await browser.upload("/datasets/upload", fileName: file, bytes: try realFile(file))
        let preview = try await browser.get(try #require(uploaded.location))
        #expect(preview.status == .ok)
        let token = try #require(uploaded.location?.split(separator: "=").last.map(String.init))
        let started = try await browser.post("/datasets/import", [("token", token), ("name", name)])
        let done = try await DatasetFlowTests.finish(browser, try #require(started.location))
        let dataset = try #require(done.location?.split(separator: "/").last.map(String.init))
        let first = try await browser.get("/explore?dataset=\(dataset)")
        return query.isEmpty ? first : try await browser.get("/explore?dataset=\(dataset)&\(query)")
    }

    @Test func skolverketsEligibilityTableReachesTheRankedDifferences() async throws {
        try await WebHarness.with(demo: false) { harness in
            try await harness.test { browser in
                try await browser.login("analytiker")
                let page = try await Self.importAndExplore(
                    browser, file: "skolverket_gymnasiebehorighet_ak9_2019.csv", name: "Behörighet 2019")
                #expect(page.status == .ok)
                #expect(page.body.contains("Rangordnade skillnader"))
                #expect(page.body.contains("value=\"Students=Eligible\" checked"))
                // Pandas: girls 86,9 %, boys 83,5 % eligible (SchoolOrganiser = Samtliga, all municipalities).
                // Each table uses the other column's published total rows (SchoolOrganiser = Samtliga), not
                // the sum of its parts, which Skolverket's suppression makes smaller.
                #expect(page.body.contains("K 86,9"), "share eligible by gender")
                #expect(page.body.contains("Enskild 93,3"), "share eligible by organiser (Gender = Samtliga)")
                #expect(!page.body.contains("--filter"), "no command-line flags on web pages")
            }
        }
    }

    @Test func koladasExportOffersEachKPIAndNeverTheirSum() async throws {
        try await WebHarness.with(demo: false) { harness in
            try await harness.test { browser in
                try await browser.login("analytiker")
                let page = try await Self.importAndExplore(
                    browser, file: "kolada_export_bakgrund_2008_2012_latin1.csv", name: "Kolada bakgrund")
                #expect(page.status == .ok)
                #expect(page.body.contains("value=\"Arbetslöshet, (%)\""))
                #expect(!page.body.contains("value=\"Visat Värde\""), "the column mixing KPIs is not an outcome")
                // Higher unemployment is not better: the name suggests the direction, the user can change it.
                #expect(page.body.contains("name=\"lagre\" value=\"Arbetslöshet, (%)\" checked"))
                #expect(page.body.contains("Rangordnade skillnader"))
                let differences = page.body.matches(of: /<a href="\/explore\/difference[^>]*>([^<]*)</).map {
                    String($0.1)
                }
                #expect(!differences.isEmpty)
                #expect(!differences.contains { $0.contains("ovägt medel") }, "the average is not a municipality")
                #expect(!page.body.contains("--filter"))
            }
        }
    }

    /// SCB's income table: Median and Medelvärde are separate measures, values without n cannot be
    /// pooled over municipalities — the page says to choose one under "Filtrera rader", and with
    /// region = Stockholm the median by kön is the published 293,1 (K) and 353,1 (M).
    @Test func incomeNeedsARegionChosenOnThePage() async throws {
        try await WebHarness.with(demo: false) { harness in
            try await harness.test { browser in
                try await browser.login("analytiker")
                let pooled = try await Self.importAndExplore(
                    browser, file: "scb_inkomster_2018.csv", name: "Inkomster 2018",
                    query: "outcome=Median&by=k%C3%B6n")
                #expect(pooled.body.contains("under ”Filtrera rader”"))
                #expect(!pooled.body.contains("--filter"))
                #expect(pooled.body.contains("<summary>Filtrera rader</summary>"))
                let dataset = try #require(
                    pooled.body.firstMatch(of: /name="dataset" value="([0-9]+)"/).map { String($0.1) })
                let chosen = try await browser.get(
                    "/explore?dataset=\(dataset)&outcome=Median&by=k%C3%B6n&filter=region%3DStockholm")
                #expect(chosen.body.contains("K 293,1"))
                #expect(chosen.body.contains("M 353,1"))
                #expect(chosen.body.contains("<option value=\"region=Stockholm\" selected>"))
            }
        }
    }

    /// "Hämta från Kolada" against a local server replaying the API's shape: the values become an
    /// upload to review, with K/M/T by municipality.
    @Test func koladaFetchedOnThePageBecomesAnUploadToReview() async throws {
        let router = Router()
        router.get("/v2/data/kpi/{kpi}/municipality/{ids}/year/{years}") { _, _ -> Response in
            let body = """
                {"count": 1, "values": [{"kpi": "N00945", "municipality": "0180", "period": 2020, "values": [
                  {"gender": "K", "count": 1, "status": "", "value": 31.3},
                  {"gender": "M", "count": 1, "status": "", "value": 28.1},
                  {"gender": "T", "count": 1, "status": "", "value": 29.7}]}], "next_page": null}
                """
            return Response(status: .ok, body: .init(byteBuffer: ByteBuffer(string: body)))
        }
        router.get("/v2/kpi/{ids}") { _, _ -> Response in
            let body = """
                {"count": 1, "values": [{"id": "N00945", "title": "\(DatasetColumnsTests.vabTitle)",
                  "description": "Andel tillfällig föräldrapenning som män tar ut."}]}
                """
            return Response(status: .ok, body: .init(byteBuffer: ByteBuffer(string: body)))
        }
        router.get("/v2/municipality/{ids}") { _, _ -> Response in
            let body = #"{"count": 1, "values": [{"id": "0180", "title": "Stockholm", "type": "K"}]}"#
            return Response(status: .ok, body: .init(byteBuffer: ByteBuffer(string: body)))
        }
        let kolada = Application(router: router, configuration: .init(address: .hostname("127.0.0.1", port: 0)))
        try await kolada.test(.live) { client in
            let port = try #require(client.port)
            try await WebHarness.with(demo: false, koladaURL: "http://127.0.0.1:\(port)") { harness in
                try await harness.test { browser in
                    try await browser.login("analytiker")
                    let form = try await browser.get("/datasets/kolada")
                    #expect(form.body.contains("Hämta från Kolada"))
                    let wrong = try await browser.post(
                        "/datasets/kolada", [("kpi", "N00945"), ("municipality", "0180"), ("years", "2020-2015")])
                    #expect(wrong.status == .badRequest)
                    #expect(wrong.body.contains("inget intervall av år (t.ex. 2015-2024). Rätta fältet År."))
                    #expect(!wrong.body.contains("--"), "no command-line options on the page")
                    let fetched = try await browser.post(
                        "/datasets/kolada", [("kpi", "N00945"), ("municipality", "0180"), ("years", "2020")])
                    #expect(fetched.status == .seeOther)
                    let preview = try await browser.get(try #require(fetched.location))
                    #expect(preview.body.contains("Kolada-JSON"))
                    #expect(preview.body.contains("3 rader"))
                    #expect(preview.body.contains("Koladas namn på nyckeltal och kommuner används"))
                    // Imported: the KPI's title and the municipality's name, the codes kept beside them.
                    let token = try #require(fetched.location?.split(separator: "=").last.map(String.init))
                    let started = try await browser.post("/datasets/import", [("token", token), ("name", "VAB")])
                    let done = try await DatasetFlowTests.finish(browser, try #require(started.location))
                    let dataset = try #require(done.location)
                    let page = try await browser.get(dataset)
                    #expect(page.body.contains(DatasetColumnsTests.vabTitle))
                    #expect(page.body.contains("Stockholm"))
                    let columns = try await browser.get(dataset + "/columns")
                    #expect(columns.body.contains("N00945 = \(DatasetColumnsTests.vabTitle)"))
                    let id = dataset.split(separator: "/").last.map(String.init) ?? ""
                    let byCode = try await browser.get("/explore?dataset=\(id)&outcome=N00945&by=k%C3%B6n")
                    #expect(byCode.status == .ok)
                    #expect(
                        byCode.body.contains("value=\"\(DatasetColumnsTests.vabTitle)\" checked"), "asked for by its id"
                    )
                }
            }
        }
    }
}
