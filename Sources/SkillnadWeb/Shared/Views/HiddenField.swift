/// A hidden form field that carries a value through a form (the explorer's query).
struct HiddenField: Sendable, Hashable {
    var name: String
    var value: String
}
