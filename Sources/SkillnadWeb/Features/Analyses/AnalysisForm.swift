import SkillnadCore

/// Reads a step's form into an analysis document. Rows are numbered fields (`d0_measure`,
/// `m2_effect` …); empty rows are dropped, and rows keep their id so snapshots stay attached.
struct AnalysisForm {
    let form: Form

    func text(_ name: String) -> String { form[name] ?? "" }

    func int(_ name: String) -> Int? { form[name].flatMap { Int($0) } }

    /// Row indices present in the form for a prefix (`d` → d0, d1 …).
    func rows(_ prefix: String, field: String) -> [Int] {
        form.values.keys.compactMap { key -> Int? in
            guard key.hasPrefix(prefix), key.hasSuffix("_" + field) else { return nil }
            return Int(key.dropFirst(prefix.count).dropLast(field.count + 1))
        }.sorted()
    }

    /// Applies the form of one step.
    func apply(step: AnalysisStepID, to document: inout AnalysisDocument) {
        if let status = form["status"].flatMap(StepStatus.init(rawValue:)) { document.setStatus(status, of: step) }
        switch document.content {
        case .huddinge(var d):
            switch step {
            case .first: applyHuddinge1(&d)
            case .second: applyHuddinge2(&d)
            case .third: applyHuddinge3(&d)
            case .fourth, .criteria: break  // not steps of this method
            }
            document.content = .huddinge(d)
        case .isu(var d):
            switch step {
            case .first: applyISU1(&d)
            case .criteria: applyCriteria(&d)
            case .second:
                d.individual = text("individual")
                d.organisation = text("organisation")
                d.world = text("world")
                d.biasCheck = text("bias")
            case .third:
                d.hypotheses = text("hypotheses")
                d.inequalityRisk = text("inequality_risk")
                d.normsRisk = form["norms_risk"].map { $0.isEmpty ? nil : $0 } ?? d.normsRisk
                d.knowledgeNeeds = text("knowledge_needs")
                d.conclusions = text("conclusions")
                d.comparisons = text("comparisons")
            case .fourth:
                d.measures = measures()
                d.decisions = text("decisions")
                d.involvement = text("involvement")
            }
            document.content = .isu(d)
        }
    }

