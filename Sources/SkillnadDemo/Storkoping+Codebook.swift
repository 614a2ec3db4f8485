import SkillnadCore

extension Storkoping {
    /// Readable labels for the demo datasets' column names, as a municipality would keep them in
    /// a codebook beside its system extract: `beviljad_insats` → "Beviljad insats". The demo is
    /// loaded with them applied; the names stay the columns' codes.
    public static let codebook = Codebook(labels: [
        // ISU barn och unga: the criteria questions' wording (Socialstyrelsen's ISU appendix).
        "ärende_id": "Ärende-id",
        "risk_bbic": "Risk att fara illa (BBIC)",
        "behov_av_stod": "Behov av stöd",
        "behov_natverk": "Behov kan tillgodoses av nätverk",
        "behov_anhorig": "Behov kan tillgodoses av anhörig",
        "annan_verksamhet": "Bör tillgodoses av annan verksamhet",
        "onskar_stod": "Önskar föreslaget stöd",
        "onskemal_tillvarataget": "Önskemål om insats tillvarataget",
        "beviljad_insats": "Beviljad insats",
        "tillfragad_delta": "Tillfrågad om att delta",
        "ville_delta": "Ville delta",
        "samtal_planerat": "Samtal med barnet planerat",
        "vh_hindrade": "Vårdnadshavare hindrade",
        "samtal_utan_vh_vilja": "Samtal mot vårdnadshavares vilja",
        "kommunikationsstod_fn": "Kommunikationsstöd, funktionsnedsättning",
        "kommunikationsstod_alder": "Kommunikationsstöd, låg ålder",
        "barnsamtal_genomfort": "Barnsamtal genomfört",
        "uppfoljning_genomford": "Uppföljning genomförd",
        "forbattrad_situation": "Förbättrad situation",
        // Skolresultat åk 9.
        "antal_elever": "Antal elever",
        "behöriga_gymnasiet": "Behöriga till gymnasiet",
        "meritvärde_medel": "Meritvärde (medel)",
        // Områdesindikatorer.
        "invånare_20_64": "Invånare 20–64 år",
        "ekonomiskt_bistånd": "Ekonomiskt bistånd",
    ])
}
