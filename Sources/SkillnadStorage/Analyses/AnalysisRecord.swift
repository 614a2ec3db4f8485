import SkillnadCore

/// A stored analysis: its metadata and document at the current version.
public struct AnalysisRecord: Sendable, Hashable {
    /// Database id.
    public var id: Int64
    /// Title.
    public var title: String
    /// Who owns it.
    public var ownerId: Int64?
    /// The dataset it mainly concerns.
    public var datasetId: Int64?
    /// The document.
    public var document: AnalysisDocument
    /// Version, raised by one on every save (optimistic concurrency).
    public var version: Int
    /// When created.
    public var createdAt: Int64
    /// When last saved.
    public var updatedAt: Int64
    /// Who saved last.
    public var updatedBy: Int64?

    /// The method.
    public var method: AnalysisMethod { document.method }
}

/// One saved version of an analysis.
public struct AnalysisHistoryEntry: Sendable, Hashable {
    /// Version number.
    public var version: Int
    /// Who saved.
    public var userId: Int64?
    /// Their user name.
    public var username: String
    /// When.
    public var at: Int64
    /// What the save was about ("Steg 2 sparat").
    public var summary: String
    /// Title at that version.
    public var title: String
    /// The document at that version.
    public var document: AnalysisDocument
}

/// A comment on an analysis step.
public struct AnalysisComment: Sendable, Hashable, Codable {
    /// Database id.
    public var id: Int64
    /// Step id ("1", "2", "kriterier" …; "" for the whole analysis).
    public var step: String
    /// Who wrote it.
    public var username: String
    /// When.
    public var at: Int64
    /// The text.
    public var text: String
}

/// The result of saving an analysis.
public enum AnalysisSaveOutcome: Sendable {
    /// Saved; the new record.
    case saved(AnalysisRecord)
    /// Someone else saved first; the record as it now is.
    case conflict(current: AnalysisRecord)
}
