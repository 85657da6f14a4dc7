package vn.chibo.planning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The model-meeting rule at its threshold (8 subordinate cells in both shipped policies). */
class ModelRulesTest {
    private static List<String> codes(int cells, int required, ModelKind... chosen) {
        return ModelRules.check(cells, 8, required, List.of(chosen)).stream().map(ModelRules.Finding::code).toList();
    }

    @Test
    void brP6_sevenCellsRequireOneAndEightRequireTwo() {
        assertEquals(1, ModelRules.requiredCount(0, 8, 1, 2));
        assertEquals(1, ModelRules.requiredCount(7, 8, 1, 2));
        assertEquals(2, ModelRules.requiredCount(8, 8, 1, 2));
        assertEquals(2, ModelRules.requiredCount(36, 8, 1, 2));
        assertFalse(ModelRules.bothKindsRequired(7, 8));
        assertTrue(ModelRules.bothKindsRequired(8, 8));
    }

    @Test
    void brP6_theNumbersComeFromThePolicy() {
        assertEquals(3, ModelRules.requiredCount(10, 10, 1, 3));
        assertEquals(1, ModelRules.requiredCount(9, 10, 1, 3));
    }

    @Test
    void belowTheThresholdOneCellOfEitherKindIsEnough() {
        assertEquals(List.of("model-too-few-cells"), codes(7, 1));
        assertEquals(List.of(), codes(7, 1, ModelKind.REGULAR));
        assertEquals(List.of(), codes(7, 1, ModelKind.TOPICAL));
    }

    @Test
    void atTheThresholdOneRegularAndOneTopicalAreNeeded() {
        assertEquals(List.of("model-too-few-cells"), codes(8, 2));
        assertEquals(List.of("model-too-few-cells"), codes(8, 2, ModelKind.TOPICAL));
        assertEquals(List.of("model-kinds-mismatch"), codes(8, 2, ModelKind.REGULAR, ModelKind.REGULAR));
        assertEquals(List.of("model-kinds-mismatch"), codes(8, 2, ModelKind.TOPICAL, ModelKind.TOPICAL));
        assertEquals(List.of(), codes(8, 2, ModelKind.REGULAR, ModelKind.TOPICAL));
        assertEquals(List.of(), codes(8, 2, ModelKind.TOPICAL, ModelKind.REGULAR, ModelKind.REGULAR));
    }

    @Test
    void aModelMeetingCountsInItsQuarterFromTheFirstToTheLastDay() {
        assertTrue(ModelRules.inQuarter(java.time.LocalDate.of(2026, 1, 1), 2026, 1));
        assertTrue(ModelRules.inQuarter(java.time.LocalDate.of(2026, 3, 31), 2026, 1));
        assertFalse(ModelRules.inQuarter(java.time.LocalDate.of(2026, 4, 1), 2026, 1));
        assertFalse(ModelRules.inQuarter(java.time.LocalDate.of(2025, 12, 31), 2026, 1));
        assertTrue(ModelRules.inQuarter(java.time.LocalDate.of(2028, 2, 29), 2028, 1));
    }

    @Test
    void brP6_aModelMeetingThatTookPlaceWithoutLessonsIsFlaggedUntilTheyAreRecorded() {
        ModelRules.Finding missing = ModelRules.lessonsMissing("Chi bộ bản Nà Khoang", true, false).orElseThrow();
        assertEquals("model-lessons-missing", missing.code());
        assertEquals(List.of("Chi bộ bản Nà Khoang"), List.of(missing.args()));
        assertTrue(ModelRules.lessonsMissing("Chi bộ bản Nà Khoang", true, true).isEmpty());
        assertTrue(ModelRules.lessonsMissing("Chi bộ bản Nà Khoang", false, false).isEmpty());
    }

    @Test
    void brP6_lessonsAreDueWithTheResultsReportAfterTheProgrammesQuarter() {
        assertEquals(java.time.LocalDate.of(2026, 4, 15), ModelRules.lessonsDue(2026, 1, 15));
        assertEquals(java.time.LocalDate.of(2026, 6, 30), ModelRules.lessonsDue(2026, 2, 0));
    }
}
