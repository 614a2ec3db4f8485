import Foundation
import SkillnadCore
import SkillnadDemo
import SkillnadGovernance
import SkillnadStorage

/// Loads the Storköping demo on first start: three accounts (one per role) with random
/// passwords printed once, and the three demo datasets.
public enum DemoSetup {
    /// Loads what is missing; returns lines to print for the person starting the server.
    @discardableResult
    public static func loadIfEmpty(_ services: Services) async throws -> [String] {
        var lines: [String] = []
        if try await services.users.count() == 0 {
            lines.append("Demokonton (lösenorden visas bara nu):")
            for (name, display, role) in [
                ("admin", "Demo Administratör", UserRole.admin), ("analytiker", "Demo Analytiker", .analyst),
                ("lasare", "Demo Läsare", .reader),
            ] {
                let password = Passwords.generate()
                _ = try await services.users.create(
                    username: name, displayName: display, passwordHash: try await Passwords.hash(password), role: role)
                lines.append("  \(role.swedishName): användarnamn \(name), lösenord \(password)")
            }
        }
        if try await services.datasets.list().isEmpty {
            let admin = try await services.users.find(username: "admin")
            let sets: [(DataTable, DatasetRepository.Metadata)] = [
                (
                    Storkoping.isuCases(),
                    .init(
                        name: "ISU barn och unga, Storköping",
                        description:
                            "Individbaserad systematisk uppföljning: utredningar, beslut och delaktighet (syntetiska data).",
                        source: "Demodata: socialtjänstens verksamhetssystem", period: "2021–2025")
                ),
                (
                    Storkoping.schoolResults(),
                    .init(
                        name: "Skolresultat åk 9, Storköping",
                        description:
                            "Behörighet till gymnasiet och meritvärde per skola, kön och år (syntetiska data).",
                        source: "Demodata: skolornas resultatuppföljning", period: "2021–2025")
                ),
                (
                    Storkoping.areaIndicators(),
                    .init(
                        name: "Områdesindikatorer, Storköping",
                        description:
                            "Förvärvsarbete, ekonomiskt bistånd och ohälsotal per område och kön (syntetiska data).",
                        source: "Demodata: kommunens statistik", period: "2021–2025")
                ),
            ]
            for (raw, metadata) in sets {
                let roles = RoleDetector.detect(raw)
                var columns = raw.columns.indices.map { i in
                    StoredColumn(
                        name: raw.columns[i].name, role: roles.roles[i], ordered: roles.ordered[i],
                        sensitive: SensitiveColumns.suggested(raw.columns[i].name))
                }
                // Labels from the municipality's codebook; the system's column names stay as codes.
                var table = raw
                ColumnSetup.applyCodebook(Storkoping.codebook, table: &table, columns: &columns)
                let imported = try await services.datasets.importVersion(
                    datasetId: nil, metadata: metadata, table: table, columns: columns, shape: roles.shape,
                    fileName: table.source, userId: admin?.id,
                    audit: AuditEntry(
                        at: Storage.now, userId: admin?.id, username: admin?.username ?? "system",
                        action: .datasetImport,
                        object: "", detail: "demodata", address: "lokal"))
                // The ISU cases: readers cross the background and the criteria columns two at a time.
                if raw.columns.contains(where: { $0.name == "risk_bbic" }) {
                    let dimensions = ["kön", "åldersgrupp", "område", "födelseland", "risk_bbic", "samtycke"]
                    try await services.settings.setPublication(
                        PublicationSetting(
                            dimensions: dimensions.map { Storkoping.codebook.label($0) ?? $0 }, depth: 2),
                        datasetId: imported.dataset)
                }
            }
            lines.append("Demodata för Storköping är inläst (tre dataset).")
        }
        if try await services.goals.all().isEmpty, try await services.indicators.all().isEmpty {
            try await loadGovernance(services)
            lines.append(
                "Målträd och indikatorer för Storköping är inlästa (\(try await services.indicators.all().count) indikatorer)."
            )
        }
        return lines
    }

