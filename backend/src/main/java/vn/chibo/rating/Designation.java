package vn.chibo.rating;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import vn.chibo.organization.Organization;

/** "Chi bộ bốn tốt" / "Đảng bộ cơ sở bốn tốt" for a year (DOMAIN.md 14.3): the four criteria and who decided. */
@Entity
@Table(name = "designation")
public class Designation extends PanacheEntityBase {
    public enum Kind { CHI_BO_BON_TOT, DANG_BO_CS_BON_TOT }

    @Id
    public UUID id = UUID.randomUUID();

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "organization_id")
    public Organization organization;

    @Column(name = "org_path", nullable = false)
    public String orgPath;

    @Column(name = "designation_year", nullable = false)
    public int year;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Kind kind;

    /** Hoàn thành tốt nhiệm vụ chính trị. */
    @Column(name = "political_task", nullable = false)
    public boolean politicalTask;

    /** Chất lượng sinh hoạt tốt. */
    @Column(name = "meeting_quality", nullable = false)
    public boolean meetingQuality;

    /** Đoàn kết, kỷ luật tốt. */
    @Column(name = "unity_discipline", nullable = false)
    public boolean unityDiscipline;

    /** Cán bộ, đảng viên tốt. */
    @Column(name = "cadres_members", nullable = false)
    public boolean cadresMembers;

    /** Designated: all four criteria met. */
    @Column(nullable = false)
    public boolean granted;

    public String note;

    @Column(name = "decided_by", nullable = false)
    public String decidedBy;

    @Column(name = "decided_at", nullable = false)
    public Instant decidedAt;

    @Version
    public long version;

    /** Records the four criteria as judged; the designation is granted only when all four are met. */
    public void judge(boolean political, boolean quality, boolean unity, boolean cadres, String why, Instant at, String by) {
        politicalTask = political;
        meetingQuality = quality;
        unityDiscipline = unity;
        cadresMembers = cadres;
        granted = political && quality && unity && cadres;
        note = why;
        decidedAt = at;
        decidedBy = by;
    }
}
