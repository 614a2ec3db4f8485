/// One suppression pattern over every table of a ``PublicationFrame``, with a certificate for
/// every protected count.
///
/// 1. Primary: each cell with a count between 1 and `t − 1` for some outcome (people with the
///    outcome, without it, or with a value), and — for sensitive outcomes — groups below the
///    attribute limit where everyone or no one has the outcome.
/// 2. For each protected count, deepest tables first, a ``ProtectionCertificate`` is searched:
///    a box over the cell's axes with partner levels on each, flips within the outcome
///    preferred to moves of people; the cheapest (fewest cells not yet suppressed) wins and
///    its cells are suppressed. Adding suppressions never invalidates an earlier certificate,
///    since a certificate only needs its cells to be hidden.
/// 3. A count no box can protect takes its table (and every finer table that contains it) out
///    of the frame for that outcome: readers cannot request it.
///
/// Moves change every outcome, so the cells they touch are suppressed for all outcomes; flips
/// only for their own. Cells hidden for one outcome and published for another are therefore
/// consistent: flips keep n.
public enum LinkedSuppression {
    /// Prepares `table` for the frame and computes the pattern. `base` supplies column roles
    /// and orderings; its outcomes, dimensions and filters are ignored.
    public static func protect(
        _ table: DataTable, frame: PublicationFrame, base: AnalysisRequest, keepCertificates: Bool = false
    ) throws -> DisclosurePattern {
        let data = try AnalysisPreparation.prepare(table, request: frameRequest(frame, base: base))
        return protect(data, frame: frame, keepCertificates: keepCertificates)
    }

    /// The request that prepares data for a frame.
    static func frameRequest(_ frame: PublicationFrame, base: AnalysisRequest) -> AnalysisRequest {
        var request = base
        request.outcomes = frame.outcomes
        request.dimensions = frame.dimensions
        request.crossDepth = max(1, min(frame.depth, frame.dimensions.count))
        request.filters = [:]
        request.period = .all
        request.disclosureControl = true
        request.threshold = frame.rule.threshold
        request.publication = nil
        return request
    }

    /// Computes the pattern on data prepared with the frame's dimensions and outcomes.
    static func protect(_ data: AnalysisData, frame: PublicationFrame, keepCertificates: Bool) -> DisclosurePattern {
        let counts = FrameCounts(data: data, depth: frame.depth)
        var search = CertificateSearch(counts: counts, frame: frame, keepCertificates: keepCertificates)
        search.run()
        return DisclosurePattern(data: data, frame: frame, counts: counts, search: search)
    }
}
