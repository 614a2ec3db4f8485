import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing

@testable import SkillnadDemo
@testable import SkillnadStorage
@testable import SkillnadWeb

/// Governance on the web: the Storköping demo's cockpit, goal → indicator → signals → an analysis
/// started from the gap, values entered with validation, the API, and what readers see.
@Suite(.serialized) struct GovernanceWebTests {
    @Test func theDemoCockpitShowsEverySignal() async throws {
        try await WebHarness.with { harness in
            try await harness.test { browser in
                try await browser.login("analytiker")
                let page = try await browser.get("/styrning")
                #expect(page.status == .ok)
                for text in [
                    "Målet nås", "Nära målet", "Målet nås inte", "Kan inte bedömas", "förbättring", "oförändrat",
                    "försämring", "Bästa 25%", "Mittersta 50%", "Sämsta 25%", "Ingen data", "skillnaden ökar",
                ] {
                    #expect(page.body.contains(text), "the demo shows \(text)")
                }
                // Negative deviations first: the first row of the page is a red face.
                #expect(page.body.contains("K 88,1 % · M 79,7 %"), "women and men beside the total")
                let first = try #require(page.body.range(of: "class=\"signal "))
                #expect(page.body[first.upperBound...].hasPrefix("status-sur"))
                let deviations = try await browser.get("/styrning?visa=avvikelser&grupp=kkik")
                #expect(deviations.body.contains("Din kommuns tillgänglighet"))
                #expect(
                    !deviations.body.contains("Andel som får svar på e-post inom en dag"),
                    "a green, improving row is left out")
            }
        }
    }

    @Test func womenAndMenGetTheirOwnQuartileBox() async throws {
        try await WebHarness.with { harness in
            try await harness.test { browser in
                try await browser.login("analytiker")
                let record = try #require(
                    try await harness.services.indicators.all().first {
                        $0.indicator.name.hasPrefix("Elever i åk 9 som är behöriga till yrkesprogram")
                    })
                // Storköping 2025: women 88,1, men 79,7; the others' women and men are stored by kön.
                let values = try await harness.services.indicators.values(record.indicator.id)
                let women = values.values(period: "2025", except: "Storköping", sex: "K").values
                let men = values.values(period: "2025", except: "Storköping", sex: "M").values
                let n = Double(women.count + 1)
                func box(_ own: Double, _ others: Dictionary<String, Double>.Values) -> String {
                    let better = others.filter { $0 > own }.count
                    let worse = others.filter { $0 < own }.count
                    return Double(better) < n / 4 ? "Bästa 25%" : Double(worse) < n / 4 ? "Sämsta 25%" : "Mittersta 50%"
                }
                let page = try await browser.get("/styrning/indikatorer/\(record.indicator.id)")
                #expect(
                    page.body.contains("Efter kön: kvinnor \(box(88.1, women)), män \(box(79.7, men))"),
                    "each kön ranked among the same kön")
            }
        }
    }

    @Test func goalToIndicatorToSignalToAnAnalysisOfTheGap() async throws {
        try await WebHarness.with { harness in
            try await harness.test { browser in
                try await browser.login("analytiker")
                let goals = try await browser.get("/goals")
                let goalLink = try #require(
                    goals.body.firstMatch(of: /<a href="(\/goals\/[0-9]+)">Fler elever når behörighet till gymnasiet</)
                        .map {
                            String($0.1)
                        })
                let goal = try await browser.get(goalLink)
                #expect(goal.body.contains("Barn- och utbildningsnämnden"))
                let indicatorLink = try #require(
                    goal.body.firstMatch(
                        of:
                            /<a href="(\/styrning\/indikatorer\/[0-9]+)">Elever i åk 9 som är behöriga till yrkesprogram/
                    ).map { String($0.1) })
                let indicator = try await browser.get(indicatorLink)
                #expect(indicator.status == .ok)
                // Storköping 2025: 83,9 % against the target 90 (more than 5 % below): red.
                #expect(indicator.body.contains("status-sur"))
                #expect(indicator.body.contains("mål minst 90"))
                #expect(indicator.body.contains("Förväntad bana mot målet") == false, "no baseline: no path")
                // The gap: women 88,1, men 79,7 → +8,4 p.e. with its interval (n 590 each).
                #expect(indicator.body.contains("K − M +8,4 p.e. (95 % KI"))
                let start = try #require(
                    indicator.body.firstMatch(of: /<a href="(\/analyses\/new\?method=huddinge[^"]*)"/).map {
                        String($0.1).replacingOccurrences(of: "&amp;", with: "&")
                    })
                let form = try await browser.get(start)
                #expect(form.status == .ok)
                #expect(form.body.contains("Skillnad mellan kvinnor och män: Elever i åk 9"))

                // A period's values entered by hand; wrong input is named and nothing is saved.
                let id = try #require(indicatorLink.split(separator: "/").last.map(String.init))
                let wrong = try await browser.post(
                    "/styrning/indikatorer/\(id)/varden", [("period", "2026"), ("total", "åttiofem")])
                #expect(wrong.status == .badRequest)
                #expect(wrong.body.contains("Värde totalt: ”åttiofem” är inget tal"))
                let badPeriod = try await browser.post(
                    "/styrning/indikatorer/\(id)/varden", [("period", "26"), ("total", "85")])
                #expect(badPeriod.body.contains("Ange perioden som ett år"))
                let saved = try await browser.post(
                    "/styrning/indikatorer/\(id)/varden",
                    [("period", "2026"), ("total", "90,5"), ("women", "92"), ("men", "89"), ("total_n", "1200")])
                #expect(saved.status == .seeOther)
                let after = try await browser.get(indicatorLink)
                #expect(after.body.contains("Signaler, 2026"))
                #expect(after.body.contains("inmatat, analytiker"))
                let values = try await harness.services.indicators.values(try #require(Int64(id)))
                #expect(values.contains { $0.period == "2026" && $0.sex == "K" && $0.value == 92 })
                let audit = try await harness.services.audit.entries(AuditFilter())
                #expect(audit.contains { $0.action == "goal.indicator.values" && $0.detail.contains("2026") })
            }
        }
    }

    @Test func anIndicatorNeedsAGoalFirstAndAnInformationMeasureNoTarget() async throws {
        try await WebHarness.with { harness in
            try await harness.test { browser in
                try await browser.login("analytiker")
                let form = try await browser.get("/styrning/indikatorer/ny")
                #expect(form.status == .ok)
                let noGoal = try await browser.post(
                    "/styrning/indikatorer", [("name", "Antal nystartade företag"), ("category", "viktig-information")])
                #expect(noGoal.status == .badRequest)
                #expect(noGoal.body.contains("Formulera målet först"))
                let goal = try #require(try await harness.services.goals.all().first)
                let target = try await browser.post(
                    "/styrning/indikatorer",
                    [
                        ("name", "Antal nystartade företag"), ("category", "viktig-information"),
                        ("goal", String(goal.id)),
                        ("targets", "2026: 120"), ("tolerance", "5"),
                    ])
                #expect(target.body.contains("kan inte målsättas"))
                let created = try await browser.post(
                    "/styrning/indikatorer",
                    [
                        ("name", "Antal nystartade företag"), ("category", "viktig-information"),
                        ("goal", String(goal.id)),
                        ("tolerance", "5"), ("direction", "hogre"), ("individ", "1"),
                    ])
                #expect(created.status == .seeOther)
                let page = try await browser.get(try #require(created.location))
                #expect(page.body.contains("Kan inte bedömas"))
            }
        }
    }

    @Test func readersSeeTheCockpitAndTheAPIGivesTheSignals() async throws {
        try await WebHarness.with { harness in
            try await harness.test { browser in
                try await browser.login("lasare")
                let cockpit = try await browser.get("/styrning")
                #expect(cockpit.status == .ok)
                #expect(!cockpit.body.contains("Ny indikator"))
                let id = try #require(
                    cockpit.body.firstMatch(of: /\/styrning\/indikatorer\/([0-9]+)/).map { String($0.1) })
                let page = try await browser.get("/styrning/indikatorer/\(id)")
                #expect(!page.body.contains("Mata in värden"))
                let refused = try await browser.post(
                    "/styrning/indikatorer/\(id)/varden", [("period", "2026"), ("total", "1")])
                #expect(refused.status == .forbidden)

                // The API is used with a key (bearer), issued by an administrator for the reader.
                let admin = Browser(client: browser.client)
                try await admin.login("admin")
                _ = try await admin.get("/admin/tokens")
                let reader = try #require(try await harness.services.users.find(username: "lasare"))
                let issued = try await admin.post("/admin/tokens", [("user", String(reader.id)), ("name", "Power BI")])
                let range = try #require(issued.body.range(of: #"sk_[0-9a-f]{64}"#, options: .regularExpression))
                let key: HTTPFields = [.authorization: "Bearer \(issued.body[range])"]
                let client = Browser(client: browser.client)
                let api = try await client.request(.get, "/api/v1/indicators", headers: key)
                #expect(api.status == .ok)
                let json = try #require(try JSONSerialization.jsonObject(with: Data(api.body.utf8)) as? [String: Any])
                let list = try #require(json["indicators"] as? [[String: Any]])
                #expect(
                    list.count == 23,
                    "20 with stored values, a ja/nej and a text indicator, one computed from a dataset")
                let statuses = Set(list.compactMap { $0["status"] as? String })
                #expect(statuses == ["grön", "gul", "röd", "vit"])
                let school = try #require(
                    list.first { ($0["name"] as? String)?.hasPrefix("Elever i åk 9 som är behöriga") == true })
                #expect(school["quartile"] as? String == "mittersta")
                let bySex = try #require(school["quartilesBySex"] as? [String: String], "women's and men's boxes")
                #expect(bySex.keys.sorted() == ["men", "women"])
                // The demo's 2025: 83,9 % with a gap of 8,4 p.e. → 88,1 and 79,7.
                #expect(abs((school["women"] as? Double ?? 0) - 88.1) < 1e-9)
                #expect(abs((school["men"] as? Double ?? 0) - 79.7) < 1e-9)
                #expect((school["comparisonSet"] as? [String: Any])?["size"] as? Int == 25)
                #expect((school["gap"] as? [String: Any])?["estimate"] as? Double != nil)
                let goals = try await client.request(.get, "/api/v1/goals", headers: key)
                let tree = try #require(try JSONSerialization.jsonObject(with: Data(goals.body.utf8)) as? [String: Any])
                let roots = try #require(tree["goals"] as? [[String: Any]])
                #expect(roots.count == 4)
                #expect(roots.contains { (($0["children"] as? [[String: Any]])?.isEmpty == false) })
            }
        }
    }

    /// "Hämta från Kolada" on an indicator page, against a local server in the API's shape:
    /// every municipality's values of the last six years (Riket and regions left out), K/M/T kept,
    /// the fetch time shown, the quartile computed among the municipalities.
    @Test func aKoladaIndicatorIsRefreshedOnDemand() async throws {
        let router = Router()
        router.get("/v2/data/kpi/{kpi}/year/{years}") { _, context -> Response in
            let years = (context.parameters.get("years") ?? "").split(separator: ",").compactMap { Int($0) }
            // Own municipality 0180 is the lowest of five; 0000 (Riket) and 0001 (a region) too.
            let units: [(String, Double)] = [
                ("0180", 61), ("1280", 70), ("1480", 72), ("0580", 75), ("2480", 80), ("0000", 71), ("0001", 69),
            ]
            let entries = years.flatMap { year in
                units.map { unit, value in
                    """
                    {"kpi": "N15428", "municipality": "\(unit)", "period": \(year), "values": [
                      {"gender": "K", "count": 1, "status": "", "value": \(value + 3)},
                      {"gender": "M", "count": 1, "status": "", "value": \(value - 3)},
                      {"gender": "T", "count": 1, "status": "", "value": \(value + Double(year % 10) / 10)}]}
                    """
                }
            }
            let body =
                "{\"count\": \(entries.count), \"values\": [\(entries.joined(separator: ","))], \"next_page\": null}"
            return Response(status: .ok, body: .init(byteBuffer: ByteBuffer(string: body)))
        }
        router.get("/v2/kpi/{kpi}") { _, _ -> Response in
            let body = """
                {"count": 1, "values": [{"id": "N15428", "title": "Elever i åk 9 som är behöriga till yrkesprogram",
                 "perspective": "Volymer", "is_divided_by_gender": true}]}
                """
            return Response(status: .ok, body: .init(byteBuffer: ByteBuffer(string: body)))
        }
        let kolada = Application(router: router, configuration: .init(address: .hostname("127.0.0.1", port: 0)))
        try await kolada.test(.live) { client in
            let port = try #require(client.port)
            try await WebHarness.with(demo: false, koladaURL: "http://127.0.0.1:\(port)") { harness in
                try await harness.test { browser in
                    try await browser.login("analytiker")
                    let goal = try await harness.services.goals.create(
                        GoalRecord(name: "Fler behöriga", level: .committee), by: nil)
                    _ = try await browser.get("/styrning/indikatorer/ny")
                    let created = try await browser.post(
                        "/styrning/indikatorer",
                        [
                            ("name", "Behöriga till yrkesprogram"), ("unit", "%"), ("category", "resultat-objektivt"),
                            ("direction", "hogre"), ("source", "kolada"), ("kpi", "n15428"), ("kpi_unit", "0180"),
                            ("goal", String(goal.id)), ("targets", "2020: 75"), ("tolerance", "5"), ("individ", "1"),
                        ])
                    #expect(created.status == .seeOther)
                    let path = try #require(created.location)
                    let refreshed = try await browser.post(path + "/hamta", [])
                    #expect(refreshed.status == .seeOther)
                    let page = try await browser.get(path)
                    #expect(page.body.contains("Senast hämtad"))
                    #expect(page.body.contains("Sämsta 25%"))
                    #expect(page.body.contains("bland alla kommuner med värde (5)"), "Riket and the region left out")
                    #expect(page.body.contains("K − M +6,0 p.e."))
                    // Kolada's metadata suggests the category its perspective implies (F-7.7).
                    #expect(
                        page.body.contains(
                            "Kolada anger perspektivet ”Volymer”: förslag på kategori Produktion – aktiviteter."))
                    let id = try #require(path.split(separator: "/").last.flatMap { Int64($0) })
                    let values = try await harness.services.indicators.values(id)
                    #expect(values.count == 5 * 6 * 3)
                    #expect(values.allSatisfy { $0.origin == .kolada })
                }
            }
        }
    }

    /// The yearly KKiK overview with the area's text, and the catalogue added in one step by an
    /// administrator (analysts cannot).
    @Test func kkikOverviewAndTheCatalogue() async throws {
        try await WebHarness.with { harness in
            try await harness.test { browser in
                try await browser.login("admin")
                let page = try await browser.get("/styrning/kkik")
                #expect(page.status == .ok)
                #expect(page.body.contains("Ett år i Storköping – Kommunens Kvalitet i Korthet 2025"))
                #expect(page.body.contains("Kontaktcenter öppnade i mars 2025"))
                #expect(page.body.contains("Din kommun som samhällsutvecklare"))
                #expect(page.body.contains("Resultatindex "), "an index per area among all municipalities")
                // 2023 as it stood then: the trend covers 2021–2023.
                let earlier = try await browser.get("/styrning/kkik?ar=2023")
                #expect(earlier.body.contains("Kommunens Kvalitet i Korthet 2023"))
                let goal = try #require(try await harness.services.goals.all().first { $0.level == .council })
                let before = try await harness.services.indicators.all().count
                let added = try await browser.post(
                    "/styrning/kkik/katalog",
                    [
                        ("goal", String(goal.id)), ("matt", "8"), ("matt", "0"), ("kpi_0", "u00440"),
                        ("kpi_unit", "0180"),
                    ])
                #expect(added.location == "/styrning/kkik?tillagda=2")
                let all = try await harness.services.indicators.all()
                #expect(all.count == before + 2)
                let first = try #require(
                    all.first { $0.indicator.name.hasPrefix("Hur stor andel av medborgarna som skickar in") })
                #expect(first.indicator.source == .kolada(kpi: "U00440", municipality: "0180"))
                #expect(first.indicator.kkikArea == .accessibility)
                let safety = try #require(all.first { $0.indicator.name.hasPrefix("Hur trygga och säkra") })
                #expect(safety.indicator.source == .manual)
                // Already present: not added twice.
                let again = try await browser.post(
                    "/styrning/kkik/katalog", [("goal", String(goal.id)), ("matt", "8")])
                #expect(again.location == "/styrning/kkik?tillagda=0")
            }
            try await harness.test { browser in
                try await browser.login("analytiker")
                _ = try await browser.get("/styrning/kkik")
                let refused = try await browser.post("/styrning/kkik/katalog", [("goal", "1"), ("matt", "1")])
                #expect(refused.status == .forbidden)
            }
        }
    }

    /// "CHECKLISTA Sätta mål" on a goal: suggestions from its indicators, answers saved.
    @Test func theGoalChecklistSuggestsAndSaves() async throws {
        try await WebHarness.with { harness in
            try await harness.test { browser in
                try await browser.login("analytiker")
                let goal = try #require(
                    try await harness.services.goals.all().first {
                        $0.name == "Fler elever når behörighet till gymnasiet"
                    })
                let page = try await browser.get("/goals/\(goal.id)")
                #expect(
                    page.body.contains(
                        "Är resultatindikatorerna angivna med en målnivå som anger vad kommunen vill uppnå?"))
                // Two result indicators, both with a target; one resource indicator.
                #expect(page.body.contains("Förslag: Ja – 2 av 2 resultatindikatorer har en målnivå eller riktning."))
                let saved = try await browser.post(
                    "/goals/\(goal.id)/checklista", [("q8", "ja"), ("c8", "Målnivåer i budgeten"), ("q1", "delvis")])
                #expect(saved.status == .seeOther)
                let stored = try #require(try await harness.services.goals.get(goal.id))
                #expect(stored.details.checklist == ["8": "ja", "1": "delvis"])
                #expect(stored.details.checklistComments?["8"] == "Målnivåer i budgeten")
                #expect(stored.owner == "Barn- och utbildningsnämnden", "nothing else changed")
            }
        }
    }

    /// The mission description and a yearly checklist, answered and compared with the year before.
    @Test func planningAndYearlyChecklists() async throws {
        try await WebHarness.with { harness in
            try await harness.test { browser in
                try await browser.login("analytiker")
                let page = try await browser.get("/styrning/planering?ar=2026")
                #expect(page.body.contains("Styrsnurran"))
                #expect(page.body.contains("Medborgar- och brukardialoger"))
                let saved = try await browser.post(
                    "/styrning/planering",
                    [
                        ("ar", "2026"), ("budget", "2026"), ("plan", "2027–2028"),
                        ("vision", "Storköping 2035: en stad för alla"),
                    ])
                #expect(saved.location == "/styrning/planering?ar=2026&sparat=1")
                #expect(
                    try await browser.get("/styrning/planering?ar=2026").body.contains(
                        "Storköping 2035: en stad för alla"))

                let collect = try await browser.get("/styrning/checklistor/samla-information?ar=2025")
                #expect(
                    collect.body.contains("Resultatindikatorerna ställs i relation till de mål som kommunen antagit."))
                #expect(collect.body.contains("Förslag:"), "suggested from the indicators")
                _ = try await browser.post(
                    "/styrning/checklistor/samla-information",
                    [("ar", "2025"), ("q2", "nej"), ("c2", "Inte i ÅR 2025")])
                let badDate = try await browser.post(
                    "/styrning/checklistor/samla-information", [("ar", "2026"), ("q2", "ja"), ("d2", "30 juni")])
                #expect(badDate.status == .badRequest)
                #expect(badDate.body.contains("ÅÅÅÅ-MM-DD"))
                _ = try await browser.post(
                    "/styrning/checklistor/samla-information",
                    [("ar", "2026"), ("q2", "ja"), ("r2", "Ekonomichefen"), ("d2", "2026-06-30")])
                let next = try await browser.get("/styrning/checklistor/samla-information?ar=2026")
                #expect(next.body.contains("Förra året – 2025: Nej"))
                #expect(next.body.contains("Ja 1 · Delvis 0 · Nej 0 · Ej aktuellt 0 · inte besvarade 7"))
                #expect(next.body.contains("value=\"Ekonomichefen\""))
                let unknown = try await browser.get("/styrning/checklistor/okand")
                #expect(unknown.status == .notFound)
            }
        }
    }

    /// An indicator computed from a dataset: the demo's employment share per year, total and by kön,
    /// from the area statistics (förvärvsarbetande of invånare 20–64), recomputed on demand.
    @Test func anIndicatorComputedFromADataset() async throws {
        try await WebHarness.with { harness in
            try await harness.test { browser in
                try await browser.login("analytiker")
                let record = try #require(
                    try await harness.services.indicators.all().first {
                        $0.indicator.name.hasPrefix("Förvärvsarbetande 20–64 år enligt")
                    })
                let values = try await harness.services.indicators.values(record.indicator.id)
                #expect(Set(values.map(\.period)) == ["2021", "2022", "2023", "2024", "2025"])
                #expect(Set(values.map(\.sex)) == ["T", "K", "M"])
                #expect(values.allSatisfy { $0.origin == .dataset && ($0.n ?? 0) > 1_000 })
                // Independently: the demo table's sums for 2025.
                let table = Storkoping.areaIndicators()
                let year = try #require(table.column(named: "år"))
                let employed = try #require(table.column(named: "förvärvsarbetande"))
                let residents = try #require(table.column(named: "invånare_20_64"))
                var e = 0.0
                var r = 0.0
                for row in 0..<table.rowCount where year.text(at: row) == "2025" {
                    if case .numeric(let v) = employed.storage { e += v[row] }
                    if case .numeric(let v) = residents.storage { r += v[row] }
                }
                let total = try #require(values.first { $0.period == "2025" && $0.sex == "T" }?.value)
                #expect(abs(total - e / r * 100) < 1e-9)
                let page = try await browser.get("/styrning/indikatorer/\(record.indicator.id)")
                #expect(page.body.contains("Räkna om värdena ur datasetet"))
                #expect(page.body.contains("korsad efter kön, område"))
                #expect(page.body.contains("Per område och kön, 2025"), "Botkyrka's rule: per area with kön first")
                #expect(page.body.contains("<th scope=\"row\">Bruksorten</th>"))
                #expect(page.body.contains("Områdesindikatorer, Storköping: förvärvsarbetande"))
                let again = try await browser.post("/styrning/indikatorer/\(record.indicator.id)/hamta", [])
                #expect(again.status == .seeOther)
            }
        }
    }

    /// Equality goals: an example as the starting point, the need and the follow-up required,
    /// Botkyrka's goals and indicators added in one step.
    @Test func equalityGoalsFromTheGuide() async throws {
        try await WebHarness.with(demo: false) { harness in
            try await harness.test { browser in
                try await browser.login("analytiker")
                let page = try await browser.get("/goals?mall=9")
                #expect(page.body.contains("value=\"Skillnaderna i hälsa minskar bland invånarna.\""))
                #expect(page.body.contains("<option value=\"resultat\" selected>"))
                let missing = try await browser.post(
                    "/goals",
                    [
                        ("name", "Skillnaderna i hälsa minskar bland invånarna."), ("level", "kommunfullmaktige"),
                        ("equality", "resultat"),
                    ])
                #expect(missing.status == .badRequest)
                #expect(missing.body.contains("brister och behov"))
                let badDate = try await browser.post(
                    "/goals",
                    [("name", "Ett mål"), ("level", "kommunfullmaktige"), ("decided_on", "17 nov")])
                #expect(badDate.body.contains("ÅÅÅÅ-MM-DD"))
                let saved = try await browser.post(
                    "/goals",
                    [
                        ("decided_by", "Kommunfullmäktige"), ("decided_on", "2025-11-17"),
                        ("name", "Skillnaderna i hälsa minskar bland invånarna."), ("level", "kommunfullmaktige"),
                        ("equality", "resultat"), ("need", "Ohälsotalet skiljer sex dagar mellan kvinnor och män"),
                        ("followup", "Årligen i årsredovisningen, ohälsotal per kön och område"),
                    ])
                #expect(saved.status == .seeOther)
                let goal = try #require(try await harness.services.goals.all().first)
                #expect(goal.details.equalityLevel == "resultat" && goal.details.followUp?.hasPrefix("Årligen") == true)
                #expect(goal.details.decidedOn == "2025-11-17" && goal.details.decidedBy == "Kommunfullmäktige")
                _ = try await browser.get("/goals")
                let added = try await browser.post("/goals/botkyrka", [])
                #expect(added.status == .seeOther)
                let goals = try await harness.services.goals.all()
                #expect(goals.contains { $0.name == "Mål 1. Botkyrkaborna är mer delaktiga i samhällsutvecklingen." })
                let indicators = try await harness.services.indicators.all()
                #expect(indicators.count == 7)
                #expect(indicators.allSatisfy { $0.indicator.equalityLevel == .result && $0.indicator.individBased })
            }
        }
    }

    /// Structural indicators answered ja/nej and process indicators assessed in words (E-7.3).
    @Test func yesNoAndTextIndicators() async throws {
        try await WebHarness.with { harness in
            try await harness.test { browser in
                try await browser.login("analytiker")
                let all = try await harness.services.indicators.all()
                let policy = try #require(all.first { $0.indicator.valueKind == .yesNo })
                let page = try await browser.get("/styrning/indikatorer/\(policy.indicator.id)")
                #expect(page.body.contains("status-glad"), "ja in 2025 meets the target ja")
                #expect(page.body.contains("data-label=\"Totalt\">Ja</td>"))
                let wrong = try await browser.post(
                    "/styrning/indikatorer/\(policy.indicator.id)/varden", [("period", "2026"), ("total", "kanske")])
                #expect(wrong.body.contains("Svara ja eller nej."))
                let no = try await browser.post(
                    "/styrning/indikatorer/\(policy.indicator.id)/varden", [("period", "2026"), ("total", "nej")])
                #expect(no.status == .seeOther)
                #expect(
                    try await browser.get("/styrning/indikatorer/\(policy.indicator.id)").body.contains("status-sur"))

                let text = try #require(all.first { $0.indicator.valueKind == .text })
                let textPage = try await browser.get("/styrning/indikatorer/\(text.indicator.id)")
                #expect(textPage.body.contains("kvartalsvisa analysseminarier"))
                #expect(textPage.body.contains("Kan inte bedömas"))
                let empty = try await browser.post(
                    "/styrning/indikatorer/\(text.indicator.id)/varden", [("period", "2026"), ("note", "")])
                #expect(empty.body.contains("Skriv bedömningen för perioden."))
                let saved = try await browser.post(
                    "/styrning/indikatorer/\(text.indicator.id)/varden",
                    [("period", "2026"), ("note", "Seminarierna fortsätter i alla förvaltningar.")])
                #expect(saved.status == .seeOther)
                #expect(
                    try await browser.get("/styrning/indikatorer/\(text.indicator.id)").body.contains(
                        "Seminarierna fortsätter"))
            }
        }
    }

    /// The expected path from the baseline to a later target (F-12.1): läsflyt 72 % in 2023 towards
    /// 80 % in 2026 expects 77,3 % in 2025; 76 % is 1,3 p.e. behind.
    @Test func theExpectedPathTowardsTheTarget() async throws {
        try await WebHarness.with { harness in
            try await harness.test { browser in
                try await browser.login("lasare")
                let record = try #require(
                    try await harness.services.indicators.all().first { $0.indicator.name.hasPrefix("Elever i åk 1–3") }
                )
                let page = try await browser.get("/styrning/indikatorer/\(record.indicator.id)")
                #expect(page.body.contains("Förväntad bana mot målet"))
                #expect(page.body.contains("77,3 % i senaste perioden; värdet ligger 1,3 p.e. efter banan"))
                #expect(page.body.contains("Inget mål för 2025; nästa målnivå gäller 2026."))
                #expect(!page.body.contains("Starta en skillnadsanalys"), "readers do not start analyses")
            }
        }
    }

    /// Merit points set against the cost per pupil (F-11.3): Storköping 229,5 points at 125 800 kr
    /// per pupil in 2025 = 182,4 per 100 000 kr.
    @Test func resultPerCost() async throws {
        try await WebHarness.with { harness in
            try await harness.test { browser in
                try await browser.login("analytiker")
                let record = try #require(
                    try await harness.services.indicators.all().first {
                        $0.indicator.name.hasPrefix("Genomsnittligt meritvärde")
                    })
                let page = try await browser.get("/styrning/indikatorer/\(record.indicator.id)")
                #expect(page.body.contains("Resultat i förhållande till kostnad"))
                #expect(page.body.contains("182,4 per 100 000 av ”Kostnad grundskola åk 1–9, kr per elev” (2025)"))
            }
        }
    }

    /// A value under the threshold is hidden from readers together with the others of its unit
    /// and period: women + men make the total, so none could be subtracted back.
    @Test func readersGetComplementarySuppression() async throws {
        try await WebHarness.with { harness in
            let analyst = try #require(try await harness.services.users.find(username: "analytiker"))
            let reader = try #require(try await harness.services.users.find(username: "lasare"))
            let record = try #require(
                try await harness.services.indicators.all().first { $0.indicator.name.hasPrefix("Elever i åk 1–3") })
            let service = GovernanceService(services: harness.services)
            try await service.save(
                try GovernanceService.Entry(
                    Form(
                        encoded: Form.encode([
                            ("period", "2026"), ("total", "77"), ("total_n", "40"), ("women", "90"), ("women_n", "3"),
                            ("men", "75,9"), ("men_n", "37"),
                        ]))), indicator: record.indicator, by: analyst, address: "test")
            let seen = try #require(try await service.one(record.indicator.id, for: reader))
            let period = try #require(seen.observations.first { $0.period == "2026" })
            #expect(period.value == nil && period.women == nil && period.men == nil && period.n == nil)
            #expect(seen.hiddenCount == 3)
            #expect(seen.signals.period == "2025", "the reader's latest period is the last one shown")
            let exact = try #require(try await service.one(record.indicator.id, for: analyst))
            #expect(exact.observations.first { $0.period == "2026" }?.women == 90, "analysts see exact values")
        }
    }
}
