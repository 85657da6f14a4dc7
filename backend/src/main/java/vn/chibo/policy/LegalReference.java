package vn.chibo.policy;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A legal document cited by policies and scoring templates (BR-D6, DOMAIN.md 2.3): keyed by issuer, number, type and
 * issue date, with the citation as it was written.
 */
@Entity
@Table(name = "legal_reference")
public class LegalReference extends PanacheEntityBase {
    public enum DocType { HUONG_DAN, QUYET_DINH, QUY_DINH, CHI_THI, NGHI_QUYET, KET_LUAN, KE_HOACH, CONG_VAN, KHAC }

    @Id
    public UUID id = UUID.randomUUID();

    /** Who issued it, as its number ends ("BTCTW", "TW", "ĐUK"). */
    @Column(nullable = false)
    public String issuer;

    /** "42-HD/BTCTW". */
    @Column(nullable = false)
    public String number;

    @Enumerated(EnumType.STRING)
    @Column(name = "doc_type", nullable = false)
    public DocType type;

    /** Null where the source does not give it. */
    @Column(name = "issued_on")
    public LocalDate issuedOn;

    @Column(nullable = false)
    public String citation;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
}
