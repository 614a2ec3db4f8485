import ArgumentParser

/// The `skillnad` command.
struct Skillnad: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "skillnad",
        abstract:
            "Hitta, pröva och rangordna skillnader mellan grupper – kön, ålder, område, födelseland och deras korsningar.",
        discussion: """
            Exempel:
              skillnad serve --demo
              skillnad scan --demo
              skillnad scan data.csv --outcome beviljad_insats --by kön,område --cross 2
              skillnad describe data.csv
              skillnad compare data.csv --outcome beviljad_insats --by kön --adjust-for risk_bbic
              skillnad demo-data --out demo
              skillnad kolada fetch --kpi N00945 --municipality 0180,1480 --years 2015-2024 --out kolada.json
            """,
        subcommands: [
            ServeCommand.self, ScanCommand.self, DescribeCommand.self, CompareCommand.self, DemoDataCommand.self,
            UserCommand.self, KoladaCommand.self, PxWebCommand.self, SignalsCommand.self,
        ])
}

extension Skillnad {
    /// The message for a first argument that is no command ("scna" → "Menade du scan?"), or nil
    /// when the arguments start with a command or a flag.
    static func unknownCommand(_ arguments: [String]) -> String? {
        guard let first = arguments.first, !first.hasPrefix("-") else { return nil }
        let names = configuration.subcommands.map { $0._commandName } + ["help"]
        guard !names.contains(first) else { return nil }
        let closest = names.min { EditDistance.between(first, $0) < EditDistance.between(first, $1) }
        var message = "Okänt kommando \"\(first)\"."
        if let closest, EditDistance.between(first, closest) <= 2 { message += " Menade du \"\(closest)\"?" }
        return message + " Kommandon: \(names.filter { $0 != "help" }.joined(separator: ", ")). "
            + "Se \"skillnad --help\"."
    }
}

/// Levenshtein distance between two words, for suggesting the command a typo meant.
enum EditDistance {
    static func between(_ a: String, _ b: String) -> Int {
        let a = Array(a)
        let b = Array(b)
        var previous = Array(0...b.count)
        for i in 1...max(a.count, 1) where !a.isEmpty {
            var current = [i] + Array(repeating: 0, count: b.count)
            for j in 1...max(b.count, 1) where !b.isEmpty {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            previous = current
        }
        return a.isEmpty ? b.count : previous[b.count]
    }
}
