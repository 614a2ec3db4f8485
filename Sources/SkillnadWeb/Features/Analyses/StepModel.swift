import SkillnadCore

/// What a step page shows: the common frame (steps, status, comments) and the step's own fields.
struct StepModel {

    var id: Int64
    var title: String
    var method: String
    var csrf: String
    var version: Int
    var readonly: Bool
    var action: String
    var steps: [StepNavItem]
    var stepId: String
    var number: String
    var stepTitle: String
    var question: String
    var statuses: [Choice]
    var comments: [AnalysisRoutes.CommentView]
    var next: String?
    var error: String?
    var h1: Huddinge1?
    var h2: Huddinge2?
    var h3: MeasuresStep?
    var i1: ISU1?
    var ik: CriteriaStep?
    var i2: ISU2?
    var i3: ISU3?
    var i4: MeasuresStep?
    /// For readers: the step as read, without form controls.
    var readStep: ReportStep?

    struct StepNavItem {
        var href: String
        var label: String
        var status: String
        var statusClass: String
        var current: Bool
    }

    struct Huddinge1 {
        var rows: [DifferenceRow]
        var summary: [SummaryRow]
        var sortedByD: Bool
        var sortHref: String
        var motivation: String
        var hasGoals: Bool
        var noneChosen: Bool
    }

    struct DifferenceRow {
        var index: Int
        var number: Int
        var id: String
        var measure: String
        var groups: String
        var numbers: String
        var chart: SafeHTML?
        var explorerHref: String?
        var source: String?
        var goals: [Choice]
        var goalText: String
        var a: [Choice]
        var b: [Choice]
        var c: [Choice]
        var ac: String
        var bc: String
        var cc: String
        var sum: String
        var chosen: Bool
        var isNew: Bool
    }

    struct SummaryRow {
        var id: String
        var number: Int
        var measure: String
        var a: String
        var b: String
        var c: String
        var d: String
        var chosen: Bool
    }

    struct Huddinge2 {
        var chosen: String?
        var grounds: [Choice]
        var others: [IndexedText]
        var targetSummary: String
        var society: [PairRow]
        var organisation: [PairRow]
        var judgement: [Choice]
        var influence: [Choice]
        var proceed: [Choice]
        var proceedReason: String
    }

    struct IndexedText {
        var index: Int
        var number: Int
        var text: String
    }

    struct PairRow {
        var index: Int
        var number: Int
        var factor: String
        var norm: String
    }

    struct MeasuresStep {
        var measures: [MeasureRow]
        var diagram: SafeHTML
        var svgHref: String
        var huddinge: Bool
        var chosenComment: String
        var norms: String
        var responsible: String
        var implementationDate: String
        var followUpDate: String
        var governanceComment: String
        var notes: String
        var decisions: String
        var involvement: String
        /// Huddinge: step 3 waits for 2.3 to conclude omotiverad, unless the analyst goes on anyway.
        var gate: Gate?
        var gated: Bool
    }

    struct Gate {
        var judgement: String
        var proceedAnyway: Bool
        var reason: String
    }

    struct MeasureRow {
        var index: Int
        var number: Int
        var id: String
        var levels: [Choice]
        /// ISU step 4: where the measure is decided.
        var arenas: [Choice]
        var text: String
        var effectText: String
        var effect: [Choice]
        var resourceText: String
        var resources: [Choice]
        var chosen: Bool
        /// Nil for a blank row (and no section: empty strings count as true in templates).
        var efficiency: String?
        var saved: Bool
    }

    struct ISU1 {
        var question: String
        var dataNeeded: String
        var dataAvailable: String
        var observations: [ObservationRow]
        var seen: String
        var reliable: [Choice]
        var relevant: [Choice]
        var current: [Choice]
        var qualityComment: String
    }

    struct ObservationRow {
        var index: Int
        var number: Int
        var id: String
        var text: String
        var numbers: String?
        var chart: SafeHTML?
        var explorerHref: String?
        var saved: Bool
    }

    struct CriteriaStep {
        var kinds: [Choice]
        var datasets: [Choice]
        var outcomes: [Choice]
        var groupColumns: [Choice]
        var group1: String
        var group2: String
        /// The criteria of each kind; the page shows the chosen kind's (the other's are hidden and
        /// shown at once when the user switches kind).
        var criteriaGroups: [CriteriaGroup]
        var result: CriteriaView?
        var hasDataset: Bool
        /// The conclusion by the seed's rule and the analyst's judgement of the whole.
        var appraisal: AppraisalView
        /// The seed's texts shown beside the form.
        var rule = CriteriaRule.rule
        var definition = CriteriaRule.definition
        var purpose = CriteriaRule.purpose
        var gather = CriteriaRule.gather
        var exampleHeading = CriteriaRule.exampleHeading
        var example = CriteriaRule.example
        var aidNote = CriteriaRule.aidNote
    }

    struct CriteriaGroup {
        var kind: String
        var label: String
        var lead: String
        var hidden: Bool
        var criteria: [CriterionRow]
    }

    struct QuestionView {
        var question: String
        var options: [String]
        var hasOptions: Bool
    }

    struct CriterionRow {
        var id: String
        var heading: String
        var neededLead: String
        var needed: [String]
        var questions: [QuestionView]
        var sources: [Choice]
        var columns: [Choice]
        var hasColumns: Bool
        /// Which fields show (the page's script switches them when the source changes).
        var fromData: Bool
        var fromCounts: Bool
        var characteristic: String
        var firstWith: String
        var firstTotal: String
        var secondWith: String
        var secondTotal: String
        var first: String
        var second: String
        var judgements: [Choice]
        var reason: String
        var informationSource: String
        /// "Statistisk läsning: förklarar skillnaden" when computed from data.
        var reading: String?
        var countsEvidence: String?
        var differs: Bool
    }

    struct AppraisalView {
        var byRule: String
        var byRuleClass: String
        var judgements: [Choice]
        var reason: String
        var differs: Bool
        var recorded: String
        var aids: [String]
        var hasAids: Bool
        var reminder: String
    }

    struct CriteriaView {
        var lines: [String]
        var conclusion: String
        var conclusionClass: String
        var rows: [CriteriaRowView]
        var groups: String
        var version: Int
        var reminder: String
    }

    struct CriteriaRowView {
        var title: String
        var columns: String
        var estimate: String
        var interval: String
        var explained: String
        var verdict: String
        var verdictClass: String
        var excluded: String
    }

    struct ISU2 {
        var individual: String
        var organisation: String
        var world: String
        var bias: String
    }

    struct ISU3 {
        var hypotheses: String
        var inequalityRisk: String
        var normsRisk: String
        var knowledgeNeeds: String
        var conclusions: String
        var comparisons: String
    }
}
