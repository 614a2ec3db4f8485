/// One option of a checkbox list, radio group or select: its value, label and whether chosen.
struct Choice: Sendable, Hashable {
    var value: String
    var label: String
    var checked: Bool
}
