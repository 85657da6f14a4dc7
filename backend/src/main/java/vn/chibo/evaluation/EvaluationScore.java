package vn.chibo.evaluation;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.UUID;

/** One leaf criterion's scores: the cell's, the automatic value, and the verifier's. */
@Entity
@Table(name = "evaluation_score")
public class EvaluationScore extends PanacheEntityBase {
    @Id
    public UUID id = UUID.randomUUID();

    @Column(name = "evaluation_id", nullable = false)
    public UUID evaluationId;

    @Column(nullable = false)
    public String code;

    @Column(name = "self_points", nullable = false)
    public BigDecimal selfPoints;

    /** What the meeting's own data gives, for automatic criteria. */
    @Column(name = "auto_points")
    public BigDecimal autoPoints;

    /** Required when the self-score departs from the automatic value; the verifier sees it. */
    public String justification;

    @Column(name = "verifier_points")
    public BigDecimal verifierPoints;

    @Column(name = "verifier_comment")
    public String verifierComment;
}
