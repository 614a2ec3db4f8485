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
            """,
        subcommands: [
            ServeCommand.self, ScanCommand.self, DescribeCommand.self, CompareCommand.self, DemoDataCommand.self,
            UserCommand.self,
        ])
}
