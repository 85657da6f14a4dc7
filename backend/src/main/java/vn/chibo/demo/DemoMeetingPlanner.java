package vn.chibo.demo;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import vn.chibo.demo.PlannedMeeting.Deviation;
import vn.chibo.demo.PlannedMeeting.PlannedTask;
import vn.chibo.demo.PlannedMeeting.Presence;
import vn.chibo.demo.PlannedMeeting.Quality;
import vn.chibo.demo.PlannedMeeting.Review;
import vn.chibo.meeting.AbsenceReason;
import vn.chibo.meeting.AttendanceStatus;
import vn.chibo.meeting.MeetingMode;
import vn.chibo.meeting.MeetingStatus;
import vn.chibo.meeting.MeetingType;
import vn.chibo.resolution.TaskStatus;

/**
 * Plans the last twelve months of every demo cell as plain data, from a seed and the day the demo is
 * loaded: the same seed and day always give the same plan. Nothing here touches the database, so the
 * plan can be checked at any date in a plain unit test.
 */
public final class DemoMeetingPlanner {
    /** A topic of a cell's annual topical plan, and the month it is planned for. */
    public record PlannedTopic(String cellCode, int year, int month, String groupCode, String title) {}

    public record Plan(List<PlannedMeeting> meetings, List<PlannedTopic> topics) {}

    private record Topic(String group, String title) {}

    private static final List<Topic> TOPICS = List.of(
            new Topic("HCM_CT05", "Học tập và làm theo tấm gương đạo đức Hồ Chí Minh về tiết kiệm"),
            new Topic("XAY_DUNG_CHI_BO_DON_VI", "Vai trò của đảng viên trong xây dựng nông thôn mới"),
            new Topic("VAN_DE_PHUC_TAP", "Giữ gìn an ninh trật tự, phòng chống ma túy trên địa bàn"),
            new Topic("CAN_BO_DANG_VIEN", "Phát triển đảng viên trong thanh niên người dân tộc thiểu số"));

    private static final String[] TASKS = {
        "Vận động các hộ gia đình tham gia vệ sinh đường làng, ngõ xóm",
        "Đôn đốc thu nộp đảng phí đầy đủ, đúng hạn",
        "Nắm tình hình tư tưởng đảng viên, báo cáo chi ủy",
        "Phối hợp với chi hội phụ nữ tuyên truyền phòng chống ma túy",
        "Rà soát hộ nghèo, hộ cận nghèo, đề xuất hỗ trợ",
        "Hướng dẫn bà con chăm sóc chè, cà phê đúng kỹ thuật",
        "Kèm cặp, giúp đỡ quần chúng ưu tú phấn đấu vào Đảng",
        "Triển khai cài đặt, sử dụng Sổ tay đảng viên điện tử"};

    private final long seed;
    private final LocalDate today;
    private final ZoneId zone;

    public DemoMeetingPlanner(long seed, LocalDate today, ZoneId zone) {
        this.seed = seed;
        this.today = today;
        this.zone = zone;
    }

    public Plan plan(List<DemoRoster> cells) {
        List<PlannedMeeting> meetings = new ArrayList<>();
        List<PlannedTopic> topics = new ArrayList<>();
        for (DemoRoster cell : cells) {
            CellPlanner planner = new CellPlanner(cell, new Random(seed * 1_000_003L + cell.code().hashCode()));
            meetings.addAll(planner.meetings());
            topics.addAll(planner.topics);
        }
        return new Plan(meetings, topics);
    }

    /** The first month of the history: twelve months back, the current month included. */
    public YearMonth firstMonth() {
        return YearMonth.from(today).minusMonths(11);
    }

    /** The day of the month a cell usually meets on (3 to 22), fixed by its code. */
    static int usualDay(String code) {
        return 3 + Math.floorMod(code.hashCode(), 20);
    }

    /** The plan of one cell, built in date order so each meeting can look back at the previous one. */
    private final class CellPlanner {
        private final DemoRoster cell;
        private final Random random;
        private final List<PlannedTopic> topics = new ArrayList<>();
        /** Consecutive excused absences per member: nobody goes past three (that would be a warning). */
        private final Map<UUID, Integer> excusedInARow = new HashMap<>();
        private List<PlannedTask> openTasks = new ArrayList<>();

        CellPlanner(DemoRoster cell, Random random) {
            this.cell = cell;
            this.random = random;
        }

