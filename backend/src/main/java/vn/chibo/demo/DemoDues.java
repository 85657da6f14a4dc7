package vn.chibo.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import vn.chibo.member.DuesEntry;
import vn.chibo.member.DuesMonth;
import vn.chibo.member.DuesStatus;
import vn.chibo.organization.Organization;
import vn.chibo.planning.CellArtefact;
import vn.chibo.policy.ArtefactKind;

/**
 * A year of party dues for the cells of one commune, and the year's term-start and annual artefacts of every cell,
 * with a few gaps so the demo shows the warnings: in each commune cell one member left three months unpaid (BR-H6)
 * and another two (just under); every fifth cell lacks its members' commitments and Nà Khoang its inspection
 * programme (BR-P7, warned after the 31 March due day).
 */
@ApplicationScoped
public class DemoDues {
    private final EntityManager em;

    public DemoDues(EntityManager em) {
        this.em = em;
    }

    public record Summary(int sheets, int artefacts) {}

    public Summary load(Organization province, Organization commune, Organization flaggedCell, LocalDate today, Instant now) {
        int sheets = 0;
        List<Organization> cells = em.createQuery("from Organization o where o.path like :p and o.holdsMeetings = true"
                + " and o.validTo is null order by o.name", Organization.class).setParameter("p", commune.path + "%").getResultList();
        YearMonth last = YearMonth.from(today).minusMonths(1);
        for (Organization cell : cells) {
            Set<UUID> exempt = new HashSet<>(em.createQuery("select e.member.id from Exemption e, Membership ms where"
                    + " ms.member = e.member and ms.organization = :c and e.validTo is null", UUID.class)
                    .setParameter("c", cell).getResultList());
            for (YearMonth month = last.minusMonths(11); !month.isAfter(last); month = month.plusMonths(1)) {
                List<UUID> roster = em.createQuery("select ms.member.id from Membership ms where ms.organization = :c"
                                + " and ms.validFrom <= :end and (ms.validTo is null or ms.validTo >= :start)"
                                + " order by ms.member.nameFolded", UUID.class).setParameter("c", cell)
                        .setParameter("end", month.atEndOfMonth()).setParameter("start", month.atDay(1)).getResultList();
                if (roster.isEmpty()) continue;
                DuesMonth sheet = new DuesMonth();
                sheet.organization = cell;
                sheet.period = month.toString();
                sheet.version = 1;
                sheet.recordedAt = month.atEndOfMonth().atStartOfDay(java.time.ZoneOffset.UTC).toInstant();
                sheet.recordedBy = "demo";
                em.persist(sheet);
                sheets++;
                for (int i = 0; i < roster.size(); i++) {
                    DuesEntry e = new DuesEntry();
                    e.duesMonthId = sheet.id;
                    e.memberId = roster.get(i);
                    e.status = statusOf(i, (int) java.time.temporal.ChronoUnit.MONTHS.between(month, last), exempt.contains(e.memberId));
                    if (e.status == DuesStatus.EXEMPT) e.reason = "Miễn sinh hoạt, hoàn cảnh khó khăn";
                    em.persist(e);
                }
            }
        }
        return new Summary(sheets, artefacts(province, flaggedCell, today, now));
    }

    /**
     * The second member on the list leaves last month and the second and fourth months before it unpaid (three
     * months of one calendar year, flagged, for a demo loaded from May to January), the third two months (not
     * flagged); members exempt from activities are exempt from dues; everyone else pays.
     */
    private static DuesStatus statusOf(int index, int monthsAgo, boolean exempt) {
        if (exempt) return DuesStatus.EXEMPT;
        if (index == 1 && (monthsAgo == 0 || monthsAgo == 2 || monthsAgo == 4)) return DuesStatus.UNPAID;
        if (index == 2 && (monthsAgo == 1 || monthsAgo == 3)) return DuesStatus.UNPAID;
        return DuesStatus.PAID;
    }

    private int artefacts(Organization province, Organization flaggedCell, LocalDate today, Instant now) {
        String root = province.path;
        List<Organization> cells = em.createQuery("from Organization o where o.path like :p and o.holdsMeetings = true"
                + " and o.validTo is null order by o.name, o.id", Organization.class).setParameter("p", root + "%").getResultList();
        int year = today.getYear();
        int count = 0;
        for (int i = 0; i < cells.size(); i++) {
            Organization cell = cells.get(i);
            for (ArtefactKind kind : ArtefactKind.values()) {
                if (kind == ArtefactKind.MEMBER_COMMITMENTS && i % 5 == 4) continue;
                if (kind == ArtefactKind.INSPECTION_PROGRAMME && cell.id.equals(flaggedCell.id)) continue;
                CellArtefact a = new CellArtefact();
                a.organization = cell;
                a.kind = kind;
                a.year = year;
                LocalDate adopted = LocalDate.of(year, 1, 10 + kind.ordinal() * 5);
                a.adoptedOn = adopted.isAfter(today) ? today : adopted;
                a.reference = (kind.ordinal() + 1) + "-CTr/CB";
                a.recordedAt = now;
                a.recordedBy = "demo";
                em.persist(a);
                count++;
            }
        }
        return count;
    }
}
