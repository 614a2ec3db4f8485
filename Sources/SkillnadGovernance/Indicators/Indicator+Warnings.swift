extension Indicator {
    /// What the guides say is wrong with the indicator as set up, in Swedish: an individual-based
    /// indicator not divided by kön (SFS 2001:100 14 §, seed 001, E-2.4) unless a reason is written;
    /// a target on an information measure (F-7.3 c) or on one the municipality can influence only
    /// to a small degree (F-7.4).
    public func warnings(observations: [IndicatorObservation]) -> [String] {
        var out: [String] = []
        if individBased, sexSplitWaiver?.isEmpty ?? true,
            let latest = observations.last(where: { $0.value != nil }), !latest.isDividedBySex
        {
            out.append(
                "Individbaserad statistik ska redovisas uppdelad på kön (förordningen 2001:100, 14 §). "
                    + "Senaste värdet (\(latest.period)) saknar uppdelning på kvinnor och män; ange ett skäl om det inte går."
            )
        }
        if category == .information && !targets.isEmpty {
            out.append("Ett informationsmått ligger utanför kommunens påverkan och kan inte målsättas.")
        }
        if influence == .small && !targets.isEmpty && category != .information
            && (smallInfluenceReason ?? "").trimmingCharacters(in: .whitespaces).isEmpty
        {
            out.append(
                "Vid liten påverkansmöjlighet bör måttet endast användas i ett informativt syfte, det vill säga ett "
                    + "informationsmått: välj kategorin viktig information, eller ange skälet att ändå sätta ett mål.")
        }
        return out
    }
}
