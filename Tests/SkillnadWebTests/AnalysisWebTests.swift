import Foundation
import Testing

@testable import SkillnadCore
@testable import SkillnadDemo
@testable import SkillnadStorage
@testable import SkillnadWeb

/// Analyses in the browser: started from an explorer difference, every step saved, goals linked,
/// conflicts detected, readers kept read-only, the criteria computed and the report rendered.
@Suite(.serialized) struct AnalysisWebTests {
    static let query =
        "dataset=1&outcome=beviljad_insats&outcome=barnsamtal_genomfort&by=k%C3%B6n&cross=1&period=senaste"

    static func start(_ browser: Browser, method: String, difference: String) async throws -> String {
        let page = try await browser.post(
            "/analyses",
            [
                ("method", method), ("title", "Analys av \(difference)"), ("q", query.removingPercentEncoding ?? query),
                ("difference", difference),
            ])
        #expect(page.status == .seeOther)
        return try #require(page.location)
    }

    @Test func huddingeAnalysisFromTheExplorerThroughEveryStep() async throws {
        try await WebHarness.with { harness in
            try await harness.test { browser in
                try await browser.login("analytiker")
                _ = try await browser.get("/analyses")
                let goal = try await browser.post(
                    "/goals",
                    [
                        ("name", "Alla barn får det stöd de behöver"), ("level", "namnd"),
                        ("source", "Socialnämndens plan 2026"),
                    ])
                #expect(goal.status == .seeOther)
                let goalId = try #require(goal.location?.split(separator: "/").last.map(String.init))
                let url = try await Self.start(
                    browser, method: "huddinge", difference: "beviljad_insats|kön|twoGroups|K|M")
                let overview = try await browser.get(url)
                #expect(
                    overview.body.contains("Skillnaden i siffror") || overview.body.contains("Skillnaderna i siffror"))
                #expect(overview.body.contains("K 52,3"))
                #expect(overview.body.contains("<svg"))
                // The explorer's detail page links back to the analysis.
                let id =
                    "beviljad_insats|kön|twoGroups|K|M".addingPercentEncoding(withAllowedCharacters: .alphanumerics)
                    ?? ""
                let detail = try await browser.get("/explore/difference?\(Self.query)&id=\(id)")
                #expect(detail.body.contains("href=\"\(url)\""))

                let step1 = try await browser.get(url + "/steps/1")
                let rowId = try #require(step1.body.firstMatch(of: /name="d0_id" value="([a-z0-9]+)"/)?.1).description
                let saved = try await browser.post(
                    url + "/steps/1",
                    [
                        ("version", "1"), ("d0_id", rowId), ("d0_measure", "Beviljad insats, ISU 2025"),
                        ("d0_groups", "Flickor – pojkar"),
                        ("d0_numbers", "52,3 % mot 43,6 %"), ("d0_goal", goalId), ("d0_a", "3"), ("d0_b", "2"),
                        ("d0_c", "3"),
                        ("d0_ac", "8,7 procentenheter"), ("d1_measure", "Barnsamtal"), ("d1_a", "2"), ("d1_b", "2"),
                        ("d1_c", "3"),
                        ("chosen", rowId), ("choice_motivation", "Högst summa"), ("status", "klar"),
                    ])
                #expect(saved.status == .seeOther)
                let after = try await browser.get(url + "/steps/1")
                #expect(after.body.contains("D Summa: <strong>8</strong>"))
                #expect(after.body.contains("D Summa: <strong>7</strong>"))
                #expect(after.body.contains("Sorterad efter D"))
                // The summary table lists the D = 8 row before the D = 7 row.
                let summary = try #require(after.body.range(of: "<table class=\"sumtable\">"))
                let tail = after.body[summary.lowerBound...]
                #expect(
                    (tail.range(of: "Beviljad insats")?.lowerBound ?? tail.endIndex)
                        < (tail.range(of: "Barnsamtal")?.lowerBound ?? tail.startIndex))

                let step2 = try await browser.post(
                    url + "/steps/2",
                    [
                        ("version", "2"), ("ground", "kon"), ("ground", "funktionsnedsattning"),
                        ("g0_other", "socioekonomi"),
                        ("target_summary", "Pojkar med hög risk"), ("s0_factor", "Våldsutsatthet"),
                        ("s0_norm", "Pojkar klarar sig själva"),
                        ("o0_factor", "Utredningsrutiner"), ("o0_norm", "Flickor anses mer utsatta"),
                        ("judgement", "motiverad"),
                        ("proceed", "nej"), ("proceed_reason", "Förklaras av risk"), ("status", "klar"),
                    ])
                #expect(step2.status == .seeOther)
                // 2.3 says motiverad: step 3 waits ("Om skillnaden visar sig vara omotiverad går du
                // vidare till steg tre"), with a way to go on anyway that is recorded.
                let gated = try await browser.get(url + "/steps/3")
                #expect(gated.body.contains("Går du vidare till steg 3?"))
                #expect(gated.body.contains("I 2.3 är skillnaden motiverad."))
                #expect(!gated.body.contains("3.1 Vad kan Huddinge kommun göra åt detta?"))
                let step3 = try await browser.post(
                    url + "/steps/3",
                    [
                        ("version", "3"), ("gate", "1"), ("proceed_anyway", "1"),
                        ("proceed_anyway_reason", "Rutinen behövs ändå"), ("m0_level", "enheten"),
                        ("m0_text", "Checklista för riskbedömning"),
                        ("m0_effect", "4"),
                        ("m0_resources", "1"), ("m0_chosen", "1"), ("m1_level", "samverkan"),
                        ("m1_text", "Samverkan med skolan"),
                        ("m1_effect", "2"), ("m1_resources", "5"), ("responsible", "Enhetschef"),
                        ("implementation_date", "2027-03-01"),
                        ("follow_up_date", "2027-12-01"), ("notes", "Följs upp i delårsrapporten"),
                    ])
                #expect(step3.status == .seeOther)
                let measures = try await browser.get(url + "/steps/3")
                #expect(measures.body.contains("3.1 Vad kan Huddinge kommun göra åt detta?"))
                #expect(
                    measures.body.contains("3.2 a Vilka tror du att effekterna på den uppmätta skillnaden skulle bli?"))
                #expect(measures.body.contains("Åtgärd 1: effekt 4, resurser 1, mycket resurseffektiv"))
                #expect(measures.body.contains("Åtgärd 2: effekt 2, resurser 5, lite resurseffektiv"))

