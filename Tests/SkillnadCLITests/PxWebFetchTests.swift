import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

@testable import SkillnadFetch
@testable import SkillnadImport

/// `skillnad pxweb fetch` against a local server that answers as PxWebApi v2 does, from SCB's
/// recorded TAB6471 (metadata and data): the selection is checked against the metadata, split so
/// no request asks for more cells than allowed, and the answers joined with codes and labels.
@Suite struct PxWebFetchTests {
    static func fixture(_ name: String) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: fixtureBytes(name)) as? [String: Any])
    }

    static func fixtureBytes(_ name: String) throws -> Data {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("../SkillnadImportTests/Fixtures/\(name)")
        return try Data(contentsOf: url)
    }

    actor Log {
        var selections: [[String: [String]]] = []
        var refusedOnce = false
        func record(_ selection: [String: [String]]) { selections.append(selection) }
        func refuse() -> Bool {
            defer { refusedOnce = true }
            return !refusedOnce
        }
    }

    /// Codes of a json-stat2 dimension in order.
    static func codes(_ document: [String: Any], _ id: String) -> [String] {
        let dimension = (document["dimension"] as? [String: Any])?[id] as? [String: Any]
        let index = (dimension?["category"] as? [String: Any])?["index"]
        if let list = index as? [String] { return list }
        return ((index as? [String: Int]) ?? [:]).sorted { $0.value < $1.value }.map(\.key)
    }

    /// The recorded data's value at the given codes (row-major over `id`).
    static func value(_ data: [String: Any], at codes: [String: String]) -> Any {
        let ids = data["id"] as? [String] ?? []
        var flat = 0
        for id in ids {
            let list = Self.codes(data, id)
            flat = flat * list.count + (list.firstIndex(of: codes[id] ?? "") ?? 0)
        }
        return (data["value"] as? [Any])?[flat] ?? NSNull()
    }

    /// Answers a data request with the recorded values for the selection, dimensions in the
    /// table's order, as SCB does.
    static func answer(_ selection: [String: [String]], data: [String: Any]) throws -> String {
        let ids = data["id"] as? [String] ?? []
        var dimension: [String: Any] = [:]
        let given = data["dimension"] as? [String: Any] ?? [:]
        for id in ids {
            var entry = given[id] as? [String: Any] ?? [:]
            var category = entry["category"] as? [String: Any] ?? [:]
            let labels = category["label"] as? [String: String] ?? [:]
            let chosen = selection[id] ?? Self.codes(data, id)
            category["index"] = Dictionary(uniqueKeysWithValues: chosen.enumerated().map { ($1, $0) })
            category["label"] = Dictionary(uniqueKeysWithValues: chosen.map { ($0, labels[$0] ?? $0) })
            entry["category"] = category
            dimension[id] = entry
        }
        var values: [Any] = []
        func walk(_ depth: Int, _ codes: [String: String]) {
            guard depth < ids.count else {
                values.append(Self.value(data, at: codes))
                return
            }
            for code in selection[ids[depth]] ?? Self.codes(data, ids[depth]) {
                var next = codes
                next[ids[depth]] = code
                walk(depth + 1, next)
            }
        }
        walk(0, [:])
        let document: [String: Any] = [
            "version": "2.0", "class": "dataset", "id": ids,
            "size": ids.map { (selection[$0] ?? Self.codes(data, $0)).count }, "dimension": dimension, "value": values,
            "role": data["role"] ?? [:],
        ]
        return String(decoding: try JSONSerialization.data(withJSONObject: document), as: UTF8.self)
    }

    static func app(_ log: Log) throws -> some ApplicationProtocol {
        let metadata = String(decoding: try fixtureBytes("TAB6471_metadata.json"), as: UTF8.self)
        let router = Router()
        router.get("/api/v2/tables/TAB6471/metadata") { _, _ -> Response in
            Response(status: .ok, body: .init(byteBuffer: ByteBuffer(string: metadata)))
        }
        router.post("/api/v2/tables/TAB6471/data") { request, _ -> Response in
            if await log.refuse() { return Response(status: .tooManyRequests, headers: [.retryAfter: "0"]) }
            let body = try await request.body.collect(upTo: 1 << 20)
            let object = try JSONSerialization.jsonObject(with: Data(body.readableBytesView)) as? [String: Any]
            var selection: [String: [String]] = [:]
            for item in object?["selection"] as? [[String: Any]] ?? [] {
                if let code = item["variableCode"] as? String { selection[code] = item["valueCodes"] as? [String] }
            }
            await log.record(selection)
            let data = try fixture("TAB6471_data.json")
            return Response(status: .ok, body: .init(byteBuffer: ByteBuffer(string: try answer(selection, data: data))))
        }
        return Application(router: router, configuration: .init(address: .hostname("127.0.0.1", port: 0)))
    }

    @Test func splitsTheSelectionAndJoinsTheAnswersWithCodesAndLabels() async throws {
        let log = Log()
        try await Self.app(log).test(.live) { client in
            let recorded = try Self.fixture("TAB6471_data.json")
            let port = try #require(client.port)
            var fetcher = PxWebFetcher(base: "http://127.0.0.1:\(port)/api/v2")
            fetcher.wait = { _ in }
            fetcher.maximumCells = 12
            let months = ["2026M01", "2026M02", "2026M03", "2026M04"]
            let data = try await fetcher.fetch(
                table: "TAB6471",
                selection: [
                    "Region": ["01", "03", "04"], "ålder": ["0-9", "10-19"], "Kon": ["1", "2"], "Tid": months,
                ])
            // 3 × 2 × 2 × 1 × 4 = 48 cells, at most 12 per request: split along Tid, one month each.
            let selections = await log.selections
            #expect(selections.count == 4)
            #expect(selections.allSatisfy { $0["Tid"]?.count == 1 && $0["Region"] == ["01", "03", "04"] })
            let joined = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
            #expect(joined["size"] as? [Int] == [3, 2, 2, 1, 4])
            #expect(Self.codes(joined, "Region") == ["01", "03", "04"], "codes kept")
            // Every joined value equals the recorded one at the same codes.
            for region in ["01", "03", "04"] {
                for age in ["0-9", "10-19"] {
                    for sex in ["1", "2"] {
                        for month in months {
                            let codes = [
                                "Region": region, "Alder": age, "Kon": sex, "ContentsCode": "000007SF", "Tid": month,
                            ]
                            #expect(
                                "\(Self.value(joined, at: codes))" == "\(Self.value(recorded, at: codes))",
                                "\(codes)")
                        }
                    }
                }
            }
            let table = try FileImporter.read(bytes: [UInt8](data), name: "TAB6471.json").table
            #expect(table.rowCount == 48)
            #expect(table.column(named: "region")?.levels.contains("Stockholms län") == true, "labels kept")
            // The recorded file's value for Stockholms län, 0–9 år, män, 2026M04.
            let expected = try #require(
                Self.value(
                    recorded,
                    at: ["Region": "01", "Alder": "0-9", "Kon": "1", "ContentsCode": "000007SF", "Tid": "2026M04"])
                    as? Double)
            #expect(expected > 100_000)
        }
    }

    @Test func aWrongSelectionIsRefusedBeforeAnyDataRequest() async throws {
        let log = Log()
        try await Self.app(log).test(.live) { client in
            let port = try #require(client.port)
            let fetcher = PxWebFetcher(base: "http://127.0.0.1:\(port)/api/v2")
            await #expect {
                _ = try await fetcher.fetch(table: "TAB6471", selection: ["Region": ["9999"]])
            } throws: { error in
                (error as? FetchError)?.description.contains("Koden \"9999\" finns inte i Region") == true
            }
            await #expect {
                _ = try await fetcher.fetch(table: "TAB6471", selection: ["Län": ["01"]])
            } throws: { error in
                (error as? FetchError)?.description.contains("har ingen dimension \"Län\"") == true
            }
            #expect(await log.selections.isEmpty)
        }
    }

    @Test func withoutANetworkTheErrorSaysSo() async throws {
        var fetcher = PxWebFetcher(base: "http://127.0.0.1:9/api/v2")
        fetcher.timeout = .seconds(2)
        await #expect {
            _ = try await fetcher.fetch(table: "TAB6471", selection: [:])
        } throws: { error in
            (error as? FetchError)?.description.contains("Kunde inte nå PxWeb") == true
        }
    }
}
