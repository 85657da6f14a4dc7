package vn.chibo.planning;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.chibo.common.Messages;
import vn.chibo.common.TimeSource;
import vn.chibo.meeting.Meeting;
import vn.chibo.meeting.MeetingApi;
import vn.chibo.meeting.MeetingStatus;
import vn.chibo.member.Member;
import vn.chibo.policy.PolicyProfile;
import vn.chibo.common.Deadlines;

/** Turns plans into what people read: item progress from their meetings, names, history and warnings. */
@ApplicationScoped
public class PlanViews {
    private final TimeSource time;

    public PlanViews(TimeSource time) {
        this.time = time;
    }

    public PlanningApi.PlanView view(TopicalPlan plan, PolicyProfile policy, Locale locale) {
        Map<UUID, Meeting> meetings = meetingsOf(plan.items.stream().map(i -> i.meetingId).toList());
        List<UUID> presenterIds = ids(plan.items.stream().map(i -> i.presenterId).toList());
        Map<UUID, String> presenters = new HashMap<>();
        if (!presenterIds.isEmpty()) Member.<Member>list("id in ?1", presenterIds).forEach(m -> presenters.put(m.id, m.fullName));
        Map<String, TopicGroup> groups = groups();
        List<PlanningApi.ItemView> items = plan.items.stream().map(i -> {
            Meeting m = i.meetingId == null ? null : meetings.get(i.meetingId);
            TopicGroup g = groups.get(i.topicGroupCode);
            return new PlanningApi.ItemView(i.id, i.kind, i.plannedMonth, i.quarter(), i.topicGroupCode,
                    g == null ? i.topicGroupCode : g.label(locale), i.title, i.purpose, i.presenterId,
                    presenters.get(i.presenterId), i.pushedTopicId, i.meetingId, progress(m),
                    m == null ? null : time.local(m.scheduledStart));
        }).toList();
        List<PlanningApi.EventView> history = TopicalPlanEvent.<TopicalPlanEvent>list("planId = ?1 order by at", plan.id)
                .stream().map(e -> new PlanningApi.EventView(e.action, e.actor, time.local(e.at), e.comment)).toList();
        return new PlanningApi.PlanView(plan.id, plan.organization.id, plan.organization.name, plan.year, plan.status,
                plan.dueDate, isLate(plan), time.local(plan.submittedAt), time.local(plan.decidedAt), plan.decidedBy,
                plan.version, policy.id, policy.label(), items, history, warnings(plan, policy, locale));
    }

    /** Not handed in after the due date, or handed in after it. */
    public boolean isLate(TopicalPlan plan) {
        LocalDate handedIn = plan.status.isHandedIn() && plan.submittedAt != null ? time.dateOf(plan.submittedAt) : null;
        return Deadlines.late(plan.dueDate, handedIn, time.today());
    }

    /** Quarters with fewer topical sessions than the policy asks for, and too few forums. */
    public List<MeetingApi.Warning> warnings(TopicalPlan plan, PolicyProfile policy, Locale locale) {
        List<MeetingApi.Warning> out = new ArrayList<>();
        List<Integer> empty = emptyQuarters(plan.items, policy);
        if (!empty.isEmpty()) {
            String quarters = empty.stream().map(q -> "Q" + q).collect(Collectors.joining(", "));
            out.add(new MeetingApi.Warning("plan-quarter-empty",
                    Messages.get(locale, "warning.plan-quarter-empty", quarters, policy.topicalPerQuarter)));
        }
        long forums = plan.items.stream().filter(i -> i.kind == PlanItemKind.FORUM).count();
        if (forums < policy.forumsPerYearMin) {
            out.add(new MeetingApi.Warning("plan-forums-below-minimum",
                    Messages.get(locale, "warning.plan-forums-below-minimum", forums, policy.forumsPerYearMin)));
        }
        return out;
    }

    public static List<Integer> emptyQuarters(Collection<TopicalPlanItem> items, PolicyProfile policy) {
        List<Integer> empty = new ArrayList<>();
        for (int q = 1; q <= 4; q++) {
            int quarter = q;
            long count = items.stream().filter(i -> i.kind == PlanItemKind.TOPICAL && i.quarter() == quarter).count();
            if (count < policy.topicalPerQuarter) empty.add(q);
        }
        return empty;
    }

    public static PlanningApi.Progress progress(Meeting m) {
        if (m == null) return PlanningApi.Progress.PLANNED;
        return switch (m.status) {
            case PLANNED, NOTIFIED -> PlanningApi.Progress.SCHEDULED;
            case HELD, APPROVED -> PlanningApi.Progress.HELD;
            case POSTPONED -> PlanningApi.Progress.POSTPONED;
            case CANCELLED -> PlanningApi.Progress.CANCELLED;
        };
    }

    public static boolean held(Meeting m) {
        return m != null && (m.status == MeetingStatus.HELD || m.status == MeetingStatus.APPROVED);
    }

    public static Map<UUID, Meeting> meetingsOf(Collection<UUID> meetingIds) {
        List<UUID> ids = ids(meetingIds);
        if (ids.isEmpty()) return new HashMap<>();
        return Meeting.<Meeting>list("id in ?1", ids).stream().collect(Collectors.toMap(m -> m.id, Function.identity()));
    }

    public static Map<String, TopicGroup> groups() {
        return TopicGroup.<TopicGroup>listAll().stream().collect(Collectors.toMap(g -> g.code, Function.identity()));
    }

    private static List<UUID> ids(Collection<UUID> ids) {
        return ids.stream().filter(Objects::nonNull).distinct().toList();
    }
}
