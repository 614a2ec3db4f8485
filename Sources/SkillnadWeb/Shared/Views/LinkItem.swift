/// A link with a short detail beside it (an analysis in a list, a goal and its level).
struct LinkItem: Sendable, Hashable {
    var href: String
    var label: String
    var detail: String
}
