package vn.chibo.member;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

/** One member's line on a month's dues sheet. */
@Entity
@Table(name = "dues_entry")
public class DuesEntry extends PanacheEntityBase {
    @Id
    public UUID id = UUID.randomUUID();

    @Column(name = "dues_month_id", nullable = false)
    public UUID duesMonthId;

    @Column(name = "member_id", nullable = false)
    public UUID memberId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public DuesStatus status;

    public String reason;
}
