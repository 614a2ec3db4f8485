import Foundation
import Testing

/// `skillnad signals` on Kolada's published values (the extract in the governance tests'
/// fixtures): the rules checked from the command line, with wrong arguments refused.
@Suite struct SignalsCommandTests {
    static func fixture(_ name: String) -> String {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("../SkillnadGovernanceTests/Fixtures/\(name)").standardized.path
    }

    @Test func signalsAsJSONWithAKoladaGroup() throws {
        let run = try CLIRunner.run([
            "signals", Self.fixture("kolada_N15404_N00800.csv"), "--indicator", "N15404", "--municipality", "Ale",
            "--target", "90", "--groups", Self.fixture("kolada_kommungrupp_ale.csv"), "--compare-with",
            "Liknande kommuner grundskola, Ale", "--format", "json",
        ])
        #expect(run.status == 0, "\(run.stderr)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        let signals = try #require(json["signals"] as? [String: Any])
        // Ale 2012: 85,44 % against the target 90 (more than 5 % below): röd. 2010–2012: 83,51,
        // 85,49, 85,44 (+1,93, within 5 % of 83,51): oförändrat. Lowest of the group's 8: sämsta.
        #expect(signals["status"] as? String == "röd")
        #expect(signals["trend"] as? String == "oförändrat")
        #expect(signals["quartile"] as? String == "sämsta")
        #expect((signals["comparisonSet"] as? [String: Any])?["size"] as? Int == 8)
        #expect(signals["period"] as? String == "2012")
    }

    @Test func lowerIsBetterAndADirectionTargetInText() throws {
        // Malmö, arbetslösa 16–64 (N00800): 7,0 (2009), 5,8 (2010), 8,9 (2011).
        let run = try CLIRunner.run([
            "signals", Self.fixture("kolada_N15404_N00800.csv"), "--indicator", "N00800", "--municipality", "Malmö",
            "--direction", "lagre", "--target", "minska",
        ])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("Status: röd (sur)"))
        #expect(run.stdout.contains("Trend (2009–2011): ↑ försämring"))
        #expect(run.stdout.contains("Sämsta 25% bland Alla i filen (290 med värde)"))
    }

    @Test func wrongArgumentsAreNamed() throws {
        let both = try CLIRunner.run(["signals", Self.fixture("kolada_N15404_N00800.csv"), "--municipality", "Ale"])
        #expect(both.status == 65)
        #expect(both.stderr.contains("välj en med --indicator"))
        let nowhere = try CLIRunner.run([
            "signals", Self.fixture("kolada_N15404_N00800.csv"), "--indicator", "N15404", "--municipality", "Atlantis",
        ])
        #expect(nowhere.status == 64)
        #expect(nowhere.stderr.contains("\"Atlantis\" finns inte"))
        let target = try CLIRunner.run([
            "signals", Self.fixture("kolada_N15404_N00800.csv"), "--indicator", "N15404", "--municipality", "Ale",
            "--target", "mycket",
        ])
        #expect(target.status == 64)
        #expect(target.stderr.contains("--target ska vara ett tal"))
    }
}
