package vn.chibo.member;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.UUID;
import vn.chibo.common.TextFolding;

/**
 * A party member (đảng viên). Minimal personal data (BR-D5): no citizen id, no phone; the e-mail address and the
 * national identifiers are shown only to those who keep the member's record ({@code PersonalData}).
 */
@Entity
public class Member extends PanacheEntityBase {
    /** Probation lasts 12 months from admission (Party Charter, Art. 5). */
    public static final int PROBATION_MONTHS = 12;

    @Id
    public UUID id = UUID.randomUUID();

    @Column(name = "full_name", nullable = false)
    public String fullName;

    @Column(name = "name_folded", nullable = false)
    public String nameFolded;

    /** Vietnamese list order (given name first) in binary order: {@link VietnameseNames#sortKey}. */
    @Column(name = "name_sort_key", nullable = false)
    public String nameSortKey;

    /** The folded name behind a space, for word-prefix search: {@link VietnameseNames#searchKey}. */
    @Column(name = "name_search_key", nullable = false)
    public String nameSearchKey;

    @Column(name = "birth_year")
    public Integer birthYear;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Gender gender;

    @Column(name = "card_number")
    public String cardNumber;

    @Column(name = "admission_date", nullable = false)
    public LocalDate admissionDate;

    @Column(name = "official_date")
    public LocalDate officialDate;

    public String username;

    /** Where notices are e-mailed when the member has no login, or has one without an address of its own. */
    public String email;

    /** BR-D4: the member's identifier in CSDL đảng viên 3.0, if known. */
    @Column(name = "csdl_id")
    public String csdlId;

    /** BR-D4: the member's identifier in the Sổ tay đảng viên app, if known. */
    @Column(name = "sotay_id")
    public String sotayId;

    @Version
    public long version;

    public void rename(String name) {
        this.fullName = name.trim();
        this.nameFolded = TextFolding.fold(name);
        this.nameSortKey = VietnameseNames.sortKey(name);
        this.nameSearchKey = VietnameseNames.searchKey(name);
    }

    public vn.chibo.common.ExternalIds externalIds() {
        return new vn.chibo.common.ExternalIds(csdlId, sotayId);
    }

    public LocalDate probationEnd() {
        return admissionDate.plusMonths(PROBATION_MONTHS);
    }

    public MemberStatus statusOn(LocalDate day, boolean exempt) {
        if (exempt) return MemberStatus.EXEMPT;
        return officialDate != null && !officialDate.isAfter(day) ? MemberStatus.OFFICIAL : MemberStatus.PROBATIONARY;
    }
}
