import ArgumentParser
import Foundation
import Logging
import SkillnadCore
import SkillnadStorage
import SkillnadWeb

#if canImport(Glibc)
    import Glibc
#endif

/// `skillnad user`: accounts from the terminal.
struct UserCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "user", abstract: "Hantera konton.", subcommands: [AddUser.self, SetPassword.self, ListUsers.self])
}

/// Options naming the database.
struct DatabaseOptions: ParsableArguments {
    @Option(name: .customLong("data-dir"), help: "Mapp för databasen.")
    var dataDirectory: String = "data"

    @Option(name: .long, help: "PostgreSQL-adress (i stället för SQLite).")
    var database: String?

    func open() async throws -> Storage {
        var logger = Logger(label: "skillnad")
        logger.logLevel = .error
        let storage = try await Storage.open(
            .resolve(dataDirectory: dataDirectory, databaseURL: database), logger: logger)
        try await storage.migrate()
        return storage
    }
}

/// Reads a password from the terminal without echo, twice.
enum PasswordPrompt {
    static func read(_ prompt: String) throws -> String {
        guard let first = readSecret(prompt), let second = readSecret("Upprepa lösenordet: ") else {
            throw CLIError(message: "Inget lösenord angavs.", code: 64)
        }
        guard first == second else { throw CLIError(message: "Lösenorden är inte lika.", code: 64) }
        return first
    }

    static func readSecret(_ prompt: String) -> String? {
        FileHandle.standardError.write(Data(prompt.utf8))
        var original = termios()
        let interactive = isatty(STDIN_FILENO) == 1 && tcgetattr(STDIN_FILENO, &original) == 0
        if interactive {
            var silent = original
            silent.c_lflag &= ~tcflag_t(ECHO)
            tcsetattr(STDIN_FILENO, TCSANOW, &silent)
        }
        defer {
            if interactive {
                tcsetattr(STDIN_FILENO, TCSANOW, &original)
                FileHandle.standardError.write(Data("\n".utf8))
            }
        }
        return readLine(strippingNewline: true)
    }
}

struct AddUser: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "add",
        abstract: "Skapa ett konto. Lösenordet frågas efter i terminalen, aldrig på kommandoraden.")

    @Argument(help: ArgumentHelp("Användarnamn.", valueName: "namn"))
    var username: String

    @Option(name: .long, help: "Roll: admin, analyst eller reader.")
    var role: String = "analyst"

    @Option(name: .long, help: "Namn som visas (standard: användarnamnet).")
    var name: String?

    @OptionGroup var database: DatabaseOptions

    func run() async throws {
        guard let parsed = UserRole(userInput: role) else {
            throw CLIError(message: "Rollen \"\(role)\" finns inte. Välj admin, analyst eller reader.", code: 64)
        }
        guard !username.isEmpty, !username.contains(where: { $0.isWhitespace }) else {
            throw CLIError(message: "Användarnamnet får inte vara tomt eller innehålla mellanslag.", code: 64)
        }
        let storage = try await database.open()
        defer { Task { try? await storage.close() } }
        if try await UserRepository(storage).find(username: username) != nil {
            throw CLIError(message: "Användaren \(username) finns redan.", code: 65)
        }
        let password = try PasswordPrompt.read("Lösenord för \(username): ")
        if let problem = Passwords.problem(password, username: username) { throw CLIError(message: problem, code: 64) }
        let user = try await UserRepository(storage).create(
            username: username, displayName: name ?? username, passwordHash: try await Passwords.hash(password),
            role: parsed)
        try await AuditLog(storage).append(
            AuditEntry(
                at: Storage.now, userId: nil, username: "kommandorad", action: .userCreate,
                object: "user \(user.username)",
                detail: "roll: \(parsed.rawValue)", address: "lokal"))
        print("Kontot \(user.username) (\(parsed.swedishName)) är skapat.")
    }
}

struct SetPassword: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "password", abstract: "Byt lösenord för ett konto.")

    @Argument(help: ArgumentHelp("Användarnamn.", valueName: "namn"))
    var username: String

    @OptionGroup var database: DatabaseOptions

    func run() async throws {
        let storage = try await database.open()
        defer { Task { try? await storage.close() } }
        guard let user = try await UserRepository(storage).find(username: username) else {
            throw CLIError(message: "Användaren \(username) finns inte.", code: 65)
        }
        let password = try PasswordPrompt.read("Nytt lösenord för \(username): ")
        if let problem = Passwords.problem(password, username: username) { throw CLIError(message: problem, code: 64) }
        try await UserRepository(storage).setPassword(id: user.id, hash: try await Passwords.hash(password))
        try await KeyValueStore(storage).removeAll(prefix: "session.")
        try await AuditLog(storage).append(
            AuditEntry(
                at: Storage.now, userId: nil, username: "kommandorad", action: .userUpdate,
                object: "user \(user.username)",
                detail: "nytt lösenord", address: "lokal"))
        print("Lösenordet för \(username) är bytt.")
    }
}

struct ListUsers: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: "Lista konton.")

    @OptionGroup var database: DatabaseOptions

    func run() async throws {
        let storage = try await database.open()
        defer { Task { try? await storage.close() } }
        for user in try await UserRepository(storage).all() {
            print(
                "\(user.username)\t\(user.role.swedishName)\t\(user.active ? "aktiv" : "avstängd")\t\(user.displayName)"
            )
        }
    }
}
