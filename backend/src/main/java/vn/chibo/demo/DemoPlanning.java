package vn.chibo.demo;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import vn.chibo.common.TimeSource;
import vn.chibo.meeting.Meeting;
import vn.chibo.meeting.MeetingStatus;
import vn.chibo.meeting.MeetingType;
import vn.chibo.organization.Organization;
import vn.chibo.planning.ModelInvitee;
import vn.chibo.planning.ModelKind;
import vn.chibo.planning.ModelProgramme;
import vn.chibo.planning.ModelSelection;
import vn.chibo.planning.MonthlySchedule;
import vn.chibo.planning.PlanItemKind;
import vn.chibo.planning.PlanStatus;
import vn.chibo.planning.TopicalPlan;
import vn.chibo.planning.TopicalPlanEvent;
import vn.chibo.planning.TopicalPlanItem;
import vn.chibo.policy.PolicyChain;
import vn.chibo.policy.PolicyProfile;
import vn.chibo.policy.PolicyService;
import vn.chibo.supervision.SupervisionTeam;
import vn.chibo.supervision.SupervisionTeamMember;

/**
 * Demo planning data. The bare tree (tests): Nà Khoang's topical plan for this year waiting in the
 * commune's inbox, and the commune's supervision team led by the demo supervisor. The living demo:
 * every cell's annual topical plans (approved, one late, one waiting in the inbox) and the monthly
 * schedules the committees sent.
 */
@ApplicationScoped
class DemoPlanning {
    private record Topic(int month, String group, String title) {}

    private static final List<Topic> TOPICS = List.of(
            new Topic(2, "HCM_CT05", "Học tập và làm theo tấm gương đạo đức Hồ Chí Minh về tiết kiệm"),
            new Topic(5, "XAY_DUNG_CHI_BO_DON_VI", "Vai trò của đảng viên trong xây dựng nông thôn mới ở bản"),
            new Topic(8, "VAN_DE_PHUC_TAP", "Giữ gìn an ninh trật tự, phòng chống ma túy trên địa bàn bản"),
            new Topic(11, "CAN_BO_DANG_VIEN", "Phát triển đảng viên trong thanh niên người dân tộc thiểu số"));

    private final PolicyService policies;
    private final TimeSource time;

    DemoPlanning(PolicyService policies, TimeSource time) {
        this.policies = policies;
        this.time = time;
    }

    /** The cell whose plan for this year waits for the commune's decision in the living demo. */
    static final String PLAN_WAITING_CELL = "LCH-BL-PP";

    /** @param allPolicies every policy profile (read once by the caller), to resolve each cell's in memory */
    void loadLiving(List<DemoMeetingPlanner.PlannedTopic> topics, Map<String, Organization> cells, LocalDate today,
                    List<PolicyProfile> allPolicies) {
        Map<String, Map<Integer, List<DemoMeetingPlanner.PlannedTopic>>> byCellAndYear = new LinkedHashMap<>();
        topics.forEach(t -> byCellAndYear.computeIfAbsent(t.cellCode(), c -> new TreeMap<>())
                .computeIfAbsent(t.year(), y -> new ArrayList<>()).add(t));
        byCellAndYear.forEach((code, years) -> years.forEach((year, items) -> annualPlan(cells.get(code), year, items,
                today, PolicyChain.pick(allPolicies, cells.get(code), LocalDate.of(year, 1, 1)))));
        Set<Organization> committees = new LinkedHashSet<>();
        cells.values().forEach(cell -> committees.add(Organization.findById(cell.parentId)));
        for (Organization committee : committees) schedules(committee, cells.values(), today);
        Organization commune = cells.get(DemoScenario.HOME_CELL) == null ? null
                : Organization.findById(cells.get(DemoScenario.HOME_CELL).parentId);
        if (commune != null) team(commune);
        if (commune != null) modelProgramme(commune, cells.get(DemoScenario.HOME_CELL), today);
    }

