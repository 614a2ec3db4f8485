/// One of the appendix's example variables: a question and its answer options, in the seed's
/// words (SKR, *Jämställdhetsintegrerad analys av ISU*, tables 1 and 2).
///
/// ```swift
/// CriterionQuestion("Hur bedöms risken att barnet far illa?",
///                   ["Inte känt", "Låg risk", "Förhöjd risk", "Hög risk"])
/// ```
public struct CriterionQuestion: Sendable, Hashable {
    /// The question.
    public var question: String
    /// The answer options (empty when the seed gives none).
    public var options: [String]

    /// Creates a question.
    public init(_ question: String, _ options: [String]) {
        self.question = question
        self.options = options
    }

    /// The question with its options, as one line: "Önskar brukaren få det stöd som föreslås? Ja/Nej/Vet ej".
    public var line: String {
        options.isEmpty ? question : question + " " + options.joined(separator: " / ")
    }
}
