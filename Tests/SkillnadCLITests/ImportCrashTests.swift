import Foundation
import Logging
import SQLKit
import Testing

@testable import SkillnadStorage

/// Kills the server with SIGKILL while a large import runs and checks the database afterwards
/// holds the whole dataset or none of it, and is intact.
@Suite(.serialized) struct ImportCrashTests {
    static func largeCSV(rows: Int) -> Data {
        var text = "id;kön;område;åldersgrupp;utfall;värde\n"
        text.reserveCapacity(rows * 40)
        let areas = ["Norra", "Södra", "Östra", "Västra", "Centrum"]
        for i in 0..<rows {
            text +=
                "\(i);\(i % 2 == 0 ? "K" : "M");\(areas[i % 5]);\(i % 7);\(i % 3 == 0 ? 1 : 0);\(Double(i % 1000) / 10)\n"
        }
        return Data(text.utf8)
    }

    /// A negative delay waits until the import reports that it is saving, then kills at once.
    @Test(arguments: [100, -1])
    func killDuringImportLeavesAllOrNothing(delayMilliseconds: Int) async throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent(
            "skillnad-crash-\(UUID().uuidString)"
        ).path
        let add = Process()
        add.executableURL = CLIRunner.executable
        add.arguments = ["user", "add", "tester", "--role", "analyst", "--data-dir", directory]
        let input = Pipe()
        add.standardInput = input
        add.standardOutput = FileHandle.nullDevice
        add.standardError = FileHandle.nullDevice
        try add.run()
        input.fileHandleForWriting.write(Data("ett-langt-losenord-1\nett-langt-losenord-1\n".utf8))
        try input.fileHandleForWriting.close()
        add.waitUntilExit()
        #expect(add.terminationStatus == 0)

        let server = try ServerProcess(dataDirectory: directory)
        try await server.waitUntilReady()
        let login = try await server.get("/login")
        _ = try await server.post(
            "/login",
            form: [
                ("_csrf", ServerProcess.csrf(login.body)), ("username", "tester"), ("password", "ett-langt-losenord-1"),
            ])
        let form = try await server.get("/datasets/new")
        let rows = 300_000
        let uploaded = try await server.upload(
            "/datasets/upload?_csrf=\(ServerProcess.csrf(form.body))", fileName: "stor.csv",
            bytes: Self.largeCSV(rows: rows))
        #expect(uploaded.status == 303, "upload accepted")
        let preview = try await server.get(uploaded.location ?? "/")
        let token = (uploaded.location ?? "").components(separatedBy: "token=").last ?? ""
        _ = try await server.post(
            "/datasets/import",
            form: [("_csrf", ServerProcess.csrf(preview.body)), ("token", token), ("name", "Stort")])
        if delayMilliseconds >= 0 {
            try await Task.sleep(for: .milliseconds(delayMilliseconds))
        } else {
            for _ in 0..<600 {
                let status = try await server.get("/imports/\(token)/status")
                if status.body.contains("Sparar") || status.body.contains("\"done\"") { break }
                try await Task.sleep(for: .milliseconds(20))
            }
        }
        server.kill()

        var logger = Logger(label: "test")
        logger.logLevel = .error
        let storage = try await Storage.open(.resolve(dataDirectory: directory, databaseURL: nil), logger: logger)
        do {
            let integrity = try await storage.sql.raw("PRAGMA integrity_check").first()?.decode(
                column: "integrity_check", as: String.self)
            #expect(integrity == "ok")
            let datasets = try await DatasetRepository(storage).list()
            #expect(datasets.count <= 1)
            print(
                "kill after \(delayMilliseconds) ms: \(datasets.isEmpty ? "nothing stored" : "complete dataset stored")"
            )
            if let version = datasets.first?.latest {
                let table = try await DatasetRepository(storage).table(versionId: version.id)
                #expect(table.rowCount == rows, "a stored dataset is complete")
                #expect(version.rowCount == rows)
            } else {
                let row = try await storage.sql.raw("SELECT COUNT(*) AS n FROM dataset_chunks").first()
                #expect(try row?.decode(column: "n", as: Int.self) == 0, "no half-written chunks")
                let versions = try await storage.sql.raw("SELECT COUNT(*) AS n FROM dataset_versions").first()
                #expect(try versions?.decode(column: "n", as: Int.self) == 0)
            }
        } catch {
            try? await storage.close()
            throw error
        }
        try await storage.close()
        try? FileManager.default.removeItem(atPath: directory)
    }
}
