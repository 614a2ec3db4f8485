/// Published cells and the additive relations between them.
///
/// Each ``Line`` says that a margin cell equals the sum of its member cells (a row total, a
/// column total, a sex total, an area's municipality). Secondary suppression makes sure no
/// suppressed cell can be recomputed from the published ones through these relations.
public struct DisclosureGraph: Sendable {
    /// One additive relation: `margin = Σ members`.
    public struct Line: Sendable, Hashable {
        /// The margin cell.
        public var margin: Int
        /// The member cells.
        public var members: [Int]

        /// Creates a line.
        public init(margin: Int, members: [Int]) {
            self.margin = margin
            self.members = members
        }
    }

    /// Unweighted people per cell (NaN when unknown).
    public var people: [Double]
    /// Number with the outcome per cell (nil entries for non-binary outcomes).
    public var events: [Double?]
    /// The relations.
    public var lines: [Line]

    /// Creates a graph.
    public init(people: [Double], events: [Double?], lines: [Line]) {
        self.people = people
        self.events = events
        self.lines = lines
    }

    /// Adds a cell and returns its index.
    public mutating func addCell(people: Double, events: Double?) -> Int {
        self.people.append(people)
        self.events.append(events)
        return self.people.count - 1
    }

    /// An empty graph.
    public init() {
        self.init(people: [], events: [], lines: [])
    }

    /// Number of cells.
    public var count: Int { people.count }
}
