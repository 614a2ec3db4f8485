import SkillnadCore

/// Collects the ISU demo columns row by row.
struct ISUColumns {
    var text: [String: [String?]] = [:]
    var numbers: [String: [Double?]] = [:]

    static let order = [
        "ärende_id", "år", "kön", "könsidentitet", "ålder", "åldersgrupp", "område", "födelseland", "utsatthet",
        "risk_bbic", "behov_av_stod", "behov_natverk", "behov_anhorig", "annan_verksamhet", "onskar_stod",
        "onskemal_tillvarataget", "samtycke", "beviljad_insats", "tillfragad_delta", "ville_delta", "samtal_planerat",
        "vh_hindrade", "samtal_utan_vh_vilja", "kommunikationsstod_fn", "kommunikationsstod_alder", "tolk",
        "barnsamtal_genomfort", "uppfoljning_genomford", "forbattrad_situation",
    ]

    static func yesNo(_ value: Bool) -> String { value ? "Ja" : "Nej" }

    mutating func put(_ name: String, _ value: String) { text[name, default: []].append(value) }

    mutating func append(
        id: String, year: Int, sex: String, identity: String, age: Int, area: String, birth: String, exposure: String,
        risk: String, needsSupport: Bool, network: Bool, relative: Bool, elsewhere: Bool, wish: String,
        wishUsed: String, consent: String, granted: Bool, asked: Bool, wanted: Bool, planned: Bool, hindered: Bool,
        againstWill: Bool, supportDisability: String, supportAge: String, interpreter: String, talked: Bool,
        followedUp: Bool, improved: Bool
    ) {
        put("ärende_id", id)
        numbers["år", default: []].append(Double(year))
        put("kön", sex)
        put("könsidentitet", identity)
        numbers["ålder", default: []].append(Double(age))
        put("åldersgrupp", Storkoping.ageBand(age))
        put("område", area)
        put("födelseland", birth)
        put("utsatthet", exposure)
        put("risk_bbic", risk)
        put("behov_av_stod", Self.yesNo(needsSupport))
        put("behov_natverk", Self.yesNo(network))
        put("behov_anhorig", Self.yesNo(relative))
        put("annan_verksamhet", Self.yesNo(elsewhere))
        put("onskar_stod", wish)
        put("onskemal_tillvarataget", wishUsed)
        put("samtycke", consent)
        put("beviljad_insats", Self.yesNo(granted))
        put("tillfragad_delta", Self.yesNo(asked))
        put("ville_delta", asked ? Self.yesNo(wanted) : "Ej aktuellt")
        put("samtal_planerat", Self.yesNo(planned))
        put("vh_hindrade", Self.yesNo(hindered))
        put("samtal_utan_vh_vilja", Self.yesNo(againstWill))
        put("kommunikationsstod_fn", supportDisability)
        put("kommunikationsstod_alder", supportAge)
        put("tolk", interpreter)
        put("barnsamtal_genomfort", Self.yesNo(talked))
        put("uppfoljning_genomford", Self.yesNo(followedUp))
        put("forbattrad_situation", Self.yesNo(improved))
    }

    func build() -> [Column] {
        Self.order.map { name in
            if let values = numbers[name] { return Column(name: name, numbers: values) }
            return Column(name: name, text: text[name] ?? [])
        }
    }
}