        private record Slot(MeetingType type, LocalDate day, String title) {}

        List<PlannedMeeting> meetings() {
            List<Slot> slots = new ArrayList<>();
            YearMonth current = YearMonth.from(today);
            int day = usualDay(cell.code());
            boolean home = cell.code().equals(DemoScenario.HOME_CELL);
            for (YearMonth ym = firstMonth(); !ym.isAfter(current); ym = ym.plusMonths(1)) {
                int ago = (int) ym.until(current, ChronoUnit.MONTHS);
                if (cell.code().equals(DemoScenario.MISSED_MONTH_CELL) && ago == DemoScenario.MISSED_MONTH_AGO) continue;
                LocalDate regular = ym.atDay(Math.min(day, ym.lengthOfMonth()));
                if (home && ym.equals(current)) regular = today;
                LocalDate recent = today.minusDays(3);
                if (cell.code().equals(DemoScenario.RECENT_REVIEW_CELL) && ym.equals(YearMonth.from(recent))) regular = recent;
                slots.add(new Slot(MeetingType.REGULAR, regular, "Sinh hoạt chi bộ thường kỳ tháng "
                        + ym.getMonthValue() + "/" + ym.getYear()));
                if (ago == 3) {
                    slots.add(new Slot(MeetingType.FORUM, ym.atDay(Math.min(day + 12, ym.lengthOfMonth())),
                            "Diễn đàn \"Đảng viên nói đi đôi với làm\""));
                }
            }
            planTopicals(slots, day, home);
            slots.sort(Comparator.comparing(Slot::day));
            List<PlannedMeeting> out = new ArrayList<>();
            for (Slot slot : slots) {
                PlannedMeeting m = meeting(slot);
                out.add(m);
                if (preparedByCommittee(m)) out.add(committeeMeeting(m));
                else if (m.type() == MeetingType.REGULAR) m.deviations().add(Deviation.NO_PRE_MEETING);
            }
            markVisits(out);
            return out;
        }

        /** One topical session a quarter under the annual plan; the home cell's falls this week. */
        private void planTopicals(List<Slot> slots, int day, boolean home) {
            LocalDate from = firstMonth().atDay(1);
            LocalDate quarterEnd = YearMonth.from(today).withMonth(((today.getMonthValue() - 1) / 3) * 3 + 3).atEndOfMonth();
            for (int year = from.getYear(); year <= today.getYear(); year++) {
                for (int quarter = 0; quarter < 4; quarter++) {
                    Topic topic = TOPICS.get(quarter);
                    YearMonth ym = YearMonth.of(year, quarter * 3 + 2);
                    LocalDate date = ym.atDay(Math.min(day + 7, ym.lengthOfMonth()));
                    boolean thisQuarter = (today.getMonthValue() - 1) / 3 == quarter && year == today.getYear();
                    if (home && thisQuarter) {
                        date = today.plusDays(3);
                        ym = YearMonth.from(date);
                    }
                    topics.add(new PlannedTopic(cell.code(), year, ym.getMonthValue(), topic.group(), topic.title()));
                    if (date.isBefore(from) || date.isAfter(quarterEnd)) continue;
                    slots.add(new Slot(MeetingType.TOPICAL, date, "Chuyên đề: " + topic.title()));
                }
            }
        }

