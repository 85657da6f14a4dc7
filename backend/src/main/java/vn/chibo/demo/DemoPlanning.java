package vn.chibo.demo;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import vn.chibo.common.TimeSource;
import vn.chibo.organization.Organization;
import vn.chibo.planning.PlanItemKind;
import vn.chibo.planning.PlanStatus;
import vn.chibo.planning.TopicalPlan;
import vn.chibo.planning.TopicalPlanEvent;
import vn.chibo.planning.TopicalPlanItem;
import vn.chibo.policy.PolicyProfile;
import vn.chibo.policy.PolicyService;
import vn.chibo.supervision.SupervisionTeam;
import vn.chibo.supervision.SupervisionTeamMember;

/**
 * Demo planning data: Nà Khoang's topical plan for this year waiting in the commune's inbox, and the
 * commune's supervision team led by the demo supervisor.
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
        event(plan, TopicalPlanEvent.Action.CREATE, plan.submittedAt.minusSeconds(86_400));
        event(plan, TopicalPlanEvent.Action.SUBMIT, plan.submittedAt);

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

    private static void event(TopicalPlan plan, TopicalPlanEvent.Action action, Instant at) {
        TopicalPlanEvent e = new TopicalPlanEvent();
        e.planId = plan.id;
        e.action = action;
        e.actor = "bithu.an";
        e.at = at;
        e.persist();
    }
}
