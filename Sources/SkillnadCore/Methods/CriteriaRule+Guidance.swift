/// The appendix's guidance in the seed's words (SKR, *Jämställdhetsintegrerad analys av ISU*,
/// bilaga "Att arbeta med kriterierna för omotiverade skillnader").
extension CriteriaRule {
    /// Steg 1 of working with the criteria.
    public static let gather =
        "Steg 1: Ta fram så många uppgifter som möjligt utifrån er frågeställning genom att använda tabell 1 och 2 som stöd. Information kan hämtas från verksamhetssystemen eller genom aktgranskning."

    /// The worked example's heading.
    public static let exampleHeading =
        "Exempel: Resultat av er uppföljning visar att en större andel flickor än pojkar beviljas insatser"

    /// The worked example, question by question.
    public static let example = [
        "Kan skillnaden förklaras av att det finns skillnader i behov? Det vill säga, beror resultatet på att flickorna i högre utsträckning än pojkarna är våldsutsatta eller att att utsattheten är mer allvarlig? Om det inte finns någon skillnad i utsatthet, så är skillnaden omotiverad enligt detta kriterium.",
        "Kan skillnaden förklaras av att behovet har tillgodosetts på annat sätt? I det här exemplet att pojkarna i högre grad har hänvisats till annan verksamhet. Det vill säga beror skillnaden på att en större andel av gruppen pojkar har behov av insatser från hälso- och sjukvården eller skola än vad flickor har. Då kan skillnaden i tillgång till insatser vara motiverad.",
        "Kan skillnaden förklaras av skillnader i den enskildes åsikter och inställning? Det vill säga beror skillnaden på att pojkar och/eller deras vårdnadshavare i större utsträckning tackar nej till insats jämfört med flickor. Då är skillnaden i tillgång till insatser motiverad, om än inte oproblematisk, då den i praktiken bidrar till ojämställdhet. Inom exempelvis den sociala barn och ungdomsvården har flera studier visat att skillnader i tillgång till insatser mellan olika grupper av flickor och pojkar är motiverade just utifrån skillnader i vårdnadshavares samtycke. Enligt gällande lagstiftning kan man inte säga att skillnaden då är omotiverad, men är ett exempel på hur även en motiverad skillnad kan behöva uppmärksammas. Exempelvis kan verksamheten behöva fundera över hur motivationsarbete för olika grupper ser ut och hur man främjar delaktighet för olika grupper.",
    ]
}
