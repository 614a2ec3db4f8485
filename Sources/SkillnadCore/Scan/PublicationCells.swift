/// Reads a scan's cells through a ``DisclosurePattern``: the request's dimensions and
/// single-value filters mapped onto the frame, refused with a clear message when they fall
/// outside it.
struct PublicationCells: Sendable {
    let pattern: DisclosurePattern
    /// Frame slot of each filtered dimension (the filter's one value).
    let fixed: [String: Int]
    /// Names of the request's dimensions, by index.
    let names: [String]
    /// Whether the data has a period (so per-period tables carry a period slot).
    let hasPeriod: Bool

    init(pattern: DisclosurePattern, data: AnalysisData, request: AnalysisRequest) throws {
        let frame = pattern.frame
        self.pattern = pattern
        names = data.dimensions.map(\.name)
        hasPeriod = data.period != nil
        let offered = frame.dimensions.joined(separator: ", ")
        for dimension in data.dimensions where !pattern.agrees(with: dimension) {
            throw AnalysisError.outsideFrame(
                "\"\(dimension.name)\" ingår inte i det som publiceras från datasetet (dimensioner: \(offered))")
        }
        for outcome in request.outcomes where !pattern.covers(outcome: outcome) {
            throw AnalysisError.outsideFrame(
                "utfallet \"\(outcome)\" ingår inte i det som publiceras (utfall: \(frame.outcomes.joined(separator: ", ")))"
            )
        }
        var fixed: [String: Int] = [:]
        for (column, values) in request.filters {
            guard values.count == 1, let value = values.first,
                let slot = pattern.slot(of: value, in: column)
            else {
                throw AnalysisError.outsideFrame(
                    "ett urval måste vara ett enda värde i en dimension som publiceras (\(offered)); \"\(column)\" är inte det"
                )
            }
            fixed[column] = slot
        }
        self.fixed = fixed
        guard frame.covers(dimensions: names, depth: request.crossDepth, fixed: Array(fixed.keys)) else {
            throw AnalysisError.outsideFrame(
                "korsningar av högst \(frame.depth) dimensioner (urval inräknade) publiceras från datasetet")
        }
    }

    /// Whether a table of the scan is outside the frame for an outcome.
    func isOutside(outcome: String, key: TableKey) -> Bool {
        status(outcome: outcome, key: key, slots: key.dimensions.map { _ in 0 }) == .outsideFrame
    }

    /// The status of a cell of a scan table.
    func status(outcome: String, key: TableKey, slots: [Int]) -> DisclosurePattern.Status {
        var cell = fixed
        for (d, slot) in zip(key.dimensions, slots) { cell[names[d]] = slot }
        return pattern.status(outcome: outcome, slots: cell, period: hasPeriod ? key.period : nil)
    }
}
