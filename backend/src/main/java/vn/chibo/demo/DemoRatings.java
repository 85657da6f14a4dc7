package vn.chibo.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.MonthDay;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import vn.chibo.common.TimeSource;
import vn.chibo.member.Position;
import vn.chibo.organization.Organization;
import vn.chibo.rating.AnnualLevel;
import vn.chibo.rating.AnnualRating;
import vn.chibo.rating.Designation;
import vn.chibo.rating.RatingCycleService;
import vn.chibo.rating.RatingRules;
import vn.chibo.rating.Regulation;
import vn.chibo.rating.RegulationCatalog;
import vn.chibo.rating.SubjectType;

/**
 * The annual quality ratings of the demo's years (QĐ 366): every committee that has cells under it opens
 * its cycle at the end of November, the cells and members assess themselves in the first ten days of
 * December, the committee proposes in the middle of the month and decides in the first days of January.
 * Only the steps whose day has come are taken, so on 6 December this year's cycle is half self-assessed
 * and last year's is decided; the points and levels follow the product's band rules.
 */
@ApplicationScoped
public class DemoRatings {
    private static final MonthDay OPENED = MonthDay.of(11, 25);
    private static final MonthDay SELF_FROM = MonthDay.of(12, 1);
    private static final MonthDay PROPOSED_FROM = MonthDay.of(12, 12);
    private static final MonthDay DECIDED_FROM = MonthDay.of(1, 5);
    private static final LocalTime WORKING_HOUR = LocalTime.of(9, 0);

    /** Who signs for each committee; the province's staff sign for the others. */
    private static final Map<String, String> SIGNERS = Map.of(
            "LCH-BL", "canbo.xa", "LCH-TP", "uyvien.tanphong", "LCH-TD", "uyvien.tamduong");
    private static final String PROVINCE_SIGNER = "canbo.tinh";

    private final EntityManager em;
    private final RatingCycleService cycles;
    private final RegulationCatalog regulations;
    private final TimeSource time;

    DemoRatings(EntityManager em, RatingCycleService cycles, RegulationCatalog regulations, TimeSource time) {
        this.em = em;
        this.cycles = cycles;
        this.regulations = regulations;
        this.time = time;
    }

    /** What was written, for the log line and the tests. */
    record Summary(int cycles, int ratings, int decided) {}

    /** The cycles of every year from the tree's founding whose opening day has come, under the root. */
    Summary load(Organization root, LocalDate founded, long seed) {
        int opened = 0;
        int ratings = 0;
        int decided = 0;
        LocalDate today = time.today();
        Map<UUID, String> secretaries = secretaryLogins(root);
        for (int year = founded.getYear(); year <= today.getYear(); year++) {
            if (OPENED.atYear(year).isAfter(today)) break;
            Regulation regulation = regulations.forYear(year).orElseThrow();
            Random random = new Random(seed + year);
            // Deepest committees first: each rates its own cells and members, the one above rates what is left.
            for (Organization committee : committeesUnder(root)) {
                String signer = SIGNERS.getOrDefault(committee.code, PROVINCE_SIGNER);
                RatingCycleService.Opened cycle = cycles.create(committee, year, regulation, at(OPENED.atYear(year)), signer);
                if (cycle.ratings().isEmpty()) {
                    em.remove(cycle.cycle());
                    continue;
                }
                opened++;
                int i = 0;
                for (AnnualRating r : cycle.ratings()) {
                    ratings++;
                    if (assess(r, regulation, random, year, i++, signer, secretaries)) decided++;
                }
                designate(cycle.ratings(), year, signer);
            }
        }
        em.flush();
        return new Summary(opened, ratings, decided);
    }

    private List<Organization> committeesUnder(Organization root) {
        return em.createQuery("select o from Organization o where o.path like :p and o.hasCommittee = true"
                        + " and o.holdsMeetings = false", Organization.class)
                .setParameter("p", root.path + "%").getResultList().stream()
                .sorted(Comparator.comparingInt((Organization o) -> o.path.length()).reversed()).toList();
    }

    /**
     * The login of each cell's secretary, who records the self-assessments of the cell and its members (the
     * demo's secretaries without a login of their own go by the cell's code, as in {@link DemoHistory}).
     */
    private Map<UUID, String> secretaryLogins(Organization root) {
        Map<UUID, String> logins = new HashMap<>();
        for (Object[] r : em.createQuery("select p.organization.id, p.member.username from PositionHeld p"
                        + " where p.organization.path like :p and p.position = :secretary and p.validTo is null"
                        + " and p.member.username is not null", Object[].class)
                .setParameter("p", root.path + "%").setParameter("secretary", Position.SECRETARY).getResultList()) {
            logins.put((UUID) r[0], (String) r[1]);
        }
        return logins;
    }

