package vn.chibo.meeting.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** BR-R4: a resolution for the held regular meeting, and a task for each next-month clause. */
class NextMonthTasksCheckTest {
    @Test
    @DisplayName("BR-R4 a held regular meeting without a resolution is flagged")
    void brR4_resolutionMissing() {
        assertEquals(List.of(Finding.of("resolution-missing")), NextMonthTasksCheck.check(false, List.of()));
        assertEquals(List.of(), NextMonthTasksCheck.check(true, List.of()));
    }

    @Test
    @DisplayName("BR-R4 each next-month clause without a task with an assignee and a due date is named")
    void brR4_clauseWithoutTask() {
        List<Finding> out = NextMonthTasksCheck.check(true, List.of(
                new NextMonthTasksCheck.Clause("Thu nộp đảng phí quý IV", true),
                new NextMonthTasksCheck.Clause("Chuẩn bị sinh hoạt chuyên đề", false)));
        assertEquals(List.of(Finding.of("next-month-clause-without-task", "Chuẩn bị sinh hoạt chuyên đề")), out);
    }
}