    /// Storköping's goal tree, indicators and values (invented, in the shape of Kolada's).
    static func loadGovernance(_ services: Services) async throws {
        let admin = try await services.users.find(username: "admin")
        try await services.settings.set(.municipality, "Storköping")
        try await services.store.set(
            key: "kkik.2025.tillganglighet",
            value: "Kontaktcenter öppnade i mars 2025 och svarar nu på e-post inom en dag. Telefonin har haft "
                + "vakanser under hösten, vilket syns i andelen direkta svar. Handläggningstiden för ekonomiskt "
                + "bistånd har ökat efter omorganisationen och analyseras av arbetsmarknadsnämnden.",
            expiresAt: nil)
        var ids: [String: Int64] = [:]
        for goal in Storkoping.demoGoals {
            let created = try await services.goals.create(
                GoalRecord(
                    name: goal.name, level: goal.level, source: "Mål och budget 2025–2027, KF 2024-11-18",
                    period: "2025–2027", parentId: goal.parent.flatMap { ids[$0] }, owner: goal.owner,
                    details: GoalDetails(reason: goal.reason, perspectives: goal.perspectives)),
                by: admin?.id)
            ids[goal.key] = created.id
        }
        for demo in Storkoping.demoIndicators() {
            var indicator = demo.indicator
            indicator.goalIds = ids[demo.goal].map { [$0] } ?? []
            let created = try await services.indicators.create(indicator, by: admin?.id)
            let kolada = indicator.source.isKolada
            let origin: IndicatorValue.Origin = kolada ? .kolada : .manual
            let by = kolada ? "Kolada (demodata)" : "analytiker"
            var values: [IndicatorValue] = []
            for row in demo.own {
                for (sex, value) in [("T", row.total), ("K", row.women), ("M", row.men)] where value != nil {
                    values.append(
                        IndicatorValue(
                            unit: "Storköping", period: row.period, sex: sex, value: value,
                            n: sex == "T" ? row.n : row.n.map { ($0 / 2).rounded() }, origin: origin, enteredBy: by))
                }
            }
            for (unit, byYear) in demo.others {
                for (year, value) in byYear {
                    values.append(
                        IndicatorValue(
                            unit: unit, period: year, value: value, origin: .kolada, enteredBy: "Kolada (demodata)"))
                    // Divided by kön as Kolada publishes such KPIs: women and men around the total.
                    if let gap = demo.otherGaps[unit] {
                        for (sex, sign) in [("K", 1.0), ("M", -1.0)] {
                            values.append(
                                IndicatorValue(
                                    unit: unit, period: year, sex: sex,
                                    value: ((value + sign * gap / 2) * 10).rounded() / 10,
                                    origin: .kolada, enteredBy: "Kolada (demodata)"))
                        }
                    }
                }
            }
            try await services.indicators.save(values, indicator: created.id, fetched: kolada, audit: nil)
        }
        // Merit points set against the cost per pupil (result per cost).
        let stored = try await services.indicators.all()
        if var merit = stored.first(where: { $0.indicator.name.hasPrefix("Genomsnittligt meritvärde") })?.indicator,
            let cost = stored.first(where: { $0.indicator.name.hasPrefix("Kostnad grundskola") })
        {
            merit.costIndicatorId = cost.indicator.id
            try await services.indicators.update(merit)
        }
        // A structural indicator answered ja/nej and a process indicator assessed in words (seed 001).
        if let goal = ids["ks-personal"] {
            var policy = Indicator(
                id: 0, name: "Det finns en antagen policy för jämlikhet i personalpolitiken", category: .activities,
                equalityLevel: .structure, higherIsBetter: true, goalIds: [goal], targets: ["2025": .value(1)])
            policy.valueKind = .yesNo
            let createdPolicy = try await services.indicators.create(policy, by: admin?.id)
            try await services.indicators.save(
                [("2023", 0.0), ("2024", 1), ("2025", 1)].map {
                    IndicatorValue(
                        unit: "Storköping", period: $0.0, value: $0.1, origin: .manual, enteredBy: "analytiker")
                }, indicator: createdPolicy.id, audit: nil)
            var reflection = Indicator(
                id: 0, name: "Reflektion och analys i organiserade former i verksamheterna", category: .activities,
                equalityLevel: .process, higherIsBetter: nil, goalIds: [goal])
            reflection.valueKind = .text
            let createdReflection = try await services.indicators.create(reflection, by: admin?.id)
            var note = IndicatorValue(
                unit: "Storköping", period: "2025", value: nil, origin: .manual, enteredBy: "analytiker")
            note.note =
                "Alla förvaltningar har infört kvartalsvisa analysseminarier; socialförvaltningen har också "
                + "normkritiska genomgångar av ärendedragningar."
            try await services.indicators.save([note], indicator: createdReflection.id, audit: nil)
        }
        // The guide's example action plan, following the telephone indicator, and a resource allocation.
        let telephone = try await services.indicators.all().first {
            $0.indicator.name.hasPrefix("Andel som får ett direkt svar")
        }
        _ = try await services.plans.create(
            Storkoping.demoActionPlan(goalId: ids["ks-kontakt"], indicatorId: telephone?.indicator.id), by: admin?.id,
            audit: nil)
        let allocation = Storkoping.demoResourceAllocation(goalIds: ids)
        try await GovernanceRoutes(services: services).store(
            allocation, key: GovernanceRoutes.resourcesKey(GovernanceRoutes.currentYear()))
        // One indicator computed from a dataset: employment from the area statistics, by kön.
        if let admin,
            let areas = try await services.datasets.list().first(where: {
                $0.dataset.name.hasPrefix("Områdesindikatorer")
            }),
            let goal = ids["amn-bistand"]
        {
            let created = try await services.indicators.create(
                Indicator(
                    id: 0, name: "Förvärvsarbetande 20–64 år enligt områdesstatistiken, andel (%)", unit: "%",
                    category: .objectiveResult, influence: .some, higherIsBetter: true,
                    source: .dataset(id: areas.dataset.id, outcome: "förvärvsarbetande", filters: [:]),
                    individBased: true, goalIds: [goal], targets: ["2025": .value(80)]),
                by: admin.id)
            _ = try await GovernanceService(services: services).refreshFromDataset(created, by: admin, address: "lokal")
        }
    }
}

/// Columns that are sensitive personal data by name (könsidentitet, sexuell läggning, hälsa …).
enum SensitiveColumns {
    static func suggested(_ name: String) -> Bool {
        ColumnName.contains(
            name,
            anyOf: [
                "konsidentitet", "genderidentity", "sexuell", "religion", "etnicitet", "halsa", "diagnos",
                "funktionsnedsattning",
                "personnummer", "hbtq",
            ])
    }
}
