package vn.chibo.importing;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import vn.chibo.common.TextFolding;
import vn.chibo.common.TimeSource;
import vn.chibo.member.Gender;
import vn.chibo.member.Member;
import vn.chibo.member.MemberRepository;
import vn.chibo.member.Membership;
import vn.chibo.member.MembershipRepository;
import vn.chibo.organization.Organization;
import vn.chibo.organization.OrganizationCategory;
import vn.chibo.organization.OrganizationType;
import vn.chibo.security.AccessPolicy;

/**
 * The per-field checks of one member or organisation row, shared by the spreadsheet import and the sync
 * (issue 13): both bring master data in, and a row refused by one must be refused by the other with the same
 * message. A check records a {@link RowProblem} and returns what it could read (null where it could not).
 */
@ApplicationScoped
class RowChecks {
    private static final String CARD_PATTERN = "^[0-9A-Za-z.-]{1,20}$";

    private final MemberRepository members;
    private final MembershipRepository memberships;
    private final AccessPolicy access;
    private final TimeSource time;

    RowChecks(MemberRepository members, MembershipRepository memberships, AccessPolicy access, TimeSource time) {
        this.members = members;
        this.memberships = memberships;
        this.access = access;
        this.time = time;
    }

    /** What a member row says, each value null when missing or refused. */
    record MemberFields(String fullName, Integer birthYear, Gender gender, String cardNumber, LocalDate admissionDate,
                        LocalDate officialDate) {}

    /** What an organisation row says, each value null when missing or refused. */
    record OrganizationFields(String name, String code, OrganizationType type, OrganizationCategory category) {}

    /** The member's own fields; the card number's format only (its holder: {@link #cardFree}). */
    MemberFields member(RowValues values) {
        String fullName = values.text(ImportColumns.FULL_NAME, true, 200);
        String genderText = values.text(ImportColumns.GENDER, true, 20);
        Gender gender = genderText == null ? null : parseGender(genderText).orElse(null);
        if (genderText != null && gender == null) values.problem(ImportColumns.GENDER, "row.bad-gender", genderText);
        LocalDate admission = values.date(ImportColumns.ADMISSION_DATE, true);
        if (admission != null && admission.isAfter(time.today())) {
            values.problem(ImportColumns.ADMISSION_DATE, "row.date-in-future");
        }
        LocalDate official = values.date(ImportColumns.OFFICIAL_DATE, false);
        if (admission != null && official != null && !official.isAfter(admission)) {
            values.problem(ImportColumns.OFFICIAL_DATE, "row.official-before-admission");
        }
        Integer birthYear = values.integer(ImportColumns.BIRTH_YEAR, 1900, 2100);
        String card = values.text(ImportColumns.CARD_NUMBER, false, 20);
        if (card != null && !card.matches(CARD_PATTERN)) {
            values.problem(ImportColumns.CARD_NUMBER, "row.bad-card", card);
            card = null;
        }
        return new MemberFields(fullName, birthYear, gender, card, admission, official);
    }

    /**
     * BR-D4: a card number names one member. {@code seen} holds the card numbers of earlier rows (by the row they
     * came on); {@code self} is the member the row updates, null for a new one.
     */
    void cardFree(RowValues values, String card, Member self, Map<String, Integer> seen, int rowRef) {
        cardFree(values, card, self, seen, rowRef, members::byCardNumber);
    }

    /** The same, with the holders of the card numbers found beforehand ({@code holderOf}), a chunk per query. */
    void cardFree(RowValues values, String card, Member self, Map<String, Integer> seen, int rowRef,
                  java.util.function.Function<String, Optional<Member>> holderOf) {
        if (card == null) return;
        Integer earlier = seen.putIfAbsent(card, rowRef);
        if (earlier != null) {
            values.problem(ImportColumns.CARD_NUMBER, "row.duplicate-card-in-file", card, earlier);
            return;
        }
        Optional<Member> holder = holderOf.apply(card);
        if (holder.isEmpty() || (self != null && holder.get().id.equals(self.id))) return;
        Optional<Membership> active = memberships.activePrimary(holder.get(), time.today());
        if (active.isPresent()) {
            values.problem(ImportColumns.CARD_NUMBER, "row.member-active-elsewhere", card, active.get().organization.name);
        } else {
            values.problem(ImportColumns.CARD_NUMBER, "row.duplicate-card", card, holder.get().fullName);
        }
    }

    /** The cell a member row places its member in: an open cell whose members the caller may change. */
    void openCell(RowValues values, String field, Organization cell) {
        if (!cell.holdsMeetings || cell.isClosed() || !access.mayChangeMembers(cell)) {
            values.problem(field, "row.not-a-cell", cell.name);
        }
    }

    /** The organisation's own fields (its parent is found by each caller its own way). */
    OrganizationFields organization(RowValues values) {
        String name = values.text(ImportColumns.NAME, true, 300);
        String code = values.text(ImportColumns.CODE, false, 60);
        String typeText = values.text(ImportColumns.TYPE, true, 200);
        OrganizationType type = typeText == null ? null : resolveType(typeText).orElse(null);
        if (typeText != null && type == null) values.problem(ImportColumns.TYPE, "row.unknown-type", typeText);
        String categoryText = values.text(ImportColumns.CATEGORY, true, 200);
        OrganizationCategory category = categoryText == null ? null : resolveCategory(categoryText).orElse(null);
        if (categoryText != null && category == null) {
            values.problem(ImportColumns.CATEGORY, "row.unknown-category", categoryText);
        }
        return new OrganizationFields(name, code, type, category);
    }

    static Optional<Gender> parseGender(String value) {
        return switch (TextFolding.fold(value)) {
            case "nam", "male", "m" -> Optional.of(Gender.MALE);
            case "nu", "female", "f" -> Optional.of(Gender.FEMALE);
            case "khac", "other" -> Optional.of(Gender.OTHER);
            default -> Optional.empty();
        };
    }

    private static Optional<OrganizationType> resolveType(String value) {
        String folded = TextFolding.fold(value);
        return OrganizationType.<OrganizationType>listAll().stream()
                .filter(t -> t.code.equalsIgnoreCase(value.trim()) || TextFolding.fold(t.labelVi).equals(folded))
                .findFirst();
    }

    private static Optional<OrganizationCategory> resolveCategory(String value) {
        String folded = TextFolding.fold(value);
        return OrganizationCategory.<OrganizationCategory>listAll().stream()
                .filter(c -> c.code.equalsIgnoreCase(value.trim()) || TextFolding.fold(c.labelVi).equals(folded))
                .findFirst();
    }
}
