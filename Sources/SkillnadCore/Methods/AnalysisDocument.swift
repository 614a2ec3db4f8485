import Foundation

/// The content of an analysis: one of the two methods' documents and the status of each step.
/// Stored as JSON; every field round-trips.
public struct AnalysisDocument: Sendable, Codable, Hashable {
    /// The method's document.
    public enum Content: Sendable, Codable, Hashable {
        /// Huddinge's three steps.
        case huddinge(DifferenceAnalysis)
        /// The ISU analysis.
        case isu(ISUAnalysis)
    }

    /// The document.
    public var content: Content
    /// Step id → status.
    public var stepStatus: [String: StepStatus]

    /// Creates an empty document of a method.
    public init(method: AnalysisMethod) {
        switch method {
        case .huddinge: content = .huddinge(DifferenceAnalysis())
        case .isu: content = .isu(ISUAnalysis())
        }
        stepStatus = [:]
    }

    /// Creates a document.
    public init(content: Content, stepStatus: [String: StepStatus] = [:]) {
        self.content = content
        self.stepStatus = stepStatus
    }

    /// The method.
    public var method: AnalysisMethod {
        switch content {
        case .huddinge: .huddinge
        case .isu: .isu
        }
    }

    /// The Huddinge document, when that is the method.
    public var huddinge: DifferenceAnalysis? {
        if case .huddinge(let d) = content { return d }
        return nil
    }

    /// The ISU document, when that is the method.
    public var isu: ISUAnalysis? {
        if case .isu(let d) = content { return d }
        return nil
    }

    /// Status of a step (not started when unset).
    public func status(_ step: AnalysisStepID) -> StepStatus {
        stepStatus[step.rawValue] ?? .notStarted
    }

    /// Sets a step's status.
    public mutating func setStatus(_ status: StepStatus, of step: AnalysisStepID) {
        stepStatus[step.rawValue] = status
    }

    /// Every snapshot of an explorer difference in the document.
    public var snapshots: [DifferenceSnapshot] {
        switch content {
        case .huddinge(let d): d.differences.compactMap(\.snapshot)
        case .isu(let d): d.observations.compactMap(\.snapshot)
        }
    }

    /// The measures (Huddinge step 3 or ISU step 4).
    public var measures: [PlannedMeasure] {
        switch content {
        case .huddinge(let d): d.measures
        case .isu(let d): d.measures
        }
    }

    /// Goal ids linked from the document.
    public var goalIds: [Int64] { huddinge?.goalIds ?? [] }

    /// JSON encoding (sorted keys, so equal documents encode equally).
    public func encoded() throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return String(decoding: try encoder.encode(self), as: UTF8.self)
    }

    /// Decodes JSON.
    public static func decode(_ json: String) throws -> AnalysisDocument {
        try JSONDecoder().decode(AnalysisDocument.self, from: Data(json.utf8))
    }
}
