/// One year's answers to a checklist: per question number (1-based) the answer, a comment, who is
/// responsible and by when.
public struct ChecklistAnswers: Sendable, Hashable, Codable {
    /// One question's answer.
    public struct Entry: Sendable, Hashable, Codable {
        /// The answer, if given.
        public var answer: GoalChecklist.Answer?
        /// Comment.
        public var comment: String
        /// Who is responsible for what remains.
        public var responsible: String
        /// Date (YYYY-MM-DD) by which, if any.
        public var date: String

        /// An entry.
        public init(answer: GoalChecklist.Answer?, comment: String = "", responsible: String = "", date: String = "") {
            self.answer = answer
            self.comment = comment
            self.responsible = responsible
            self.date = date
        }
    }

    /// Question number → entry.
    public var entries: [Int: Entry]

    /// Answers.
    public init(entries: [Int: Entry] = [:]) {
        self.entries = entries
    }

    /// Counts per answer, in the answer model's order, and the unanswered.
    public func summary(questions: Int) -> (counts: [(GoalChecklist.Answer, Int)], unanswered: Int) {
        let answered = entries.values.compactMap(\.answer)
        return (
            GoalChecklist.Answer.allCases.map { a in (a, answered.filter { $0 == a }.count) },
            max(0, questions - answered.count)
        )
    }
}
