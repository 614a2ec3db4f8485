/// "Styr- och uppföljningssystem" (seed 004, *Mål- och resultatstyrning*, l. 142–190; requirement
/// F-0.1): the steering chain "val – beställning/mål – tjänster" and the follow-up chain back
/// "brukarundersökningar – uppföljning/kontroll – information/resultat", with dialogue in the
/// middle; förtroendevalda, verksamhet and brukare within medborgare, in the local community.
public enum GovernanceSystemFigure {
    /// The figure as SVG, 680 × 300.
    public static func svg() -> String {
        var out = SVG.open(
            width: 680, height: 300, title: "Styr- och uppföljningssystem",
            description:
                "Styrning: val, beställning och mål, tjänster. Uppföljning: brukarundersökningar, uppföljning och kontroll, information och resultat. Dialog i mitten.",
            id: "styrsystem")
        out +=
            "<defs><marker id=\"pil\" viewBox=\"0 0 10 10\" refX=\"9\" refY=\"5\" markerWidth=\"7\" markerHeight=\"7\" orient=\"auto-start-reverse\"><path d=\"M0 0 L10 5 L0 10 z\" fill=\"#374151\"/></marker></defs>"
        out += "<rect x=\"4\" y=\"4\" width=\"672\" height=\"292\" rx=\"14\" fill=\"#f3f4f6\" stroke=\"#9ca3af\"/>"
        out += "<text x=\"16\" y=\"24\" font-size=\"13\" fill=\"#374151\">Lokalsamhälle</text>"
        out += "<rect x=\"24\" y=\"34\" width=\"632\" height=\"248\" rx=\"12\" fill=\"#ffffff\" stroke=\"#9ca3af\"/>"
        out += "<text x=\"36\" y=\"54\" font-size=\"13\" fill=\"#374151\">Medborgare</text>"
        let boxes = [("Förtroendevalda", 44.0), ("Verksamhet", 264.0), ("Brukare", 484.0)]
        for (name, x) in boxes {
            out +=
                "<rect x=\"\(SVG.n(x))\" y=\"118\" width=\"152\" height=\"56\" rx=\"8\" fill=\"#dbeafe\" stroke=\"#1f5fa8\"/>"
            out +=
                "<text x=\"\(SVG.n(x + 76))\" y=\"151\" text-anchor=\"middle\" font-size=\"14\" font-weight=\"700\" fill=\"#111827\">\(SVG.escape(name))</text>"
        }
        out +=
            "<text x=\"560\" y=\"190\" text-anchor=\"middle\" font-size=\"11\" fill=\"#374151\">föräldrar, hemtjänsttagare,</text>"
        out += "<text x=\"560\" y=\"203\" text-anchor=\"middle\" font-size=\"11\" fill=\"#374151\">elever etc.</text>"
        func arrow(_ x1: Double, _ y1: Double, _ x2: Double, _ y2: Double, _ label: String, _ ly: Double) -> String {
            "<line x1=\"\(SVG.n(x1))\" y1=\"\(SVG.n(y1))\" x2=\"\(SVG.n(x2))\" y2=\"\(SVG.n(y2))\" stroke=\"#374151\" stroke-width=\"1.6\" marker-end=\"url(#pil)\"/>"
                + "<text x=\"\(SVG.n((x1 + x2) / 2))\" y=\"\(SVG.n(ly))\" text-anchor=\"middle\" font-size=\"12\" fill=\"#111827\">\(SVG.escape(label))</text>"
        }
        // Steering, left to right above; the vote from the residents back to the elected.
        out += arrow(196, 130, 262, 130, "beställning/mål", 122)
        out += arrow(416, 130, 482, 130, "tjänster", 122)
        out +=
            "<path d=\"M560 116 C560 70 120 70 120 116\" fill=\"none\" stroke=\"#374151\" stroke-width=\"1.6\" marker-end=\"url(#pil)\"/>"
        out += "<text x=\"340\" y=\"80\" text-anchor=\"middle\" font-size=\"12\" fill=\"#111827\">val</text>"
        // Follow-up, right to left below.
        out += arrow(482, 162, 418, 162, "brukarundersökningar", 190)
        out += arrow(262, 162, 198, 162, "uppföljning/kontroll", 190)
        out +=
            "<text x=\"230\" y=\"205\" text-anchor=\"middle\" font-size=\"12\" fill=\"#111827\">information/resultat</text>"
        out +=
            "<text x=\"340\" y=\"250\" text-anchor=\"middle\" font-size=\"14\" font-weight=\"700\" fill=\"#067647\">Dialog</text>"
        return out + "</svg>"
    }
}
