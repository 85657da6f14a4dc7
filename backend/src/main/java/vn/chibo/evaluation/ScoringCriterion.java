package vn.chibo.evaluation;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.UUID;

/** One criterion of a score sheet; leaves are scored, parents add up their children. */
@Entity
@Table(name = "scoring_criterion")
public class ScoringCriterion extends PanacheEntityBase {
    /** How a leaf is scored. */
    public enum InputType { LEVEL, YES_NO, POINTS, AUTO }

    @Id
    public UUID id = UUID.randomUUID();

    @Column(name = "template_id", nullable = false)
    public UUID templateId;

    @Column(name = "parent_id")
    public UUID parentId;

    public int position;

    @Column(nullable = false)
    public String code;

    @Column(nullable = false)
    public String name;

    @Column(name = "max_points", nullable = false)
    public BigDecimal maxPoints;

    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    @Column(name = "input_type")
    public InputType inputType;

    /** For AUTO: which figure of the meeting decides the level (AutoSource). */
    @Column(name = "auto_source")
    public String autoSource;

    /** JSON list of {label, points}: the options of LEVEL, YES_NO and AUTO criteria. */
    public String levels;

    /** TOPICAL_PART_ONLY or FULL_IF_SECRETARY_ONLY: when the criterion gets full marks without scoring. */
    @Column(name = "condition_kind")
    public String conditionKind;

    public boolean gate;
}
