import ArgumentParser
import Foundation
import SkillnadCore
import SkillnadDemo
import SkillnadReport

/// `skillnad demo-data`: writes the Storköping demo files.
struct DemoDataCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "demo-data",
        abstract: "Skriv Storköpings syntetiska demodata som CSV-filer.",
        discussion: """
            Skriver storkoping_isu.csv (ISU-ärenden, ca 20 000), storkoping_skolresultat.csv (skola × kön × år) och
            storkoping_omradesindikatorer.csv (område × kön × år) och kolumnernas etiketter i
            storkoping_kodlista.csv (för --codebook). Data är syntetiska och samma vid varje körning.
            Fyra skillnader är inplanterade; se README.
            """)

    @Option(name: .long, help: "Mapp att skriva till (skapas om den saknas).")
    var out: String

    func run() throws {
        let fm = FileManager.default
        var isDirectory: ObjCBool = false
        if fm.fileExists(atPath: out, isDirectory: &isDirectory), !isDirectory.boolValue {
            throw CLIError(message: "\(out) är en fil, inte en mapp.", code: 73)
        }
        do {
            try fm.createDirectory(atPath: out, withIntermediateDirectories: true)
        } catch {
            throw CLIError(message: "Kunde inte skapa mappen \(out): \(error.localizedDescription)", code: 73)
        }
        let tables = [Storkoping.isuCases(), Storkoping.schoolResults(), Storkoping.areaIndicators()]
        for table in tables {
            let path = (out as NSString).appendingPathComponent(table.source)
            try OutputWriter.write(DataTableCSV.render(table), to: path)
        }
        let codes = Storkoping.codebook.labels.keys.sorted()
        let codebook = DataTable(
            source: "storkoping_kodlista.csv",
            columns: [
                Column(name: "kod", text: codes),
                Column(name: "etikett", text: codes.map { Storkoping.codebook.labels[$0] }),
            ])
        try OutputWriter.write(
            DataTableCSV.render(codebook), to: (out as NSString).appendingPathComponent(codebook.source))
        var readme = "Storköping – syntetiska demodata\n\nInplanterade skillnader:\n"
        for planted in Storkoping.planted {
            readme +=
                "- \(planted.outcome) efter \(planted.dimensions.joined(separator: " × ")): \(planted.description)\n"
        }
        try OutputWriter.write(readme, to: (out as NSString).appendingPathComponent("LÄSMIG.txt"))
    }
}