        private PlannedMeeting meeting(Slot slot) {
            LocalDate day = slot.day();
            boolean online = cell.code().equals(DemoScenario.ONLINE_CELL) && slot.type() == MeetingType.REGULAR
                    && YearMonth.from(day).equals(YearMonth.from(today).minusMonths(DemoScenario.ONLINE_MEETING_AGO));
            Instant start = day.atTime(cell.evening() ? LocalTime.of(19, 30) : LocalTime.of(14, 0)).atZone(zone).toInstant();
            MeetingStatus status = day.isBefore(today)
                    ? (day.isAfter(today.minusDays(3)) ? MeetingStatus.HELD : MeetingStatus.APPROVED)
                    : (day.isAfter(today.plusDays(7)) ? MeetingStatus.PLANNED : MeetingStatus.NOTIFIED);
            boolean held = status == MeetingStatus.HELD || status == MeetingStatus.APPROVED;
            Quality quality = quality(slot, day);
            Set<Deviation> deviations = EnumSet.noneOf(Deviation.class);
            String key = cell.code() + "/" + slot.type() + "/" + day;

            List<Presence> attendance = held ? attendance(day, quality, online, slot.type(), deviations) : List.of();
            List<UUID> speakers = held ? speakers(attendance, quality, deviations) : List.of();
            Integer heldMinutes = held ? heldMinutes(quality, slot.type(), deviations) : null;
            Integer lead = documentsLead(start, quality, held, status, deviations);
            List<PlannedTask> tasks = new ArrayList<>();
            if (slot.type() == MeetingType.REGULAR && held) {
                settlePreviousTasks(quality);
                tasks = newTasks(day);
                openTasks = tasks;
            }
            Review review = !held || slot.type() == MeetingType.FORUM ? Review.NONE
                    : day.isAfter(today.minusDays(2)) ? Review.NONE
                    : day.isAfter(today.minusDays(8)) ? Review.SUBMITTED : Review.VERIFIED;
            boolean lastMonth = YearMonth.from(day).equals(YearMonth.from(today).minusMonths(1));
            if (cell.code().equals(DemoScenario.OVERDUE_VERIFICATION_CELL) && slot.type() == MeetingType.REGULAR
                    && lastMonth && review == Review.VERIFIED) {
                review = Review.SUBMITTED;
                deviations.add(Deviation.OVERDUE_VERIFICATION);
            }
            int variant = Math.floorMod(key.hashCode(), 10); // as PlannedMeeting.closingVariant
            if (variant == 0) deviations.add(Deviation.PREPARER_NOT_ASSIGNED);
            if (held && variant >= 8) deviations.add(Deviation.LATE_PUBLICATION);
            if (held && slot.type().isRegular() && tasks.isEmpty()) deviations.add(Deviation.NEXT_MONTH_WITHOUT_TASK);
            int planned = cell.members().size() >= 30 ? 150 : 120;
            return new PlannedMeeting(key, cell.code(), slot.type(), slot.title(), start, planned,
                    online ? MeetingMode.ONLINE : MeetingMode.IN_PERSON, status, heldMinutes, lead,
                    status != MeetingStatus.PLANNED, null, attendance, speakers, quality, tasks, review, null, deviations);
        }

        private Quality quality(Slot slot, LocalDate day) {
            if (cell.code().equals(DemoScenario.POOR_MEETING_CELL) && slot.type() == MeetingType.REGULAR
                    && YearMonth.from(day).equals(YearMonth.from(today).minusMonths(DemoScenario.POOR_MEETING_AGO))) {
                return Quality.POOR;
            }
            int roll = random.nextInt(100);
            return roll < 45 ? Quality.GOOD : roll < 80 ? Quality.FAIR : Quality.AVERAGE;
        }

        private List<Presence> attendance(LocalDate day, Quality quality, boolean online, MeetingType type,
                                          Set<Deviation> deviations) {
            List<DemoRoster.Person> expected = cell.expected(day);
            int n = expected.size();
            int absent = switch (quality) {
                case GOOD -> n >= 20 ? 1 : 0;
                case FAIR -> Math.max(1, n / 9);
                case AVERAGE -> Math.max(2, n / 5);
                case POOR -> Math.max(3, n * 2 / 5);
            };
            int unexcused = switch (quality) {
                case AVERAGE -> 1;
                case POOR -> 2;
                default -> 0;
            };
            // The chair (secretary) and the minute-taker (deputy) are always there.
            List<DemoRoster.Person> candidates = new ArrayList<>(expected.subList(2, n));
            Collections.shuffle(candidates, random);
            Map<UUID, Presence> chosen = new HashMap<>();
            // The pattern covers the cell's regular meetings of the last three months.
            boolean pattern = cell.code().equals(DemoScenario.UNEXCUSED_PATTERN_CELL) && type == MeetingType.REGULAR
                    && day.isAfter(today.minusMonths(3));
            DemoRoster.Person patternMember = expected.get(Math.min(4, n - 1));
            if (pattern) {
                chosen.put(patternMember.id(), new Presence(patternMember.id(), AttendanceStatus.ABSENT_UNEXCUSED, null));
                unexcused = Math.max(0, unexcused - 1);
                absent = Math.max(0, absent - 1);
            }
            for (DemoRoster.Person p : candidates) {
                if (absent == 0) break;
                if (chosen.containsKey(p.id())) continue;
                if (unexcused > 0) {
                    chosen.put(p.id(), new Presence(p.id(), AttendanceStatus.ABSENT_UNEXCUSED, null));
                    unexcused--;
                    absent--;
                } else if (excusedInARow.getOrDefault(p.id(), 0) < 2) {
                    AbsenceReason reason = AbsenceReason.values()[random.nextInt(4)];
                    chosen.put(p.id(), new Presence(p.id(), AttendanceStatus.ABSENT_EXCUSED, reason));
                    absent--;
                }
            }
            List<Presence> out = new ArrayList<>();
            for (DemoRoster.Person p : expected) {
                Presence presence = chosen.getOrDefault(p.id(), new Presence(p.id(),
                        online ? AttendanceStatus.PRESENT_ONLINE : AttendanceStatus.PRESENT, null));
                if (type == MeetingType.REGULAR || type == MeetingType.TOPICAL) {
                    excusedInARow.merge(p.id(), 1, (a, b) -> presence.status() == AttendanceStatus.ABSENT_EXCUSED ? a + 1 : 0);
                    if (presence.status() != AttendanceStatus.ABSENT_EXCUSED) excusedInARow.put(p.id(), 0);
                }
                out.add(presence);
            }
            if (out.stream().anyMatch(a -> a.status() == AttendanceStatus.ABSENT_UNEXCUSED)) {
                deviations.add(Deviation.UNEXCUSED_ABSENCE);
            }
            long present = out.stream().filter(a -> a.status().attended()).count();
            if (present * 100.0 / n <= 85) deviations.add(Deviation.LOW_ATTENDANCE);
            return out;
        }

