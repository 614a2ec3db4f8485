import ArgumentParser
import Foundation
import SkillnadCore
import SkillnadImport

/// Runs the command with Swedish messages and meaningful exit codes; never a stack trace.
@main
enum EntryPoint {
    static func main() {
        let arguments = Array(CommandLine.arguments.dropFirst())
        do {
            var command = try Skillnad.parseAsRoot(arguments)
            try command.run()
        } catch let error as ImportError {
            fail(error.description, code: error.found.contains("inte finns") ? 66 : 65)
        } catch let error as AnalysisError {
            fail(error.description, code: 65)
        } catch let error as CLIError {
            fail(error.message, code: error.code)
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
