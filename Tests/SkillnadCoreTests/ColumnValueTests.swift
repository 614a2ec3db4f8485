import Testing

@testable import SkillnadCore

/// `KOLUMN=VÄRDE` as users write it in the CLI and in links.
@Suite struct ColumnValueTests {
    @Test func splitAtTheFirstEqualsSignKeepingCommas() throws {
        let share = try #require(ColumnValue("utbildningsnivå = eftergymnasial utbildning, 3 år eller mer"))
        #expect(share.column == "utbildningsnivå")
        #expect(share.value == "eftergymnasial utbildning, 3 år eller mer")
        #expect(ColumnValue("formel=a=b")?.value == "a=b", "only the first = splits")
        #expect(ColumnValue("Students=Eligible")?.text == "Students=Eligible")
    }

    @Test func aMissingColumnOrSignIsNoPair() {
        #expect(ColumnValue("kön") == nil)
        #expect(ColumnValue("=Flickor") == nil)
        #expect(ColumnValue(" =x") == nil)
        #expect(ColumnValue("område=")?.value == "", "an empty value, as --totals KOLUMN= for none")
    }
}
