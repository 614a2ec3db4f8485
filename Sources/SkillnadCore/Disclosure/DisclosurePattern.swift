/// The suppression pattern of a ``PublicationFrame``: for every outcome, which cells of which
/// tables readers see, and which tables they cannot request at all.
///
/// **The guarantee.** For every protected count `v` (1 ≤ v < t: people with the outcome,
/// without it, or with a value, in a cell of a table in the frame; and for sensitive outcomes
/// the 0 of a group under the attribute limit where everyone or no one has the outcome) there
/// are two sets of integer, non-negative cell counts that agree with every published cell of
/// every table in the frame, for every outcome — one where the count is 0 and one where it is
/// at least `v + t` (for the attribute rule: at least `t`). So an attacker who combines every
/// table, period and outcome, with every additive relation between them, non-negativity and
/// integrality, cannot determine a protected count to within ± t. Every statistic shown to a
/// reader is computed from published cells only, so it adds nothing to what the cells give.
public struct DisclosurePattern: Sendable {
    /// What a cell is to a reader.
    public enum Status: Sendable, Hashable {
        /// The cell is published.
        case published
        /// The cell is hidden (`..`).
        case suppressed
        /// The table is not in the frame (dimension not offered, too deep, or taken out).
        case outsideFrame
    }

    /// The frame.
    public let frame: PublicationFrame
    let layout: FrameLayout
    /// Level labels per frame dimension, to check that a scan numbers slots the same way.
    let levels: [[String]]
    /// Period labels, when the data has a period.
    let periodLevels: [String]?
    let outcomeIndex: [String: Int]
    let dimensionIndex: [String: Int]
    let suppressed: [[Bool]]
    let dropped: [Set<Int>]
    let primaryCount: Int
    /// Certificates, when kept (tests verify them independently).
    let certificates: [(cell: Int, outcome: Int, need: ProtectionNeed, certificate: ProtectionCertificate)]
    /// Why tables left the frame (kept only with the certificates).
    let drops: [String]
    /// The counts the pattern was computed on (kept only with the certificates).
    let counts: FrameCounts?

    init(data: AnalysisData, frame: PublicationFrame, counts: FrameCounts, search: CertificateSearch) {
        self.frame = frame
        layout = counts.layout
        levels = data.dimensions.map(\.levels)
        periodLevels = data.period?.levels
        outcomeIndex = Dictionary(
            counts.outcomeNames.enumerated().map { (ColumnName.key($1), $0) }, uniquingKeysWith: { a, _ in a })
        dimensionIndex = Dictionary(
            data.dimensions.enumerated().map { (ColumnName.key($1.name), $0) }, uniquingKeysWith: { a, _ in a })
        suppressed = search.suppressed
        dropped = search.dropped
        primaryCount = search.primary.reduce(0) { $0 + $1.filter { $0 }.count }
        certificates = search.certificates
        drops = search.drops
        self.counts = search.keepCertificates ? counts : nil
    }

    /// Whether the pattern covers an outcome (values without a number of people are published
    /// statistics already and pass as they are).
    public func covers(outcome: String) -> Bool {
        frame.outcomes.contains { ColumnName.key($0) == ColumnName.key(outcome) }
    }

    /// The status of one cell: `slots` gives the slot of each crossed dimension (by name, in
    /// the numbering of ``Dimension/levels`` plus the unknown slot); `period` is a period slot,
    /// or nil for all periods pooled.
    public func status(outcome: String, slots: [String: Int], period: Int?) -> Status {
        guard covers(outcome: outcome) else { return .outsideFrame }
        var mask: UInt64 = 0
        var coordinate = [Int](repeating: 0, count: layout.shape.count)
        for (name, slot) in slots {
            guard let axis = dimensionIndex[ColumnName.key(name)], slot < layout.shape[axis] else {
                return .outsideFrame
            }
            mask |= 1 << UInt64(axis)
            coordinate[axis] = slot
        }
        if let period, let axis = layout.periodAxis {
            guard period < layout.shape[axis] else { return .outsideFrame }
            mask |= 1 << UInt64(axis)
            coordinate[axis] = period
        }
        guard let t = layout.tableByMask[mask] else { return .outsideFrame }
        guard let o = outcomeIndex[ColumnName.key(outcome)] else { return .published }
        guard !dropped[o].contains(t) else { return .outsideFrame }
        let table = layout.tables[t]
        return suppressed[o][table.offset + table.flat(coordinate)] ? .suppressed : .published
    }

    /// The slot of a level of a frame dimension, matched regardless of case.
    public func slot(of level: String, in dimension: String) -> Int? {
        guard let axis = dimensionIndex[ColumnName.key(dimension)] else { return nil }
        return levels[axis].firstIndex { ColumnName.key($0) == ColumnName.key(level) }
    }

    /// Whether a prepared dimension numbers its levels as the frame does.
    public func agrees(with dimension: Dimension) -> Bool {
        guard let axis = dimensionIndex[ColumnName.key(dimension.name)] else { return false }
        return levels[axis] == dimension.levels
    }

    /// Cells over all tables and outcomes.
    public var cellCount: Int { layout.cellCount * suppressed.count }
    /// Primary (small) cells over all tables and outcomes.
    public var primaryCells: Int { primaryCount }
    /// Suppressed cells over all tables and outcomes (primary included).
    public var suppressedCells: Int { suppressed.reduce(0) { $0 + $1.filter { $0 }.count } }
    /// Tables taken out of the frame, counted once per outcome.
    public var droppedTables: Int { dropped.reduce(0) { $0 + $1.count } }
}
