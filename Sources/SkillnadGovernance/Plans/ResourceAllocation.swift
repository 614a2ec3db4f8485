/// A planning period's resource allocation (F-8.1): the amount per nämnd or verksamhet (and
/// area or group where it is split so), the principles behind it, the goals each allocation
/// funds, how volume changes are compensated and how unforeseen events are handled.
///
/// The guide: "Om ett geografiskt område eller en viss verksamhet får mer resurser än andra kan
/// skälet vara att andelen äldre eller barnfamiljer är större" (seed 004, l. 676–710).
public struct ResourceAllocation: Sendable, Hashable, Codable {
    /// One allocation.
    public struct Row: Sendable, Hashable, Codable {
        /// The nämnd or verksamhet.
        public var unit: String
        /// Area or group, when the allocation is split so.
        public var area: String
        /// Amount in thousand kronor (tkr).
        public var amount: Double?
        /// Why it is this size (population, forecasts, political priorities).
        public var principle: String
        /// The goals it funds.
        public var goalIds: [Int64]

        /// A row.
        public init(
            unit: String, area: String = "", amount: Double? = nil, principle: String = "", goalIds: [Int64] = []
        ) {
            self.unit = unit
            self.area = area
            self.amount = amount
            self.principle = principle
            self.goalIds = goalIds
        }
    }

    /// The allocations.
    public var rows: [Row]
    /// Principles for the whole allocation (befolkningsstatistik, prognoser, politiska prioriteringar).
    public var principles: String
    /// The model compensating volume changes.
    public var volumeModel: String
    /// How unforeseen events are handled.
    public var unforeseen: String

    /// An allocation.
    public init(rows: [Row] = [], principles: String = "", volumeModel: String = "", unforeseen: String = "") {
        self.rows = rows
        self.principles = principles
        self.volumeModel = volumeModel
        self.unforeseen = unforeseen
    }

    /// The sum of the amounts given.
    public var total: Double {
        rows.compactMap(\.amount).reduce(0, +)
    }

    /// Allocations that fund no goal — the guide asks how goals and allocation are linked.
    public var withoutGoal: [Row] {
        rows.filter { $0.goalIds.isEmpty }
    }
}