    /** Takes the steps whose day has come; true when the rating is decided. */
    private boolean assess(AnnualRating r, Regulation regulation, Random random, int year, int index, String signer,
                           Map<UUID, String> secretaries) {
        Instant selfAt = at(SELF_FROM.atYear(year).plusDays(index % 10));
        if (selfAt.isAfter(time.now())) return false;
        AnnualLevel aimed = aimedLevel(r.subjectType, random);
        Map<String, BigDecimal> scores = scores(regulation, r.subjectType, aimed, random);
        BigDecimal points = RatingRules.total(regulation, r.subjectType, scores);
        AnnualLevel level = RatingRules.band(regulation, points);
        boolean excellent = level == AnnualLevel.HTXSNV;
        r.recordSelfAssessment(scores, points, level, null, excellent ? 30 + random.nextInt(30) : random.nextInt(25),
                false, true, selfAt, secretaries.getOrDefault(r.unit.id, "bithu." + r.unit.code.toLowerCase(Locale.ROOT)));

        Instant proposedAt = at(PROPOSED_FROM.atYear(year).plusDays(index % 8));
        if (proposedAt.isAfter(time.now())) return false;
        r.recordProposal(points, level, null, proposedAt, signer);

        Instant decidedAt = at(DECIDED_FROM.atYear(year + 1).plusDays(index % 7));
        if (decidedAt.isAfter(time.now())) return false;
        r.recordDecision(level, null, decidedAt, signer);
        return true;
    }

    /**
     * Most cells and members do their tasks well, a fifth of the cells and a sixth of the members very well,
     * a few only adequately; no cell fails (the targets of BR-S5), one member in fifty does.
     */
    private static AnnualLevel aimedLevel(SubjectType type, Random random) {
        double roll = random.nextDouble();
        if (type == SubjectType.ORGANIZATION) {
            return roll < 0.2 ? AnnualLevel.HTXSNV : roll < 0.88 ? AnnualLevel.HTTNV : AnnualLevel.HTNV;
        }
        return roll < 0.17 ? AnnualLevel.HTXSNV : roll < 0.88 ? AnnualLevel.HTTNV
                : roll < 0.98 ? AnnualLevel.HTNV : AnnualLevel.KHTNV;
    }

    /** Each criterion scored near the same share of its weight, so the total lands inside the aimed band. */
    private static Map<String, BigDecimal> scores(Regulation regulation, SubjectType type, AnnualLevel aimed,
                                                  Random random) {
        BigDecimal low = regulation.minPoints(aimed);
        BigDecimal high = aimed == AnnualLevel.HTXSNV ? new BigDecimal(98)
                : regulation.minPoints(AnnualLevel.values()[aimed.ordinal() - 1]).subtract(BigDecimal.ONE);
        double share = (low.doubleValue() + 1 + random.nextDouble() * (high.doubleValue() - low.doubleValue() - 1)) / 100;
        Map<String, BigDecimal> scores = new HashMap<>();
        for (Regulation.Criterion c : regulation.criteriaFor(type)) {
            BigDecimal points = c.maxPoints().multiply(BigDecimal.valueOf(share)).setScale(1, RoundingMode.DOWN);
            scores.put(c.code(), points.min(c.maxPoints()));
        }
        return scores;
    }

    /** "Chi bộ bốn tốt" for the cells decided HTXSNV: the committee judges the four criteria met. */
    private void designate(List<AnnualRating> ratings, int year, String signer) {
        for (AnnualRating r : ratings) {
            if (r.subjectType != SubjectType.ORGANIZATION || r.finalLevel != AnnualLevel.HTXSNV) continue;
            Designation d = new Designation();
            d.organization = r.unit;
            d.orgPath = r.orgPath;
            d.year = year;
            d.kind = Designation.Kind.CHI_BO_BON_TOT;
            d.judge(true, true, true, true, null, r.decidedAt, signer);
            em.persist(d);
        }
    }

    private Instant at(LocalDate day) {
        return day.atTime(WORKING_HOUR).atZone(time.zone()).toInstant();
    }
}
