import ArgumentParser
import Foundation
import Hummingbird
import Logging
import SkillnadStorage
import SkillnadWeb

/// `skillnad serve`: the web application.
struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Starta webbapplikationen.",
        discussion: """
            Startar Skillnad i webbläsaren. Data sparas i en SQLite-databas i --data-dir, eller i PostgreSQL med
            --database postgres://… (när flera instanser delar databas). Med --demo läses Storköpings demodata in
            vid första start och tre demokonton skapas; lösenorden skrivs ut en gång.
            Skapa administratörer med: skillnad user add NAMN --role admin
            """)

    @Option(name: .long, help: "Port att lyssna på.")
    var port: Int = 8080

    @Option(name: .long, help: "Adress att lyssna på (0.0.0.0 för alla nätverk).")
    var host: String = "127.0.0.1"

    @Option(name: .customLong("data-dir"), help: "Mapp för databasen.")
    var dataDirectory: String = "data"

    @Option(
        name: .long, help: "PostgreSQL-adress, postgres://användare:lösenord@värd:5432/databas (i stället för SQLite).")
    var database: String?

    @Flag(name: .long, help: "Läs in Storköpings demodata vid första start.")
    var demo = false

    @Flag(name: .long, help: "Markera kakor som Secure (servern nås via https).")
    var secureCookies = false

    @Option(name: .long, help: "Största uppladdning i MB.")
    var uploadLimit: Int = 200

    @Option(name: .long, help: "Koladas adress för ”Hämta från Kolada” (standard https://api.kolada.se).")
    var koladaURL: String = "https://api.kolada.se"

    func run() async throws {
        var logger = Logger(label: "skillnad")
        logger.logLevel = .info
        let configuration = WebConfiguration(
            host: host, port: port, dataDirectory: dataDirectory, databaseURL: database, demo: demo,
            secureCookies: secureCookies, uploadLimitMB: uploadLimit, koladaURL: koladaURL)
        let (application, services) = try await WebApplication.build(configuration: configuration, logger: logger)
        print("Skillnad startar på http://\(host == "0.0.0.0" ? "localhost" : host):\(port)/")
        print("Databas: \(StorageConfiguration.resolve(dataDirectory: dataDirectory, databaseURL: database).redacted)")
        for line in services.startupMessages { print(line) }
        if try await services.users.count() == 0 {
            print(
                "Det finns inga konton ännu. Skapa en administratör: skillnad user add NAMN --role admin --data-dir \(dataDirectory)"
            )
        } else {
            print("Logga in med ditt konto. Nya konton: skillnad user add NAMN --role analyst|reader|admin")
        }
        // Flush now: output to a pipe or log would otherwise wait until the server stops.
        fflush(nil)
        try await application.runService()
    }
}
