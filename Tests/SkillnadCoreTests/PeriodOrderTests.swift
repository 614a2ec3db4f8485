import Testing

@testable import SkillnadCore

/// Published periods sort as time: months, quarters and tertials as SCB and Kolada write them.
@Suite struct PeriodOrderTests {
    @Test func monthsQuartersAndTertialsSortAsTime() {
        #expect(
            LevelOrder.sorted(["2026M01", "2025M10", "2025M9", "2025M12"], ordered: true)
                == ["2025M9", "2025M10", "2025M12", "2026M01"])
        #expect(LevelOrder.sorted(["2025K2", "2024K4", "2025K1"], ordered: true) == ["2024K4", "2025K1", "2025K2"])
        #expect(LevelOrder.sorted(["2025T3", "2025T1", "2024T3"], ordered: true) == ["2024T3", "2025T1", "2025T3"])
        #expect(RoleDetector.isPeriodName("x2019") && RoleDetector.isPeriodName("2020m01"))
        #expect(!RoleDetector.isPeriodName("value") && !RoleDetector.isPeriodName("x19"))
    }
}
