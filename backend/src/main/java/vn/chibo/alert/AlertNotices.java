package vn.chibo.alert;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import vn.chibo.common.Messages;
import vn.chibo.notice.NoticeDraft;
import vn.chibo.notice.NoticeKind;
import vn.chibo.notice.NoticeOutbox;
import vn.chibo.notice.NoticeRecipient;
import vn.chibo.organization.Organization;
import vn.chibo.security.AppointmentRepository;
import vn.chibo.supervision.CellSupervisors;

/**
 * Tells the people who must act that an alert was raised: one notice per organisation and run listing its new
 * alerts, to whoever keeps that organisation (its secretary or committee staff), and for the alerts a supervisor
 * clears (a verification overdue, a cell not visited) to the cell's supervisors too. A digest rather than a notice
 * per alert: the first run over a province raises thousands, and a secretary should get one message a day.
 */
@ApplicationScoped
public class AlertNotices {
    /** Alerts only the cell's supervisors can clear: they hear of them as well as the cell. */
    private static final Set<AlertKind> FOR_SUPERVISORS = EnumSet.of(AlertKind.VERIFICATION_OVERDUE,
            AlertKind.CELL_NOT_VISITED);
    /** How many alerts a notice lists by name; the rest are counted. */
    static final int LISTED = 10;

    private final NoticeOutbox outbox;
    private final AppointmentRepository appointments;
    private final CellSupervisors supervisors;

    public AlertNotices(NoticeOutbox outbox, AppointmentRepository appointments, CellSupervisors supervisors) {
        this.outbox = outbox;
        this.appointments = appointments;
        this.supervisors = supervisors;
    }

    /** The alerts raised (or raised again) by one run on the day; informational ones are shown, not sent. */
    void raised(Collection<Alert> alerts, LocalDate day) {
        Map<Organization, List<Alert>> byOrganization = new LinkedHashMap<>();
        alerts.stream().filter(a -> a.severity != Severity.INFO)
                .forEach(a -> byOrganization.computeIfAbsent(a.organization, k -> new ArrayList<>()).add(a));
        if (byOrganization.isEmpty()) return;
        List<UUID> ids = byOrganization.keySet().stream().map(o -> o.id).toList();
        Map<UUID, Set<String>> keepers = appointments.keepersOn(ids, day);
        List<UUID> supervised = byOrganization.entrySet().stream()
                .filter(e -> e.getValue().stream().anyMatch(a -> FOR_SUPERVISORS.contains(a.kind)))
                .map(e -> e.getKey().id).toList();
        Map<UUID, Set<String>> cellSupervisors = supervisors.byCell(supervised, day, day);
        byOrganization.forEach((org, raised) -> {
            List<NoticeRecipient> to = new ArrayList<>();
            keepers.getOrDefault(org.id, Set.of()).forEach(u -> to.add(NoticeRecipient.login(u)));
            if (raised.stream().anyMatch(a -> FOR_SUPERVISORS.contains(a.kind))) {
                cellSupervisors.getOrDefault(org.id, Set.of()).forEach(u -> to.add(NoticeRecipient.login(u)));
            }
            outbox.post(new NoticeDraft(NoticeKind.ALERTS_RAISED, "ORGANIZATION", org.id,
                    "/organizations/" + org.id + "/alerts", org.name, raised.size(),
                    NoticeDraft.day(day), lines(raised)), to);
        });
    }

    /** One line per alert in the words of the alert list, the most urgent first, at most {@link #LISTED}. */
    static String lines(List<Alert> raised) {
        List<Alert> ordered = raised.stream()
                .sorted((a, b) -> Integer.compare(b.severity.ordinal(), a.severity.ordinal())).toList();
        String listed = ordered.stream().limit(LISTED).map(a -> "- " + a.message(Messages.VIETNAMESE))
                .collect(Collectors.joining("\n"));
        return ordered.size() <= LISTED ? listed
                : listed + "\n" + Messages.get(Messages.VIETNAMESE, "notice.alerts-more", ordered.size() - LISTED);
    }
}
