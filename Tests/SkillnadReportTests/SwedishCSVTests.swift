import Testing

@testable import SkillnadReport

/// CSV for Swedish Excel, safe against formula injection (OWASP, "CSV Injection").
@Suite struct SwedishCSVTests {
    @Test func cellsThatWouldRunAsFormulasAreDefused() {
        var csv = SwedishCSV()
        csv.append(["=HYPERLINK(\"http://evil.example\",\"klicka\")", "+cmd|' /C calc'!A0", "@SUM(A1:A9)", "-2+3"])
        csv.append(["\tdold", "\rdold", "-3", "-1,5", "+2", "Östra"])
        let lines = csv.text.dropFirst().split(separator: "\r\n").map(String.init)
        #expect(
            lines[0]
                == "\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"klicka\"\")\";'+cmd|' /C calc'!A0;'@SUM(A1:A9);'-2+3")
        #expect(lines[1].hasPrefix("'\tdold;\"'\rdold\";-3;-1,5;+2;Östra"))
    }

    @Test func numbersUseDecimalCommasAndStayNumbers() {
        #expect(SwedishCSV.number(-0.25) == "-0,25")
        #expect(SwedishCSV.number(1234.5, decimals: 1) == "1234,5")
        #expect(SwedishCSV.neutralised(SwedishCSV.number(-12)) == "-12")
    }
}
