import Foundation

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
}
