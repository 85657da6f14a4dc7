package vn.chibo.planning;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import vn.chibo.planning.ArtefactChecklistRule.Level;
import vn.chibo.policy.ArtefactKind;
import vn.chibo.policy.PolicyProfile;

/** BR-P7 as a plain function: expected kinds and due day from the policy, what the cell recorded, and the day. */
class ArtefactChecklistRuleTest {
    @Test
    @DisplayName("BR-P7 by default all four kinds are expected, due on 31 March")
    void brP7_defaults() {
        PolicyProfile p = new PolicyProfile();
        assertEquals(List.of(ArtefactKind.values()), p.expectedArtefactKinds());
        assertEquals("03-31", p.artefactsDue);
    }

    @Test
    @DisplayName("BR-P7 a missing artefact is INFO on the due day and WARN the day after")
    void brP7_missingIsInfoUntilTheDueDayThenWarn() {
        PolicyProfile p = new PolicyProfile();
        p.artefactsDue = "03-31";
        Set<ArtefactKind> recorded = Set.of(ArtefactKind.WORK_PROGRAMME, ArtefactKind.TASK_ASSIGNMENT);
        var onDue = ArtefactChecklistRule.judge(p.expectedArtefactKinds(), recorded, p.artefactsDue, 2027, LocalDate.of(2027, 3, 31));
        assertEquals(Level.INFO, onDue.level());
        assertEquals(List.of(ArtefactKind.INSPECTION_PROGRAMME, ArtefactKind.MEMBER_COMMITMENTS), onDue.missing());
        var after = ArtefactChecklistRule.judge(p.expectedArtefactKinds(), recorded, p.artefactsDue, 2027, LocalDate.of(2027, 4, 1));
        assertEquals(Level.WARN, after.level());
        assertEquals(LocalDate.of(2027, 3, 31), after.due());
    }

    @Test
    @DisplayName("BR-P7 the due day and the kinds come from the policy")
    void brP7_policyDecidesDueDayAndKinds() {
        PolicyProfile p = new PolicyProfile();
        p.artefactsDue = "01-31";
        p.expectedArtefacts = "WORK_PROGRAMME";
        Set<ArtefactKind> recorded = Set.of(ArtefactKind.WORK_PROGRAMME);
        assertEquals(Level.COMPLETE, ArtefactChecklistRule.judge(p.expectedArtefactKinds(), recorded, p.artefactsDue, 2027,
                LocalDate.of(2027, 2, 1)).level(), "only the work programme is expected");
        assertEquals(Level.WARN, ArtefactChecklistRule.judge(p.expectedArtefactKinds(), Set.of(), p.artefactsDue, 2027,
                LocalDate.of(2027, 2, 1)).level());
        assertEquals(Level.INFO, ArtefactChecklistRule.judge(p.expectedArtefactKinds(), Set.of(), p.artefactsDue, 2027,
                LocalDate.of(2027, 1, 31)).level());
    }

    @Test
    @DisplayName("BR-P7 a past year is past its due day")
    void brP7_pastYearIsPastDue() {
        assertEquals(Level.WARN, ArtefactChecklistRule.judge(List.of(ArtefactKind.WORK_PROGRAMME), Set.of(), "12-31", 2025,
                LocalDate.of(2026, 1, 1)).level());
    }

    @Test
    @DisplayName("BR-P7 a term artefact is expected once per term: recorded in the term's first year, it counts for every year of it")
    void brP7_termArtefactsAreExpectedOncePerTerm() {
        PolicyProfile p = new PolicyProfile();
        p.expectedArtefacts = "MEMBER_COMMITMENTS";
        p.termArtefacts = "WORK_PROGRAMME";
        p.termStartYear = 2025;
        p.termYears = 5;
        assertEquals(2025, p.termStartOf(2029));
        assertEquals(2030, p.termStartOf(2030));
        assertEquals(2020, p.termStartOf(2024));
        Set<ArtefactKind> commitments = Set.of(ArtefactKind.MEMBER_COMMITMENTS);
        Set<ArtefactKind> programme = Set.of(ArtefactKind.WORK_PROGRAMME);

        var laterInTheTerm = ArtefactChecklistRule.judge(p.expectedArtefactKinds(), commitments, p.termArtefactKinds(),
                programme, p.artefactsDue, 2029, p.termStartOf(2029), LocalDate.of(2029, 6, 1));
        assertEquals(Level.COMPLETE, laterInTheTerm.level(), "the term's programme of 2025 still counts in 2029");
        var nextTerm = ArtefactChecklistRule.judge(p.expectedArtefactKinds(), commitments, p.termArtefactKinds(), Set.of(),
                p.artefactsDue, 2030, p.termStartOf(2030), LocalDate.of(2030, 3, 31));
        assertEquals(Level.INFO, nextTerm.level(), "a new term: a new programme, due on the due day of its first year");
        assertEquals(List.of(ArtefactKind.WORK_PROGRAMME), nextTerm.missing());
        assertEquals(Level.WARN, ArtefactChecklistRule.judge(p.expectedArtefactKinds(), commitments, p.termArtefactKinds(),
                Set.of(), p.artefactsDue, 2030, 2030, LocalDate.of(2030, 4, 1)).level());
        assertEquals(Level.WARN, ArtefactChecklistRule.judge(p.expectedArtefactKinds(), Set.of(), p.termArtefactKinds(),
                Set.of(), p.artefactsDue, 2027, 2025, LocalDate.of(2027, 1, 5)).level(),
                "in a later year of the term, a missing term artefact is past its due day already");
    }
}
