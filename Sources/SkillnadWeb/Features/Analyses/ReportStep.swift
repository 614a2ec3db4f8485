import Foundation
import SkillnadCore

/// One step of an analysis as read, not edited: the printable report is a list of these, and a
/// reader's step page shows one. Only what has content is included; a step with nothing filled in
/// says so.
struct ReportStep {
    /// The step it renders.
    var stepId: AnalysisStepID
    /// "Steg 1. Identifiera en skillnad".
    var title: String
    /// The parts with content, in the form's order.
    var parts: [ReportPart]
    /// "Steget är inte ifyllt ännu." when no part has content.
    var empty: String?
    /// The step's id for element ids (templates read stored properties only).
    var anchor: String
    /// Whether the step's title is printed (not on the step's own page, whose heading it is).
    var showsTitle = true

    init(_ stepId: AnalysisStepID, title: String, parts: [ReportPart?]) {
        self.stepId = stepId
        self.title = title
        anchor = stepId.rawValue
        self.parts = parts.compactMap { $0 }.filter { !$0.isEmpty }.map { part in
            var p = part
            p.hasList = !p.list.isEmpty
            p.hasFacts = !p.facts.isEmpty
            return p
        }
        empty = self.parts.isEmpty ? "Steget är inte ifyllt ännu." : nil
    }
}

/// A heading and what follows it: paragraphs, a list, facts, a table, charts.
struct ReportPart {
    var heading: String?
    var paragraphs: [String] = []
    var list: [String] = []
    var facts: [Fact] = []
    var table: ReportTable?
    var charts: [SafeHTML] = []

    /// A term and its value (a `<dl>` row).
    struct Fact {
        var term: String
        var value: String
    }

    /// Set by ``ReportStep`` for the template.
    var hasList = false
    /// Set by ``ReportStep`` for the template.
    var hasFacts = false

    var isEmpty: Bool {
        paragraphs.isEmpty && list.isEmpty && facts.isEmpty && (table?.rows.isEmpty ?? true) && charts.isEmpty
    }

    /// A part of texts, leaving out the empty ones.
    static func text(_ heading: String?, _ texts: String...) -> ReportPart {
        ReportPart(heading: heading, paragraphs: texts.map(trimmed).filter { !$0.isEmpty })
    }

    /// Facts, leaving out those without a value.
    static func facts(_ heading: String?, _ facts: [(String, String?)]) -> ReportPart {
        ReportPart(
            heading: heading,
            facts: facts.compactMap { term, value in
                guard let value = value.map(trimmed), !value.isEmpty else { return nil }
                return Fact(term: term, value: value)
            })
    }

    static func trimmed(_ text: String) -> String {
        text.trimmingCharacters(in: .whitespacesAndNewlines)
    }
}

/// A table in a report.
struct ReportTable {
    var caption: String?
    var header: [Cell]
    var rows: [[Cell]]

    /// A cell; numbers are right-aligned.
    struct Cell {
        var text: String
        var numeric: Bool = false
    }
}
