/// The seed's status face — "ett ansikte (rött, gult eller grönt) med surt, neutralt eller glatt
/// ansiktsuttryck" — and a grey face without a mouth for "Kan inte bedömas". The mouth carries the
/// status without colour; the label says it in words.
public enum StatusFace {
    /// The face's mood.
    public enum Mood: String, Sendable {
        case happy, neutral, sad, none
    }

    /// A 28 px face.
    public static func svg(_ mood: Mood, label: String) -> String {
        let (fill, stroke) =
            switch mood {
            case .happy: ("#2e9e5b", "#14532d")
            case .neutral: ("#f2c230", "#6b4e00")
            case .sad: ("#d9463b", "#5f1212")
            case .none: ("#e5e7eb", "#4b5563")
            }
        let mouth =
            switch mood {
            case .happy: "<path d=\"M9 17 Q14 22 19 17\" fill=\"none\" stroke=\"\(stroke)\" stroke-width=\"2\"/>"
            case .neutral: "<path d=\"M9 18 L19 18\" stroke=\"\(stroke)\" stroke-width=\"2\"/>"
            case .sad: "<path d=\"M9 20 Q14 15 19 20\" fill=\"none\" stroke=\"\(stroke)\" stroke-width=\"2\"/>"
            case .none: "<path d=\"M10 18 L18 18\" stroke=\"\(stroke)\" stroke-width=\"1.5\" stroke-dasharray=\"2 2\"/>"
            }
        return
            "<svg class=\"face\" width=\"28\" height=\"28\" viewBox=\"0 0 28 28\" role=\"img\" aria-label=\"\(SVG.escape(label))\">"
            + "<circle cx=\"14\" cy=\"14\" r=\"12.5\" fill=\"\(fill)\" stroke=\"\(stroke)\" stroke-width=\"1.5\"/>"
            + "<circle cx=\"10\" cy=\"11\" r=\"1.6\" fill=\"\(stroke)\"/><circle cx=\"18\" cy=\"11\" r=\"1.6\" fill=\"\(stroke)\"/>"
            + mouth + "</svg>"
    }
}