        private List<UUID> speakers(List<Presence> attendance, Quality quality, Set<Deviation> deviations) {
            List<UUID> present = attendance.stream().filter(a -> a.status().attended()).map(Presence::memberId).toList();
            double share = switch (quality) {
                case GOOD -> 0.6;
                case FAIR -> 0.45;
                case AVERAGE -> 0.35;
                case POOR -> 0.2;
            };
            int count = Math.max(1, (int) Math.ceil(present.size() * share));
            if (quality == Quality.POOR) count = Math.max(1, (int) Math.floor(present.size() * share));
            if (count * 100.0 / present.size() < 30) deviations.add(Deviation.LOW_SPEAKING);
            return present.subList(0, Math.min(count, present.size()));
        }

        private int heldMinutes(Quality quality, MeetingType type, Set<Deviation> deviations) {
            int minutes = switch (quality) {
                case GOOD -> 100 + random.nextInt(30);
                case FAIR -> 90 + random.nextInt(20);
                case AVERAGE -> 80;
                case POOR -> 45;
            };
            if (type == MeetingType.FORUM) minutes = Math.max(minutes, 90);
            if (minutes < 90) deviations.add(Deviation.SHORT_DURATION);
            return minutes;
        }

        /** Documents are published two or three days ahead; upcoming meetings already have theirs (yesterday). */
        private Integer documentsLead(Instant start, Quality quality, boolean held, MeetingStatus status,
                                      Set<Deviation> deviations) {
            if (held) {
                if (quality == Quality.POOR) {
                    deviations.add(Deviation.NO_DOCUMENTS);
                    return null;
                }
                return 48 + random.nextInt(25);
            }
            if (status != MeetingStatus.NOTIFIED) return null;
            Instant yesterday = today.minusDays(1).atTime(16, 0).atZone(zone).toInstant();
            return (int) Duration.between(yesterday, start).toHours();
        }

        /** The tasks of the previous resolution as the next meeting reviews them: how well decides how many got done. */
        private void settlePreviousTasks(Quality quality) {
            List<PlannedTask> settled = new ArrayList<>();
            for (int i = 0; i < openTasks.size(); i++) {
                PlannedTask t = openTasks.get(i);
                TaskStatus status;
                if (!t.due().isBefore(today)) status = random.nextBoolean() ? TaskStatus.IN_PROGRESS : TaskStatus.NOT_STARTED;
                else status = switch (quality) {
                    case GOOD -> i == 0 && random.nextInt(3) == 0 ? TaskStatus.DONE_BEYOND : TaskStatus.DONE;
                    case FAIR -> i == openTasks.size() - 1 && random.nextBoolean() ? TaskStatus.NOT_DONE : TaskStatus.DONE;
                    case AVERAGE -> i == 0 ? TaskStatus.DONE : TaskStatus.LATE;
                    case POOR -> TaskStatus.NOT_DONE;
                };
                settled.add(new PlannedTask(t.title(), t.assigneeId(), t.assigneeName(), t.due(), status));
            }
            openTasks.clear();
            openTasks.addAll(settled);
        }

