import Testing

@testable import SkillnadCore

/// An attacker with a reader's view: every table, crossing, period and "alla perioder", every
/// comparison with its strata, from many requests, combined. Against tables protected one by
/// one he recovers hidden counts; against the linked pattern he must not pin any protected count
/// to within ± the threshold.
@Suite struct CombinedAttackTests {
    static let dimensions = ["kön", "område", "risk"]

    /// Every request a reader can make: each subset of dimensions, each depth, each period,
    /// each outcome; and each adjusted comparison of kön.
    static func collect(_ table: DataTable, publish: Bool, controlled: Bool = true) throws -> ReaderView {
        var view = ReaderView()
        let frame = SparseData.frame()
        let pattern = try LinkedSuppression.protect(table, frame: frame, base: SparseData.base)
        var subsets: [[String]] = []
        for mask in 1..<(1 << dimensions.count) {
            subsets.append(dimensions.indices.filter { mask & (1 << $0) != 0 }.map { dimensions[$0] })
        }
        for outcome in frame.outcomes {
            for dims in subsets {
                for depth in 1...dims.count {
                    for period in ["2024", "2025", "alla"] {
                        var request = SparseData.base
                        request.outcomes = [outcome]
                        request.dimensions = dims
                        request.crossDepth = depth
                        request.period = PeriodSelection(userInput: period)
                        request.disclosureControl = controlled
                        if publish { request.publication = frame }
                        view.add(try Scanner.scan(table, request: request, pattern: publish ? pattern : nil))
                    }
                }
            }
            for adjust in [["område"], ["risk"], ["område", "risk"]] {
                for period in ["2024", "2025", "alla"] {
                    var base = SparseData.base
                    base.period = PeriodSelection(userInput: period)
                    base.disclosureControl = controlled
                    if publish { base.publication = frame }
                    let compare = CompareRequest(outcome: outcome, by: "kön", adjustFor: adjust, base: base)
                    view.add(try GroupComparison.compare(table, request: compare, pattern: publish ? pattern : nil))
                }
            }
        }
        return view
    }

    static func attack(publish: Bool) throws -> (findings: [MILPAttacker.Finding], targets: Int) {
        let table = SparseData.cases()
        let view = try collect(table, publish: publish)
        let truth = try collect(table, publish: false, controlled: false)
        return try MILPAttacker(view: view, truth: truth, threshold: 5, samePeople: true).attack()
    }

    @Test(.enabled(if: MILPAttacker.available, "needs python3 with SciPy"))
    func tablesProtectedOneByOneGiveCellsAway() throws {
        let (findings, targets) = try Self.attack(publish: false)
        #expect(targets > 50)
        #expect(findings.count > 10, "the attack must be strong enough to break per-table suppression")
        print("per-table suppression: \(findings.count) of \(targets) protected counts narrowed")
    }

    @Test(.enabled(if: MILPAttacker.available, "needs python3 with SciPy"))
    func linkedPatternHoldsAgainstTheIntegerProgram() throws {
        let (findings, targets) = try Self.attack(publish: true)
        #expect(targets > 50)
        #expect(findings.isEmpty, "\(findings.prefix(10))")
        print("linked pattern: \(findings.count) of \(targets) protected counts narrowed")
    }
}

extension CombinedAttackTests {
    /// The first vector of the issue: a cell hidden in one request and shown in another. With
    /// the linked pattern every cell has one status and one value whatever the request.
    @Test func everyRequestShowsACellTheSameWay() throws {
        let table = SparseData.cases()
        let frame = SparseData.frame()
        let pattern = try LinkedSuppression.protect(table, frame: frame, base: SparseData.base)
        var seen: [String: Double?] = [:]
        var conflicts: [String] = []
        for dims in [["kön"], ["kön", "område"], ["område", "risk"], ["kön", "område", "risk"]] {
            for depth in 1...dims.count {
                for period in ["2024", "2025", "alla"] {
                    var request = SparseData.base
                    request.outcomes = frame.outcomes
                    request.dimensions = dims
                    request.crossDepth = depth
                    request.period = PeriodSelection(userInput: period)
                    request.publication = frame
                    let scan = try Scanner.scan(table, request: request, pattern: pattern)
                    for summary in scan.tables {
                        for group in summary.groups + [summary.total] {
                            let id = ReaderView.id(summary.outcome, summary.period ?? "", group.key)
                            let value: Double? = group.suppressed ? nil : group.count.map { $0 * 1000 + (group.n ?? 0) }
                            if let earlier = seen[id], earlier != value { conflicts.append(id) }
                            seen[id] = value
                        }
                    }
                }
            }
        }
        #expect(seen.count > 100)
        #expect(conflicts.isEmpty, "\(conflicts.prefix(5))")
    }

    /// The adjusted comparison is computed from published strata only: recomputing the
    /// Mantel–Haenszel difference from the strata a reader sees gives the published estimate.
    @Test func adjustedComparisonUsesOnlyPublishedStrata() throws {
        let table = SparseData.cases(rows: 600)
        let frame = SparseData.frame()
        var checked = 0
        for adjust in [["risk"], ["område"], ["område", "risk"]] {
            var base = SparseData.base
            base.period = .all
            base.publication = frame
            let report = try GroupComparison.compare(
                table, request: CompareRequest(outcome: "beviljad", by: "kön", adjustFor: adjust, base: base))
            guard let adjusted = report.adjusted else { continue }
            let strata = report.strata.compactMap { s -> Stratum? in
                guard !s.first.suppressed, !s.second.suppressed, let n1 = s.first.n, let n0 = s.second.n else {
                    return nil
                }
                return Stratum(
                    label: s.label, events1: s.first.count ?? 0, n1: n1, events0: s.second.count ?? 0, n0: n0)
            }
            let recomputed = try #require(AdjustedComparison(strata: strata))
            #expect(abs(recomputed.mantelHaenszel.riskDifference - adjusted.estimate) < 1e-12)
            checked += 1
        }
        #expect(checked >= 1)
    }
}
