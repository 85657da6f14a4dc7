package vn.chibo.notice;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * A login's choice of channels, and the address it signs in with; without a row, notices are e-mailed too when an
 * address is known.
 */
@Entity
@Table(name = "notice_preference")
public class NoticePreference extends PanacheEntityBase {
    @Id
    public String username;

    @Column(name = "email_enabled", nullable = false)
    public boolean emailEnabled;

    /** The address the login chose; null: the member record's, else the sign-in address. */
    public String email;

    /** The verified address of the login's last sign-in (see {@link AccountEmails}): the address of last resort. */
    @Column(name = "account_email")
    public String accountEmail;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Version
    public long version;
}