                let report = try await browser.get(url + "/report")
                #expect(report.status == .ok)
                for text in [
                    "Steg 1. Identifiera en skillnad", "Alla barn får det stöd de behöver", "Pojkar klarar sig själva",
                    "Checklista för riskbedömning", "Resurseffektivitet", "Enhetschef", "2027-12-01", "52,3", "<svg",
                ] {
                    #expect(report.body.contains(text), "\(text)")
                }
                // 3.5 lists the chosen measure; empty headings are not printed; the reason reads as a sentence.
                let chosen = try #require(report.body.range(of: "3.5 Valda åtgärder"))
                #expect(report.body[chosen.upperBound...].prefix(600).contains("Checklista för riskbedömning"))
                #expect(!report.body.contains("Kommentarer – A:"))
                #expect(report.body.contains("Nej, därför att förklaras av risk"))
                #expect(report.body.contains("Steg 3 trots att skillnaden inte bedömts som omotiverad"))
                #expect(report.body.contains("Rutinen behövs ändå"))
                let xlsx = try await browser.get(url + "/report.xlsx")
                #expect(xlsx.bytes.starts(with: [0x50, 0x4B]))
                let history = try await browser.get(url + "/history")
                #expect(history.body.contains("Version 4") && history.body.contains("Checklista för riskbedömning"))
                let goalPage = try await browser.get("/goals/\(goalId)")
                #expect(goalPage.body.contains("href=\"\(url)\""))
            }
        }
    }

    @Test func aStaleSaveIsAConflictShowingBothVersions() async throws {
        try await WebHarness.with { harness in
            try await harness.test { browser in
                try await browser.login("analytiker")
                _ = try await browser.get("/analyses")
                let url = try await Self.start(
                    browser, method: "huddinge", difference: "barnsamtal_genomfort|kön|twoGroups|K|M")
                // Two people opened version 1; the first saves.
                let first = try await browser.post(
                    url + "/steps/2", [("version", "1"), ("target_summary", "Pojkar"), ("judgement", "omotiverad")])
                #expect(first.status == .seeOther)
                // The second saves from version 1 too: nothing is overwritten.
                let second = try await browser.post(
                    url + "/steps/2",
                    [("version", "1"), ("target_summary", "Pojkar i Norra"), ("judgement", "motiverad")])
                #expect(second.status == .conflict)
                #expect(second.body.contains("Analysen har ändrats medan du arbetade"))
                #expect(second.body.contains("Pojkar i Norra") && second.body.contains("<td>Pojkar</td>"))
                #expect(second.body.contains("<td>Omotiverad</td>") && second.body.contains("<td>Motiverad</td>"))
                let kept = try await browser.get(url + "/steps/2")
                #expect(kept.body.contains(">Pojkar</textarea>"))
                // Saving anyway resubmits against the current version.
                #expect(second.body.contains("name=\"version\" value=\"2\""))
            }
        }
    }

    @Test func isuCriteriaOnTheDemoData() async throws {
        try await WebHarness.with { harness in
            try await harness.test { browser in
                try await browser.login("analytiker")
                _ = try await browser.get("/analyses")
                let granted = try await Self.start(
                    browser, method: "isu", difference: "beviljad_insats|kön|twoGroups|K|M")
                let setup = try await browser.get(granted + "/steps/kriterier")
                #expect(
                    setup.body.contains("value=\"Risk att fara illa (BBIC)\" checked"), "suggested by the column's code"
                )
                let computed = try await browser.post(
                    granted + "/steps/kriterier",
                    [
                        ("version", "1"), ("kind", "beslut"), ("dataset", "1"), ("outcome", "beviljad_insats"),
                        ("group_column", "kön"),
                        ("crit_behov", "risk_bbic"), ("crit_annat-satt", "annan_verksamhet"),
                        ("crit_samtycke", "samtycke"), ("action", "compute"),
                    ])
                #expect(computed.status == .seeOther)
                let result = try await browser.get(granted + "/steps/kriterier")
                #expect(
                    result.body.contains(
                        "Slutsats enligt kriterierna: <span class=\"verdict motiverad\">Motiverad</span>"))
                #expect(result.body.contains("Statistisk läsning (stöd för bedömningen): Motiverad"))
                #expect(result.body.contains("Trots att en skillnad är motiverad"))

                let talks = try await Self.start(
                    browser, method: "isu", difference: "barnsamtal_genomfort|kön|twoGroups|K|M")
                _ = try await browser.post(
                    talks + "/steps/kriterier",
                    [
                        ("version", "1"), ("kind", "delaktighet"), ("dataset", "1"),
                        ("outcome", "barnsamtal_genomfort"),
                        ("group_column", "kön"), ("crit_onskemal-delta", "ville_delta"),
                        ("crit_vardnadshavare", "vh_hindrade"),
                        ("crit_funktion-sprak", "kommunikationsstod_fn"), ("crit_funktion-sprak", "tolk"),
                        ("action", "compute"),
                    ])
                let unexplained = try await browser.get(talks + "/steps/kriterier")
                #expect(
                    unexplained.body.contains(
                        "Slutsats enligt kriterierna: <span class=\"verdict omotiverad\">Omotiverad</span>"))
                let report = try await browser.get(talks + "/report")
                #expect(report.body.contains("Bilaga. Kriterier för omotiverade skillnader"))
                #expect(report.body.contains("Slutsats enligt kriterierna</dt><dd class=\"pre\">Omotiverad"))
            }
        }
    }

    /// The seed allows the information to come from the case-management system or from reading
    /// case files: criteria answered by hand, without a dataset, round-trip and decide by the rule.
    @Test func criteriaAnsweredByHandRoundTrip() async throws {
        try await WebHarness.with { harness in
            try await harness.test { browser in
                try await browser.login("analytiker")
                _ = try await browser.get("/analyses")
                let url = try await Self.start(browser, method: "isu", difference: "beviljad_insats|kön|twoGroups|K|M")
                _ = try await browser.get(url + "/steps/kriterier")
                let saved = try await browser.post(
                    url + "/steps/kriterier",
                    [
                        ("version", "1"), ("kind", "beslut"), ("dataset", ""), ("group1", "Flickor"),
                        ("group2", "Pojkar"), ("src_behov", "antal"), ("cnt_behov_what", "Våldsutsatta"),
                        ("cnt_behov_a", "20"), ("cnt_behov_n", "50"), ("cnt_behov_b", "10"), ("cnt_behov_m", "50"),
                        ("jud_behov", "forklarar-inte"), ("why_behov", "Flickorna är oftare våldsutsatta."),
                        ("from_behov", "Aktgranskning av 100 akter"), ("src_annat-satt", "kvalitativ"),
                        ("jud_annat-satt", "forklarar"), ("why_annat-satt", "Pojkarna hänvisas oftare till BUP."),
                        ("from_annat-satt", "Verksamhetssystemet"), ("src_samtycke", "kvalitativ"),
                        ("jud_samtycke", "forklarar-inte"), ("judgement", "motiverad"),
                        ("judgement_reason", "Behovet tillgodoses på annat sätt."), ("action", "compute"),
                    ])
                #expect(saved.status == .seeOther)
                let page = try await browser.get(url + "/steps/kriterier")
                #expect(
                    page.body.contains(
                        "Slutsats enligt kriterierna: <span class=\"verdict motiverad\">Motiverad</span>"))
                #expect(page.body.contains("name=\"src_behov\" value=\"antal\" checked"))
                #expect(
                    page.body.contains("value=\"Våldsutsatta\"")
                        && page.body.contains("name=\"cnt_behov_n\" value=\"50\""))
                #expect(page.body.contains("name=\"jud_annat-satt\" value=\"forklarar\" checked"))
                #expect(page.body.contains("Aktgranskning av 100 akter"))
                #expect(page.body.contains("Flickor 40,0"), "the counts compared")
                #expect(page.body.contains("name=\"judgement\" value=\"motiverad\" checked"))
                #expect(!page.body.contains("Statistisk läsning (stöd"), "nothing computed from data")
                // The seven consent answers and the numbered information needed are on the page.
                #expect(page.body.contains("Samtycke ej tillförlitligt, skäl för LVU"))
                #expect(page.body.contains("Tre alternativ, där uppgifter om alla tre ger säkrast underlag"))
                // A count above its total is refused and nothing is saved.
                let wrong = try await browser.post(
                    url + "/steps/kriterier",
                    [
                        ("version", "2"), ("kind", "beslut"), ("dataset", ""), ("src_behov", "antal"),
                        ("cnt_behov_a", "60"), ("cnt_behov_n", "50"),
                    ])
                #expect(wrong.status == .badRequest)
                #expect(wrong.body.contains("antalet med kännetecknet måste vara mellan 0 och antalet undersökta"))
                let report = try await browser.get(url + "/report")
                #expect(report.body.contains("Pojkarna hänvisas oftare till BUP."))
                #expect(report.body.contains("Slutsats enligt kriterierna</dt><dd class=\"pre\">Motiverad"))
            }
        }
    }

    @Test func criteriaOfBothKindsAreOnThePageAndAFailedComputeKeepsTheResult() async throws {
        try await WebHarness.with { harness in
            try await harness.test { browser in
                try await browser.login("analytiker")
                _ = try await browser.get("/analyses")
                let url = try await Self.start(browser, method: "isu", difference: "beviljad_insats|kön|twoGroups|K|M")
                let setup = try await browser.get(url + "/steps/kriterier")
                // Both kinds' criteria are rendered; the other kind's are hidden until the kind changes.
                #expect(setup.body.contains("<div class=\"criteria-group\" data-kind=\"beslut\">"))
                #expect(setup.body.contains("<div class=\"criteria-group\" data-kind=\"delaktighet\" hidden>"))
                #expect(
                    setup.body.contains("name=\"crit_behov\"") && setup.body.contains("name=\"crit_onskemal-delta\""))
                // Only individual-level datasets can give criteria: the aggregated demo tables are not offered.
                let select = try #require(
                    setup.body.range(of: #"<select id="dataset"[^\n]*?</select>"#, options: .regularExpression))
                #expect(setup.body[select].contains("<option value=\"1\""))
                #expect(!setup.body[select].contains("<option value=\"2\""))
                #expect(!setup.body[select].contains("<option value=\"3\""))

                let computed = try await browser.post(
                    url + "/steps/kriterier",
                    [
                        ("version", "1"), ("kind", "beslut"), ("dataset", "1"), ("outcome", "beviljad_insats"),
                        ("group_column", "kön"), ("crit_behov", "risk_bbic"), ("action", "compute"),
                    ])
                #expect(computed.status == .seeOther)
                // Switching kind without linking a criterion is refused, and the earlier result stays.
                let refused = try await browser.post(
                    url + "/steps/kriterier",
                    [
                        ("version", "2"), ("kind", "delaktighet"), ("dataset", "1"), ("outcome", "beviljad_insats"),
                        ("group_column", "kön"), ("action", "compute"),
                    ])
                #expect(refused.status == .badRequest)
                #expect(refused.body.contains("Koppla minst ett kriterium"))
                let kept = try await browser.get(url + "/steps/kriterier")
                #expect(kept.body.contains("Statistisk läsning (stöd för bedömningen): Motiverad"))
            }
        }
    }

    @Test func readersReadButCannotEdit() async throws {
        try await WebHarness.with { harness in
            try await harness.test { browser in
                try await browser.login("analytiker")
                _ = try await browser.get("/analyses")
                let url = try await Self.start(
                    browser, method: "huddinge", difference: "beviljad_insats|kön|twoGroups|K|M")
                _ = try await browser.get("/analyses")
                _ = try await browser.post("/logout", [])
                try await browser.login("lasare")
                _ = try await browser.get("/analyses")
                let page = try await browser.get(url + "/steps/1")
                #expect(page.status == .ok)
                #expect(page.body.contains("Du kan läsa analysen men inte ändra den."))
                #expect(!page.body.contains("<form method=\"post\""), "a reader gets no step form")
                #expect(!page.body.contains("<textarea") && !page.body.contains("<select"))
                #expect(!page.body.contains("Spara</button>"))
                #expect(page.body.contains("1.1–1.3 Skillnader, målkoppling och väsentlighet"), "the step as read")
                #expect(!page.body.contains("Steg 1. Identifiera en skillnad"), "the page heading is not repeated")
                #expect(
                    try await browser.post(url + "/steps/1", [("version", "1"), ("choice_motivation", "x")]).status
                        == .forbidden)
                #expect(try await browser.get("/analyses/new").status == .forbidden)
                #expect(try await browser.get(url + "/report").status == .ok)
            }
        }
    }

    @Test func aNewDatasetVersionIsShownBesideTheOldNumbers() async throws {
        try await WebHarness.with { harness in
            try await harness.test { browser in
                try await browser.login("analytiker")
                _ = try await browser.get("/analyses")
                let url = try await Self.start(
                    browser, method: "huddinge", difference: "beviljad_insats|kön|twoGroups|K|M")
                #expect(!(try await browser.get(url)).body.contains("Datasetet har en ny version"))
                // Version 2: every other girl granted an intervention is now not granted.
                let cases = Storkoping.isuCases()
                let sex = try #require(cases.column(named: "kön"))
                var flip = false
                let columns = cases.columns.map { column -> Column in
                    let values = (0..<cases.rowCount).map { row -> String? in
                        let value = column.text(at: row)
                        guard column.name == "beviljad_insats", sex.text(at: row) == "K", value == "Ja" else {
                            return value
                        }
                        flip.toggle()
                        return flip ? "Nej" : value
                    }
                    return Column(name: Storkoping.codebook.label(column.name) ?? column.name, text: values)
                }
                let latest = try #require(try await harness.services.datasets.versions(datasetId: 1).last)
                let dataset = try #require(try await harness.services.datasets.dataset(id: 1))
                _ = try await harness.services.datasets.importVersion(
                    datasetId: 1,
                    metadata: .init(
                        name: dataset.name, description: dataset.description, source: dataset.source,
                        period: dataset.period),
                    table: DataTable(source: "version2.csv", columns: columns), columns: latest.columns,
                    shape: .individual,
                    fileName: "version2.csv", userId: nil, audit: nil)
                await harness.services.cache.forgetMetadata(1)
                let overview = try await browser.get(url)
                #expect(overview.body.contains("Datasetet har en ny version"))
                #expect(overview.body.contains("Version 2 av datasetet"))
                #expect(overview.body.contains("Skillnaden har bytt riktning."))
                let refreshed = try await browser.post(url + "/refresh", [("version", "1")])
                #expect(refreshed.status == .seeOther)
                let after = try await browser.get(url)
                #expect(!after.body.contains("Datasetet har en ny version"))
                #expect(after.body.contains("version 2 (hämtat"))
                #expect(
                    (try await browser.get(url + "/history")).body.contains(
                        "Siffrorna uppdaterade till datasetversion 2"))
            }
        }
    }

    @Test func aDifferenceFromTheExplorerJoinsAnExistingAnalysis() async throws {
        try await WebHarness.with { harness in
            try await harness.test { browser in
                try await browser.login("analytiker")
                _ = try await browser.get("/analyses")
                let url = try await Self.start(browser, method: "isu", difference: "beviljad_insats|kön|twoGroups|K|M")
                let id = "barnsamtal_genomfort|kön|twoGroups|K|M"
                let detail = try await browser.get(
                    "/explore/difference?\(Self.query)&id=\(id.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "")"
                )
                #expect(detail.body.contains("Lägg till i en befintlig analys"))
                let added = try await browser.post(
                    "/analyses/add-difference",
                    [
                        ("analysis", String(url.split(separator: "/").last ?? "")),
                        ("q", Self.query.removingPercentEncoding ?? Self.query), ("difference", id),
                    ])
                #expect(added.status == .seeOther)
                let step1 = try await browser.get(url + "/steps/1")
                #expect(step1.body.contains("«Barnsamtal genomfört» efter kön"))
                #expect(step1.body.contains("«Beviljad insats» efter kön"))
                let linked = try await browser.get(
                    "/explore/difference?\(Self.query)&id=\(id.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "")"
                )
                #expect(linked.body.contains("href=\"\(url)\""))
            }
        }
    }
}
