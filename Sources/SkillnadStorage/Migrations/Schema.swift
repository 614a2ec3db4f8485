/// The schema's migrations, one per file (`V001_…swift`, `V002_…swift`, …), each a
/// ``Migration`` with its version; ``Storage/migrations`` lists them in order.
enum Schema {}