    /**
     * The commune's model-meeting programme of the year: the home cell's last regular meeting held
     * before today is the model one, appraised by the commune's staff and with its lessons shared, so
     * the model-meeting screen has a whole cycle to show.
     */
    private void modelProgramme(Organization commune, Organization cell, LocalDate today) {
        Meeting held = Meeting.<Meeting>find("organization = ?1 and type = ?2 and status in ?3 and scheduledStart < ?4"
                        + " order by scheduledStart desc", cell, MeetingType.REGULAR,
                List.of(MeetingStatus.HELD, MeetingStatus.APPROVED),
                today.atStartOfDay(DemoHistory.ZONE).toInstant()).firstResult();
        if (held == null) return;
        LocalDate day = held.scheduledStart.atZone(DemoHistory.ZONE).toLocalDate();
        Instant appraised = held.actualEnd.plus(Duration.ofDays(2));
        ModelProgramme p = new ModelProgramme();
        p.committee = commune;
        p.year = day.getYear();
        p.quarter = (day.getMonthValue() - 1) / 3 + 1;
        p.updatedAt = appraised;
        p.updatedBy = "canbo.xa";
        p.persist();
        ModelSelection s = new ModelSelection();
        s.programmeId = p.id;
        s.cell = cell;
        s.kind = ModelKind.REGULAR;
        s.meetingId = held.id;
        s.position = 0;
        s.invitees = ModelInvitee.CELL_MEMBERS + "," + ModelInvitee.CELL_SECRETARIES + "," + ModelInvitee.SUPERVISORS;
        s.inviteeNote = "Mời bí thư các chi bộ bản trong xã dự để học tập.";
        s.appraisal = "Chi bộ chuẩn bị chu đáo: tài liệu gửi trước, đủ các bước theo hướng dẫn, nhiều đảng viên"
                + " phát biểu. Đủ điều kiện nhân rộng trong xã.";
        s.appraisedBy = "canbo.xa";
        s.appraisedAt = appraised;
        s.strengths = "Chuẩn bị nội dung kỹ, họp chi ủy trước; điều hành đúng thời gian.";
        s.weaknesses = "Một số đảng viên trẻ còn ngại phát biểu.";
        s.actions = "Các chi bộ bản phân công đảng viên chuẩn bị ý kiến trước mỗi buổi sinh hoạt.";
        s.lessonsBy = "canbo.xa";
        s.lessonsSharedAt = appraised.plus(Duration.ofDays(1));
        s.persist();
    }

    private void annualPlan(Organization cell, int year, List<DemoMeetingPlanner.PlannedTopic> topics, LocalDate today,
                            PolicyProfile policy) {
        LocalDate due = PolicyProfile.dayOfYear(policy.topicalPlanDue, year);
        boolean current = year == today.getYear();
        LocalDate submitted = current ? min(due.minusDays(10), today.minusDays(7)) : due.minusDays(10);
        TopicalPlan plan = new TopicalPlan();
        plan.organization = cell;
        plan.year = year;
        plan.policyId = policy.id;
        plan.dueDate = due;
        plan.status = PlanStatus.APPROVED;
        if (cell.code.equals(DemoScenario.LATE_PLAN_CELL)) {
            // Last year's plan came in twelve days late; this year's is still a draft.
            submitted = current ? null : due.plusDays(12);
            if (current) plan.status = PlanStatus.DRAFT;
        } else if (current && cell.code.equals(PLAN_WAITING_CELL)) {
            plan.status = PlanStatus.SUBMITTED;
            submitted = min(due.minusDays(2), today.minusDays(1));
        }
        String secretary = cell.code.equals(DemoScenario.HOME_CELL) ? "bithu.an" : "bithu." + cell.code.toLowerCase();
        plan.submittedAt = submitted == null ? null : submitted.atTime(9, 0).atZone(time.zone()).toInstant();
        if (plan.status == PlanStatus.APPROVED) {
            plan.decidedAt = plan.submittedAt.plusSeconds(3 * 86_400);
            plan.decidedBy = cell.code.startsWith("LCH-BL-") ? "canbo.xa" : "canbo.tinh";
        }
        for (DemoMeetingPlanner.PlannedTopic t : topics) {
            TopicalPlanItem item = new TopicalPlanItem();
            item.plan = plan;
            item.position = plan.items.size();
            item.kind = PlanItemKind.TOPICAL;
            item.plannedMonth = t.month();
            item.topicGroupCode = t.groupCode();
            item.title = t.title();
            plan.items.add(item);
        }
        plan.persist();
        Instant created = (submitted != null ? submitted : today).minusDays(5).atTime(9, 0).atZone(time.zone()).toInstant();
        event(plan, TopicalPlanEvent.Action.CREATE, created, secretary);
        if (plan.submittedAt != null) event(plan, TopicalPlanEvent.Action.SUBMIT, plan.submittedAt, secretary);
        if (plan.decidedAt != null) event(plan, TopicalPlanEvent.Action.APPROVE, plan.decidedAt, plan.decidedBy);
    }

