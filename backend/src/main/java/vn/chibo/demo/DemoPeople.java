package vn.chibo.demo;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import vn.chibo.member.Exemption;
import vn.chibo.member.ExemptionReason;
import vn.chibo.member.Gender;
import vn.chibo.member.Member;
import vn.chibo.member.Membership;
import vn.chibo.member.MembershipKind;
import vn.chibo.member.Position;
import vn.chibo.member.PositionHeld;
import vn.chibo.organization.Organization;

/**
 * The members of demo cells: Vietnamese names (Kinh and the northern mountain peoples), a tenth
 * probationary, the old asking to be exempted, a secretary, a deputy and a committee member per cell.
 * Deterministic for its random source; card numbers follow one another from the first given.
 */
final class DemoPeople {
    private static final String[] FAMILY = {"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ",
        "Lò", "Tòng", "Lường", "Vàng", "Giàng", "Sùng", "Tao", "Lù", "Hà", "Điêu", "Quàng"};
    private static final String[] MIDDLE_MALE = {"Văn", "Đức", "Minh", "Quang", "Hữu", "Xuân", "Thanh", "Công"};
    private static final String[] MIDDLE_FEMALE = {"Thị", "Thu", "Ngọc", "Thanh", "Hồng", "Kim", "Mai"};
    private static final String[] GIVEN_MALE = {"An", "Bình", "Cường", "Dũng", "Đạt", "Giang", "Hải", "Hùng", "Khánh",
        "Long", "Mạnh", "Nam", "Phong", "Quân", "Sơn", "Thắng", "Toàn", "Trung", "Tuấn", "Việt", "Pao", "Chứ", "Páo"};
    private static final String[] GIVEN_FEMALE = {"Anh", "Ánh", "Châu", "Dung", "Giang", "Hà", "Hạnh", "Hoa", "Hương",
        "Lan", "Linh", "Mai", "Ngân", "Nhung", "Phương", "Quỳnh", "Thảo", "Trang", "Tuyết", "Xuân", "Pằng", "Dợ"};

    private final EntityManager em;
    private final Random random;
    private final LocalDate today;
    private final LocalDate founded;
    private final int firstCard;
    private int nextCard;

    DemoPeople(EntityManager em, Random random, LocalDate today, LocalDate founded, int firstCard) {
        this.em = em;
        this.random = random;
        this.today = today;
        this.founded = founded;
        this.firstCard = firstCard;
        this.nextCard = firstCard;
    }

    /** How many members were created so far. */
    int created() {
        return nextCard - firstCard;
    }

    /** Fills a new cell with its members and the positions every cell has. */
    void staff(Organization cell, int size) {
        List<Member> people = new ArrayList<>();
        for (int i = 0; i < size; i++) people.add(member(cell, i));
        position(people.get(0), cell, Position.SECRETARY);
        position(people.get(1), cell, Position.DEPUTY_SECRETARY);
        if (cell.hasCommittee) position(people.get(2), cell, Position.COMMITTEE_MEMBER);
    }

    private Member member(Organization cell, int index) {
        boolean female = random.nextInt(100) < 38;
        String name = pick(FAMILY) + " " + (female ? pick(MIDDLE_FEMALE) : pick(MIDDLE_MALE)) + " "
                + (female ? pick(GIVEN_FEMALE) : pick(GIVEN_MALE));
        int roll = index < 3 ? 50 : random.nextInt(100);
        Member m = new Member();
        m.rename(name);
        m.gender = female ? Gender.FEMALE : Gender.MALE;
        m.cardNumber = "LC" + nextCard++;
        if (roll < 10) {
            // Probationary: admitted within the last year.
            m.admissionDate = today.minusDays(30 + random.nextInt(300));
            m.birthYear = today.getYear() - 22 - random.nextInt(10);
        } else {
            m.admissionDate = LocalDate.of(1975 + random.nextInt(48), 1 + random.nextInt(12), 1 + random.nextInt(28));
            m.officialDate = m.admissionDate.plusMonths(12).plusDays(random.nextInt(20));
            m.birthYear = Math.max(1940, m.admissionDate.getYear() - 20 - random.nextInt(12));
        }
        em.persist(m);
        LocalDate joined = m.admissionDate.isAfter(founded) ? m.admissionDate : founded;
        em.persist(Membership.of(m, cell, MembershipKind.PRIMARY, joined, null, null));
        if (roll >= 10 && roll < 14 && m.birthYear < 1960) {
            Exemption exemption = new Exemption();
            exemption.member = m;
            exemption.reason = ExemptionReason.AGE;
            exemption.note = "Tuổi cao, tự nguyện xin miễn sinh hoạt";
            exemption.validFrom = founded.plusMonths(2);
            exemption.resolutionRef = "NQ chi bộ tháng " + exemption.validFrom.getMonthValue() + "/"
                    + exemption.validFrom.getYear();
            em.persist(exemption);
        }
        return m;
    }

    private void position(Member m, Organization cell, Position position) {
        PositionHeld held = new PositionHeld();
        held.member = m;
        held.organization = cell;
        held.position = position;
        held.validFrom = founded;
        em.persist(held);
    }

    private String pick(String[] values) {
        return values[random.nextInt(values.length)];
    }
}