        private List<PlannedTask> newTasks(LocalDate day) {
            List<DemoRoster.Person> expected = cell.expected(day);
            int count = cell.members().size() >= 30 ? 3 : 2;
            List<PlannedTask> tasks = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                DemoRoster.Person assignee = expected.get(random.nextInt(expected.size()));
                LocalDate due = day.plusDays(20 + random.nextInt(9));
                tasks.add(new PlannedTask(TASKS[random.nextInt(TASKS.length)], assignee.id(), assignee.name(), due,
                        due.isBefore(today) ? TaskStatus.DONE : TaskStatus.IN_PROGRESS));
            }
            // The home member's own task from last month's meeting, due in a few days.
            boolean lastMonthAtHome = cell.code().equals(DemoScenario.HOME_CELL)
                    && YearMonth.from(day).equals(YearMonth.from(today).minusMonths(1));
            cell.members().stream().filter(p -> p.username() != null && !p.equals(cell.secretary()))
                    .filter(p -> lastMonthAtHome).findFirst()
                    .ifPresent(p -> tasks.add(new PlannedTask("Tuyên truyền, vận động bà con đăng ký tham gia bảo hiểm y tế",
                            p.id(), p.name(), today.plusDays(4), TaskStatus.IN_PROGRESS)));
            return tasks;
        }

        /** Good and fair meetings were prepared by a committee meeting (or the secretary and deputy) three days before. */
        private boolean preparedByCommittee(PlannedMeeting m) {
            if (m.type() != MeetingType.REGULAR) return false;
            LocalDate day = m.start().atZone(zone).toLocalDate();
            boolean todayAtHome = m.cellCode().equals(DemoScenario.HOME_CELL) && day.equals(today);
            return (m.held() && m.quality() != Quality.AVERAGE && m.quality() != Quality.POOR) || todayAtHome;
        }

        private PlannedMeeting committeeMeeting(PlannedMeeting regular) {
            LocalDate day = regular.start().atZone(zone).toLocalDate().minusDays(3);
            Instant start = day.atTime(8, 0).atZone(zone).toInstant();
            MeetingStatus status = day.isBefore(today) ? MeetingStatus.APPROVED : MeetingStatus.NOTIFIED;
            return new PlannedMeeting(regular.cellCode() + "/COMMITTEE/" + day, regular.cellCode(), MeetingType.COMMITTEE,
                    "Chi ủy họp chuẩn bị nội dung sinh hoạt", start, 60, MeetingMode.IN_PERSON, status,
                    status == MeetingStatus.APPROVED ? 60 : null, null, true, regular.key(), List.of(), List.of(),
                    Quality.GOOD, List.of(), Review.NONE, null, EnumSet.noneOf(Deviation.class));
        }

        /** The supervisor visits the first held meeting of each quarter, except in the unvisited commune this quarter. */
        private void markVisits(List<PlannedMeeting> meetings) {
            Set<String> visitedQuarters = new java.util.HashSet<>();
            for (int i = 0; i < meetings.size(); i++) {
                PlannedMeeting m = meetings.get(i);
                if (m.type() != MeetingType.REGULAR || !m.held()) continue;
                LocalDate day = m.start().atZone(zone).toLocalDate();
                String quarter = day.getYear() + "Q" + ((day.getMonthValue() - 1) / 3 + 1);
                boolean thisQuarter = quarter.equals(today.getYear() + "Q" + ((today.getMonthValue() - 1) / 3 + 1));
                if (thisQuarter && cell.code().startsWith(DemoScenario.UNVISITED_COMMUNE + "-")) continue;
                if (!visitedQuarters.add(quarter)) continue;
                meetings.set(i, withVisit(m, cell.supervisor()));
            }
        }
    }

    private static PlannedMeeting withVisit(PlannedMeeting m, String supervisor) {
        return new PlannedMeeting(m.key(), m.cellCode(), m.type(), m.title(), m.start(), m.plannedMinutes(), m.mode(),
                m.status(), m.heldMinutes(), m.documentsLeadHours(), m.notified(), m.preparesKey(), m.attendance(),
                m.speakers(), m.quality(), m.tasks(), m.review(), supervisor, m.deviations());
    }
}
