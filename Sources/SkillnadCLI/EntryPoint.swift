import ArgumentParser
import Foundation
import SkillnadCore
import SkillnadImport
import SkillnadStorage

/// Runs the command with Swedish messages and meaningful exit codes; never a stack trace.
@main
enum EntryPoint {
    static func main() async {
        let arguments = Array(CommandLine.arguments.dropFirst())
        if let unknown = Skillnad.unknownCommand(arguments) { fail(unknown, code: 64) }
        do {
            var command = try Skillnad.parseAsRoot(arguments)
            if var asyncCommand = command as? any AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
        } catch let error as ImportError {
            fail(error.description, code: error.found.contains("inte finns") ? 66 : 65)
        } catch let error as AnalysisError {
            fail(error.description, code: error.isRequestProblem ? 64 : 65)
        } catch let error as CodebookError {
            fail(error.description, code: 65)
        } catch let error as CLIError {
            fail(error.message, code: error.code)
        } catch let error as StorageError {
            fail(error.description, code: 65)
        } catch {
            handleParserError(error, arguments: arguments)
        }
    }

    static func fail(_ message: String, code: Int32) -> Never {
        FileHandle.standardError.write(Data(("skillnad: " + message + "\n").utf8))
        exit(code)
    }

    static func handleParserError(_ error: any Error, arguments: [String]) -> Never {
        let code = Skillnad.exitCode(for: error)
        if code == .failure {
            // Not an argument problem: a runtime error (network, database).
            let text = String(describing: error)
            if text.contains("Address already in use") {
                fail("Porten används redan av ett annat program. Välj en annan med --port.", code: 69)
            }
            if text.contains("Connection refused") || text.contains("connectionError") {
                fail("Kunde inte ansluta till databasen: \(text)", code: 69)
            }
            fail("Ett fel inträffade: \(text)", code: 1)
        }
        let message = Skillnad.fullMessage(for: error)
        if code == .success {
            print(SwedishHelp.translate(message))
            exit(0)
        }
        var text = SwedishHelp.translate(message)
        if !text.contains("Användning") && !text.contains("ANVÄNDNING") {
            text += "\nSe \"skillnad --help\" eller \"skillnad help <kommando>\"."
        }
        FileHandle.standardError.write(Data(("skillnad: " + text + "\n").utf8))
        exit(64)
    }
}
