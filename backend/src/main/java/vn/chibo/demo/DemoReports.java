package vn.chibo.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;
import vn.chibo.common.Quarters;
import vn.chibo.common.TimeSource;
import vn.chibo.member.Position;
import vn.chibo.member.PositionHeld;
import vn.chibo.organization.Organization;
import vn.chibo.organization.OrganizationType;
import vn.chibo.policy.PolicyService;
import vn.chibo.report.PeriodicReport;
import vn.chibo.report.ReportApi;
import vn.chibo.report.ReportDueDates;
import vn.chibo.report.ReportKind;
import vn.chibo.report.ReportPeriod;
import vn.chibo.report.ReportSender;
import vn.chibo.report.ReportService;
import vn.chibo.report.ReportSubmissionService;
import vn.chibo.security.Appointment;
import vn.chibo.security.Role;

/**
 * The periodic reports of the demo's past year (BR-S2), sent through the report services as their bodies sent them:
 * every organisation that reports upward sends its quarterly, six-month and annual reports that fell due in the year
 * before the demo day, most a few days before the due day, with the figures of the day they were sent. The stories
 * a receiving committee must see are placed in named committees ({@link DemoScenario}): one sent late, one sent again
 * with a reason, one missing; and the home commune has the next report in draft. Runs after the history is stored
 * (the figures read the meetings' stored facts), in a transaction of its own.
 */
@ApplicationScoped
public class DemoReports {
    private static final Logger LOG = Logger.getLogger(DemoReports.class);
    private static final List<ReportKind> PERIODIC = List.of(ReportKind.QUARTERLY, ReportKind.HALF_YEAR, ReportKind.ANNUAL);

    /** The appointed secretaries of the committees, who send their reports (posts are kept for cells only). */
    private static final Map<String, String> SECRETARIES = Map.of(
            "LCH-BL", "Lò Văn Thanh", "LCH-TP", "Nguyễn Thị Hương", "LCH-TD", "Tao Văn Hùng",
            "LCH-UB", "Trần Quốc Khánh", "LCH-UB-STC", "Lê Minh Tuấn", "LCH-DL", "Phạm Đức Long");

    private final EntityManager em;
    private final ReportService reports;
    private final ReportSubmissionService submissions;
    private final PolicyService policies;
    private final TimeSource time;

    DemoReports(EntityManager em, ReportService reports, ReportSubmissionService submissions, PolicyService policies,
                TimeSource time) {
        this.em = em;
        this.reports = reports;
        this.submissions = submissions;
        this.policies = policies;
        this.time = time;
    }

    /** What was written, for the log line and the tests. */
    record Summary(int submitted, int resubmitted, int drafts) {}

    /** A report the demo's year holds: sent on a day (late or not), sent again, or left out. */
    record Planned(String orgCode, ReportPeriod period, LocalDate due, Story story) {}

    enum Story { ON_TIME, LATE, RESUBMITTED, MISSING, DRAFT }

    /** Sends the year's reports under the demo's root once: nothing when the tree has none yet or has reports. */
    @Transactional
    public Summary load(long seed) {
        Organization root = Organization.<Organization>find("code", DemoData.ROOT_CODE).firstResult();
        if (root == null || PeriodicReport.count("orgPath like ?1", root.path + "%") > 0) return new Summary(0, 0, 0);
        long started = System.nanoTime();
        LocalDate today = time.today();
        Map<Story, Integer> told = new EnumMap<>(Story.class);
        Map<String, Organization> byCode = new HashMap<>();
        for (Organization o : reportingUnder(root)) byCode.put(o.code, o);
        byCode.values().stream().filter(o -> !o.holdsMeetings).forEach(this::appointSecretary);
        // Nothing the sending reads depends on what it writes (the appointments are in): flushed by hand, at the end.
        em.flush();
        FlushModeType flushMode = em.getFlushMode();
        em.setFlushMode(FlushModeType.COMMIT);
        try {
            for (Planned p : plan(byCode.values().stream().sorted(Comparator.comparing((Organization o) -> o.path))
                    .toList(), today)) {
                told.merge(send(p, byCode.get(p.orgCode()), seed, today), 1, Integer::sum);
            }
            em.flush();
        } finally {
            em.setFlushMode(flushMode);
        }
        int resubmitted = told.getOrDefault(Story.RESUBMITTED, 0);
        Summary summary = new Summary(told.getOrDefault(Story.ON_TIME, 0) + told.getOrDefault(Story.LATE, 0) + resubmitted,
                resubmitted, told.getOrDefault(Story.DRAFT, 0));
        LOG.infof("Demo reports as of %s: %d sent, %d sent again, %d drafts in %d ms", today, summary.submitted(),
                summary.resubmitted(), summary.drafts(), (System.nanoTime() - started) / 1_000_000);
        return summary;
    }

