import Foundation
import SkillnadCore
import SkillnadFetch
import SkillnadImport

/// Writes command output: to standard output, or atomically to a file (written to a temporary
/// file in the same folder, then renamed), so a failure never leaves a partial file.
enum OutputWriter {
    static func write(_ text: String, to path: String?) throws {
        guard let path else {
            FileHandle.standardOutput.write(Data(text.utf8))
            return
        }
        let url = URL(fileURLWithPath: path)
        let folder = url.deletingLastPathComponent()
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder.path, isDirectory: &isDirectory), isDirectory.boolValue
        else {
            throw CLIError(message: "Mappen \(folder.path) finns inte; kan inte skriva \(path).", code: 73)
        }
        do {
            try Data(text.utf8).write(to: url, options: .atomic)
        } catch {
            throw CLIError(message: "Kunde inte skriva \(path): \(error.localizedDescription)", code: 73)
        }
        FileHandle.standardError.write(Data("Skrev \(path)\n".utf8))
    }

    /// Fetches with `fetch`, writes the document atomically to `path` and reads it back as the
    /// table it is; errors in Swedish with the exit codes of sysexits (69 unavailable, 73 cannot create).
    static func fetched(to path: String, _ fetch: () async throws -> Data) async throws -> DataTable {
        let data: Data
        do {
            data = try await fetch()
        } catch let error as FetchError {
            throw CLIError(message: error.description, code: 69)
        }
        let url = URL(fileURLWithPath: path)
        do {
            try data.write(to: url, options: .atomic)
        } catch {
            throw CLIError(message: "Kunde inte skriva \(path): \(error.localizedDescription)", code: 73)
        }
        return try FileImporter.read(bytes: [UInt8](data), name: url.lastPathComponent).table
    }
}