    func applyHuddinge1(_ d: inout DifferenceAnalysis) {
        let old = Dictionary(d.differences.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        var rows: [CandidateDifference] = []
        for i in self.rows("d", field: "measure") {
            let p = "d\(i)_"
            let id = form[p + "id"] ?? AnalysisService.newRowId()
            var row = old[id] ?? CandidateDifference(id: id)
            row.measure = text(p + "measure")
            row.groups = text(p + "groups")
            row.numbers = text(p + "numbers")
            row.goalIds = form.all(p + "goal").compactMap { Int64($0) }
            let goalText = text(p + "goaltext")
            row.goalText = goalText.isEmpty ? nil : goalText
            row.significance = SignificanceAssessment(
                size: int(p + "a"), goal: int(p + "b"), impact: int(p + "c"), sizeComment: text(p + "ac"),
                goalComment: text(p + "bc"), impactComment: text(p + "cc"))
            let blank =
                row.measure.isEmpty && row.groups.isEmpty && row.numbers.isEmpty && row.snapshot == nil
                && row.goalIds.isEmpty && row.goalText == nil && row.significance == SignificanceAssessment()
            if !blank && form[p + "remove"] == nil { rows.append(row) }
        }
        d.differences = rows
        d.chosenDifferenceId = form["chosen"].flatMap { id in rows.contains { $0.id == id } ? id : nil }
        d.choiceMotivation = text("choice_motivation")
    }

    func pairs(_ prefix: String) -> [CausePair] {
        rows(prefix, field: "factor").map {
            CausePair(factor: text("\(prefix)\($0)_factor"), norm: text("\(prefix)\($0)_norm"))
        }
        .filter { !$0.isEmpty }
    }

    func applyHuddinge2(_ d: inout DifferenceAnalysis) {
        d.targetGrounds = Set(form.all("ground").compactMap(TargetGround.init(rawValue:)))
        d.otherGroupings = rows("g", field: "other").map { text("g\($0)_other") }.filter { !$0.isEmpty }
        d.targetSummary = text("target_summary")
        d.societyCauses = pairs("s")
        d.organisationCauses = pairs("o")
        d.judgement = form["judgement"].flatMap(DifferenceJudgement.init(rawValue:))
        d.influence = form["influence"].flatMap(Influence.init(rawValue:))
        d.proceed = form["proceed"].flatMap(ProceedDecision.init(rawValue:))
        d.proceedReason = text("proceed_reason")
    }

    func measures() -> [PlannedMeasure] {
        rows("m", field: "text").compactMap { i -> PlannedMeasure? in
            let p = "m\(i)_"
            var m = PlannedMeasure(
                id: form[p + "id"] ?? AnalysisService.newRowId(),
                level: form[p + "level"].flatMap(MeasureLevel.init(rawValue:)) ?? .unit, text: text(p + "text"),
                effectText: text(p + "effect_text"), effect: int(p + "effect"), resourceText: text(p + "resource_text"),
                resources: int(p + "resources"), chosen: form[p + "chosen"] != nil)
            m.arena = form[p + "arena"].flatMap(MeasureArena.init(rawValue:))
            return m.isEmpty && m.effect == nil && m.resources == nil || form[p + "remove"] != nil ? nil : m
        }
    }

    func applyHuddinge3(_ d: inout DifferenceAnalysis) {
        if form["gate"] != nil {
            d.proceedAnyway = form["proceed_anyway"] == "1" ? true : nil
            let reason = text("proceed_anyway_reason")
            d.proceedAnywayReason = reason.isEmpty ? nil : reason
        }
        // The measures form is on the page only when step 3 is open; a gate-only save keeps them.
        guard form["notes"] != nil else { return }
        d.measures = measures()
        d.chosenComment = text("chosen_comment")
        d.normsReflection = text("norms")
        d.responsible = text("responsible")
        d.implementationDate = text("implementation_date")
        d.followUpDate = text("follow_up_date")
        d.governanceComment = text("governance_comment")
        d.notes = text("notes")
    }

    func applyISU1(_ d: inout ISUAnalysis) {
        let old = Dictionary(d.observations.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        d.observations = rows("o", field: "text").compactMap { i in
            let p = "o\(i)_"
            let id = form[p + "id"] ?? AnalysisService.newRowId()
            var o = old[id] ?? Observation(id: id)
            o.text = text(p + "text")
            return (o.text.isEmpty && o.snapshot == nil) || form[p + "remove"] != nil ? nil : o
        }
        func optional(_ name: String) -> String? { text(name).isEmpty ? nil : text(name) }
        d.question = optional("question")
        d.dataNeeded = optional("data_needed")
        d.dataAvailable = optional("data_available")
        d.seen = text("seen")
        d.reliable = form["reliable"].flatMap(QualityRating.init(rawValue:))
        d.relevant = form["relevant"].flatMap(QualityRating.init(rawValue:))
        d.current = form["current"].flatMap(QualityRating.init(rawValue:))
        d.qualityComment = text("quality_comment")
    }

    func applyCriteria(_ d: inout ISUAnalysis) {
        var setup = d.criteria
        setup.kind = form["kind"].flatMap(CriteriaKind.init(rawValue:)) ?? setup.kind
        setup.datasetId = form["dataset"].flatMap { Int64($0) }
        setup.outcome = text("outcome")
        setup.groupColumn = text("group_column")
        let groups = [text("group1"), text("group2")].filter { !$0.isEmpty }
        setup.groups = groups.count == 2 ? groups : []
        setup.columns = [:]
        var assessments = d.assessments ?? [:]
        for c in setup.kind.criteria {
            var a = assessments[c.id] ?? CriterionAssessment()
            a.source = form["src_" + c.id].flatMap(CriterionSource.init(rawValue:)) ?? a.source
            a.judgement = form["jud_" + c.id].flatMap(CriterionJudgement.init(rawValue:))
            a.reason = text("why_" + c.id)
            a.informationSource = text("from_" + c.id)
            a.counts.characteristic = text("cnt_\(c.id)_what")
            a.counts.firstWith = int("cnt_\(c.id)_a")
            a.counts.firstTotal = int("cnt_\(c.id)_n")
            a.counts.secondWith = int("cnt_\(c.id)_b")
            a.counts.secondTotal = int("cnt_\(c.id)_m")
            assessments[c.id] = a
            // Only criteria answered from data are computed.
            let columns = form.all("crit_" + c.id)
            if a.source == .data && !columns.isEmpty { setup.columns[c.id] = columns }
        }
        d.assessments = assessments
        d.judgement = form["judgement"].flatMap(DifferenceJudgement.init(rawValue:))
        d.judgementReason = text("judgement_reason")
        if setup != d.criteria {
            d.criteriaResult = nil
            d.publishedCriteriaResult = nil
        }
        d.criteria = setup
    }

    /// Problems with counts entered by hand (a count above its total, a negative number), named
    /// by criterion.
    func countProblems(_ d: ISUAnalysis) -> [String] {
        d.criteria.kind.criteria.compactMap { c in
            let counts = d.assessment(c.id).counts
            guard d.assessment(c.id).source == .counts, !counts.isEmpty else { return nil }
            let pairs = [(counts.firstWith, counts.firstTotal), (counts.secondWith, counts.secondTotal)]
            let wrong = pairs.contains { with, total in
                if let with, with < 0 { return true }
                if let total, total < 1 { return true }
                if let with, let total, with > total { return true }
                return false
            }
            return wrong
                ? "«\(c.heading)»: antalet med kännetecknet måste vara mellan 0 och antalet undersökta, och antalet undersökta minst 1."
                : nil
        }
    }
}