    /** Opens, writes and sends one planned report as its story says; returns the story told. */
    private Story send(Planned p, Organization org, long seed, LocalDate today) {
        if (p.story() == Story.MISSING) return p.story();
        Random random = new Random(seed + (org.code + p.period().key()).hashCode());
        ReportSender sender = senderOf(org, sentAt(p, today, random));
        PeriodicReport r = reports.open(org, p.period(), sender.username(), sender.at().minusSeconds(3600 * 26));
        ReportApi.Sections text = DemoReportTexts.sections(org, p.period(), number(p), random);
        if (p.story() == Story.DRAFT) {
            // Begun: the number, the place and the results are written; the rest waits for the next meeting.
            submissions.write(r, new ReportApi.Sections(text.documentNumber(), text.place(), text.results(),
                    null, null, null, null), senderOf(org, time.now().minusSeconds(3600 * 20)));
            return p.story();
        }
        submissions.write(r, text, sender);
        submissions.submit(r, sender);
        if (p.story() == Story.RESUBMITTED) {
            LocalDate again = time.dateOf(sender.at()).plusDays(5);
            if (again.isAfter(today.minusDays(1))) again = today.minusDays(1);
            submissions.resubmit(r, DemoReportTexts.RESUBMIT_REASON, DemoReportTexts.corrected(text),
                    senderOf(org, at(again, LocalTime.of(14, 30))));
        }
        return p.story();
    }

    /**
     * The year's reports of the organisations, oldest first: each periodic kind's periods that fell due in the
     * year before the day, begun once the organisation existed; the late, resent and missing stories go to the
     * latest due quarter and six-month report of their committees; the home commune's next report is a draft.
     */
    List<Planned> plan(List<Organization> orgs, LocalDate today) {
        List<Planned> out = new ArrayList<>();
        for (Organization org : orgs) {
            List<Planned> due = new ArrayList<>();
            Planned upcoming = null;
            for (ReportKind kind : PERIODIC) {
                for (ReportPeriod period : candidates(kind, today)) {
                    if (period.from().isBefore(org.validFrom) || period.from().isAfter(today)) continue;
                    LocalDate day = ReportDueDates.due(period, policies.inForce(org, period.from()), null);
                    if (day.isBefore(today) && day.isAfter(today.minusYears(1))) {
                        due.add(new Planned(org.code, period, day, Story.ON_TIME));
                    } else if (!day.isBefore(today) && (upcoming == null || day.isBefore(upcoming.due()))) {
                        upcoming = new Planned(org.code, period, day, Story.DRAFT);
                    }
                }
            }
            due.sort(Comparator.comparing(Planned::due));
            placeStory(due, org.code, DemoScenario.LATE_REPORT_COMMITTEE, ReportKind.QUARTERLY, Story.LATE);
            placeStory(due, org.code, DemoScenario.MISSING_REPORT_COMMITTEE, ReportKind.QUARTERLY, Story.MISSING);
            placeStory(due, org.code, DemoScenario.RESUBMITTED_REPORT_COMMITTEE, ReportKind.HALF_YEAR, Story.RESUBMITTED);
            out.addAll(due);
            if (upcoming != null && org.code.equals(DemoScenario.HOME_COMMUNE)) out.add(upcoming);
        }
        return out;
    }

