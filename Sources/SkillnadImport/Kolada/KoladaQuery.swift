/// What to fetch from Kolada's API and the request paths it takes: the data endpoint of API v2
/// (`/v2/data/kpi/{kpi,…}/municipality/{id,…}/year/{year,…}`, or `/v2/oudata/…/ou/…` for
/// organisational units), at most 25 ids per path segment as the API allows.
///
/// ```swift
/// let query = try KoladaQuery(kpis: ["N00945"], units: ["0180", "1480"], years: KoladaQuery.years("2015-2020"))
/// query.paths   // ["/v2/data/kpi/N00945/municipality/0180,1480/year/2015,2016,2017,2018,2019,2020"]
/// ```
public struct KoladaQuery: Sendable, Equatable {
    /// KPI ids (N00945, U21468 …).
    public var kpis: [String]
    /// Municipality (0180) or organisational unit (V15E018001301) ids.
    public var units: [String]
    /// Years.
    public var years: [Int]
    /// Whether the units are organisational units (`oudata`).
    public var organisationalUnits: Bool

    /// Most ids in one path segment.
    public static let idsPerSegment = 25
    /// Every municipality (no unit segment in the path): what a comparison with all needs.
    public private(set) var everyMunicipality = false

    /// Creates a query, checking the ids (letters and digits) and the years (1990–2100).
    public init(kpis: [String], units: [String], years: [Int], organisationalUnits: Bool = false) throws {
        func valid(_ id: String) -> Bool {
            !id.isEmpty && id.count <= 40
                && id.unicodeScalars.allSatisfy { $0.properties.isAlphabetic || ("0"..."9").contains($0) }
                && id.unicodeScalars.allSatisfy(\.isASCII)
        }
        guard !kpis.isEmpty else { throw KoladaQueryError("Ange minst ett nyckeltal (t.ex. N00945).", part: .kpis) }
        guard !units.isEmpty else {
            throw KoladaQueryError(
                "Ange minst en kommun (t.ex. 0180)\(organisationalUnits ? " eller enhet" : "").", part: .units)
        }
        if let bad = (kpis + units).first(where: { !valid($0) }) {
            throw KoladaQueryError(
                "\"\(bad)\" är inget giltigt id i Kolada (bara bokstäver och siffror).",
                part: kpis.contains(bad) ? .kpis : .units)
        }
        guard !years.isEmpty, years.allSatisfy({ (1990...2100).contains($0) }) else {
            throw KoladaQueryError("Åren måste ligga mellan 1990 och 2100.", part: .years)
        }
        self.kpis = kpis
        self.units = units
        self.years = years
        self.organisationalUnits = organisationalUnits
    }

    /// Every municipality's values of the KPIs in the years (`/v2/data/kpi/{kpi}/year/{years}`).
    public static func everyMunicipality(kpis: [String], years: [Int]) throws -> KoladaQuery {
        var query = try KoladaQuery(kpis: kpis, units: ["alla"], years: years)
        query.units = []
        query.everyMunicipality = true
        return query
    }

    /// Years from "2015-2024", "2015,2016" or "2020".
    public static func years(_ text: String) throws -> [Int] {
        var years: [Int] = []
        for part in text.split(separator: ",").map({ $0.trimmingCharacters(in: .whitespaces) }) {
            let ends = part.split(separator: "-").map { Int($0.trimmingCharacters(in: .whitespaces)) }
            switch ends.count {
            case 1:
                guard let year = ends[0] else { throw KoladaQueryError("\"\(part)\" är inget årtal.", part: .years) }
                years.append(year)
            case 2:
                guard let from = ends[0], let to = ends[1], from <= to, to - from <= 100 else {
                    throw KoladaQueryError("\"\(part)\" är inget intervall av år (t.ex. 2015-2024).", part: .years)
                }
                years += Array(from...to)
            default:
                throw KoladaQueryError("\"\(part)\" är inget årtal eller intervall.", part: .years)
            }
        }
        return years
    }

    /// The request paths, each with at most 25 ids per segment.
    public var paths: [String] {
        let kind = organisationalUnits ? ("oudata", "ou") : ("data", "municipality")
        let yearList = years.map(String.init).joined(separator: ",")
        var paths: [String] = []
        for kpiChunk in Self.chunks(kpis) where everyMunicipality {
            paths.append("/v2/data/kpi/\(kpiChunk.joined(separator: ","))/year/\(yearList)")
        }
        for kpiChunk in Self.chunks(kpis) where !everyMunicipality {
            for unitChunk in Self.chunks(units) {
                paths.append(
                    "/v2/\(kind.0)/kpi/\(kpiChunk.joined(separator: ","))/\(kind.1)/\(unitChunk.joined(separator: ","))/year/\(yearList)"
                )
            }
        }
        return paths
    }

    /// The ids in groups of at most ``idsPerSegment``.
    public static func chunks(_ ids: [String]) -> [[String]] {
        stride(from: 0, to: ids.count, by: idsPerSegment).map { Array(ids[$0..<min(ids.count, $0 + idsPerSegment)]) }
    }
}

/// A query that cannot be sent, in Swedish, and the part of the query it concerns, so the
/// command line can name its option and a web page its field.
public struct KoladaQueryError: Error, Sendable, CustomStringConvertible {
    /// The part of the query.
    public enum Part: Sendable, Hashable {
        /// The KPIs.
        case kpis
        /// The municipalities or units.
        case units
        /// The years.
        case years
    }

    /// The message, without naming an option or a field.
    public var description: String
    /// What it concerns.
    public var part: Part

    init(_ description: String, part: Part) {
        self.description = description
        self.part = part
    }
}