    /** Each committee sends its cells' schedule on the 25th of the month before; one commune is late this month. */
    private void schedules(Organization committee, java.util.Collection<Organization> cells, LocalDate today) {
        int cellCount = (int) cells.stream().filter(c -> committee.id.equals(c.parentId)).count();
        YearMonth current = YearMonth.from(today);
        for (YearMonth ym = current.minusMonths(11); !ym.isAfter(current); ym = ym.plusMonths(1)) {
            if (ym.equals(current) && committee.code.equals(DemoScenario.UNVISITED_COMMUNE)) continue;
            MonthlySchedule sent = new MonthlySchedule();
            sent.organizationId = committee.id;
            sent.month = ym.toString();
            sent.sentAt = ym.minusMonths(1).atDay(25).atTime(9, 0).atZone(time.zone()).toInstant();
            sent.sentBy = committee.code.equals("LCH-BL") ? "canbo.xa" : "canbo.tinh";
            sent.entryCount = cellCount;
            sent.gapCount = 0;
            sent.persist();
        }
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    void load(Organization commune, Organization cell) {
        int year = time.today().getYear();
        PolicyProfile policy = policies.inForce(cell, LocalDate.of(year, 1, 1));
        TopicalPlan plan = new TopicalPlan();
        plan.organization = cell;
        plan.year = year;
        plan.status = PlanStatus.SUBMITTED;
        plan.policyId = policy.id;
        plan.dueDate = PolicyProfile.dayOfYear(policy.topicalPlanDue, year);
        plan.submittedAt = LocalDate.of(year, 1, 20).atTime(9, 0).atZone(time.zone()).toInstant();
        for (Topic t : TOPICS) {
            TopicalPlanItem item = new TopicalPlanItem();
            item.plan = plan;
            item.position = plan.items.size();
            item.kind = PlanItemKind.TOPICAL;
            item.plannedMonth = t.month();
            item.topicGroupCode = t.group();
            item.title = t.title();
            plan.items.add(item);
        }
        plan.persist();
        event(plan, TopicalPlanEvent.Action.CREATE, plan.submittedAt.minusSeconds(86_400), "bithu.an");
        event(plan, TopicalPlanEvent.Action.SUBMIT, plan.submittedAt, "bithu.an");
        team(commune);
    }

    /** The commune's supervision team, led by the demo supervisor. */
    private void team(Organization commune) {
        SupervisionTeam team = new SupervisionTeam();
        team.committee = commune;
        team.name = "Tổ dự, theo dõi, hướng dẫn sinh hoạt chi bộ số 1";
        team.leaderUsername = "giamsat";
        team.createdAt = time.now();
        team.persist();
        SupervisionTeamMember leader = new SupervisionTeamMember();
        leader.teamId = team.id;
        leader.username = "giamsat";
        leader.displayName = "Cán bộ giám sát";
        leader.persist();
    }

    private static void event(TopicalPlan plan, TopicalPlanEvent.Action action, Instant at, String actor) {
        TopicalPlanEvent e = new TopicalPlanEvent();
        e.planId = plan.id;
        e.action = action;
        e.actor = actor;
        e.at = at;
        e.persist();
    }
}