    /** The latest due report of the kind of the committee named for the story tells it. */
    private static void placeStory(List<Planned> due, String org, String named, ReportKind kind, Story story) {
        if (!org.equals(named)) return;
        for (int i = due.size() - 1; i >= 0; i--) {
            Planned p = due.get(i);
            if (p.period().kind() == kind) {
                due.set(i, new Planned(p.orgCode(), p.period(), p.due(), story));
                return;
            }
        }
    }

    /** The periods of the kind that may have fallen due in the last year: five quarters back, two years. */
    private static List<ReportPeriod> candidates(ReportKind kind, LocalDate today) {
        List<ReportPeriod> out = new ArrayList<>();
        switch (kind) {
            case QUARTERLY -> {
                for (LocalDate q = Quarters.start(today).minusMonths(15); !q.isAfter(today); q = q.plusMonths(3)) {
                    out.add(ReportPeriod.quarter(q.getYear(), Quarters.of(q)));
                }
            }
            case HALF_YEAR -> {
                out.add(ReportPeriod.halfYear(today.getYear() - 1));
                out.add(ReportPeriod.halfYear(today.getYear()));
            }
            default -> {
                out.add(ReportPeriod.year(kind, today.getYear() - 1));
                out.add(ReportPeriod.year(kind, today.getYear()));
            }
        }
        return out;
    }

    /** On time: one to four days before the due day, in working hours; late: three days after it. */
    private Instant sentAt(Planned p, LocalDate today, Random random) {
        LocalDate day = p.story() == Story.LATE ? p.due().plusDays(3) : p.due().minusDays(1 + random.nextInt(4));
        if (!day.isBefore(today)) day = today.minusDays(1);
        return at(day, LocalTime.of(8 + random.nextInt(8), random.nextInt(4) * 15));
    }

    /** Reports of a year are numbered in the order they are written; the demo numbers them from the period. */
    private static int number(Planned p) {
        int base = switch (p.period().kind()) {
            case QUARTERLY -> 10 * Integer.parseInt(p.period().key().substring(6));
            case HALF_YEAR -> 22;
            default -> 45;
        };
        return base + Math.floorMod(p.orgCode().hashCode(), 5);
    }

    /**
     * Who sends an organisation's reports: a committee's appointed secretary ({@link #appointSecretary}: the demo's
     * committees keep no posts), a cell's secretary under the login the history gives them.
     */
    private ReportSender senderOf(Organization org, Instant at) {
        String login = "bithu." + org.code.toLowerCase(Locale.ROOT);
        if (org.holdsMeetings) {
            PositionHeld secretary = PositionHeld.<PositionHeld>find("organization = ?1 and position = ?2 and validTo is null",
                    org, Position.SECRETARY).firstResult();
            if (secretary != null && secretary.member.username != null) login = secretary.member.username;
            return new ReportSender(login, secretary == null ? login : secretary.member.fullName, at);
        }
        return new ReportSender(login, SECRETARIES.getOrDefault(org.code, login), at);
    }

    private void appointSecretary(Organization committee) {
        String login = "bithu." + committee.code.toLowerCase(Locale.ROOT);
        if (Appointment.count("username = ?1 and organization = ?2", login, committee) > 0) return;
        Appointment a = new Appointment();
        a.username = login;
        a.organization = committee;
        a.role = Role.SECRETARY;
        a.validFrom = committee.validFrom;
        a.persist();
    }

    private List<Organization> reportingUnder(Organization root) {
        Set<String> types = OrganizationType.<OrganizationType>list("reportsUpward", true).stream().map(t -> t.code)
                .collect(Collectors.toSet());
        return em.createQuery("select o from Organization o where o.path like :p and o.parentId is not null"
                        + " and o.validTo is null", Organization.class).setParameter("p", root.path + "%").getResultList()
                .stream().filter(o -> types.contains(o.typeCode)).toList();
    }

    private Instant at(LocalDate day, LocalTime hour) {
        return day.atTime(hour).atZone(time.zone()).toInstant();
    }
}
