/// The content types the application sends, each written once.
enum ContentType: String, Sendable {
    case html = "text/html; charset=utf-8"
    case json = "application/json; charset=utf-8"
    case csv = "text/csv; charset=utf-8"
    case svg = "image/svg+xml; charset=utf-8"
    /// An Excel workbook (.xlsx).
    case workbook = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    case css = "text/css; charset=utf-8"
    case javascript = "text/javascript; charset=utf-8"
}
