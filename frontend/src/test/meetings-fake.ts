import type { components } from '@/lib/api/schema';
import { ids, memberSummary, page } from './fixtures';
import type { MockApi } from './mock-api';
import { countsAsPresent } from '@/features/meetings/api/types';

/**
 * An in-memory meetings backend on top of the typed mock API: enough of the real rules (versions,
 * probationary voters, locked minutes) for route tests and the dev harness.
 */
type S = components['schemas'];

export const meetingId = 'aaaaaaaa-0000-4000-8000-000000000001';

const NAMES = [
  'Lò Văn Pản',
  'Tẩn Thị Mẩy',
  'Giàng A Sử',
  'Vàng Thị Dung',
  'Lường Văn Ngọc',
  'Phạm Thị Hương',
  'Nguyễn Văn An',
  'Đỗ Minh An',
  'Sùng A Páo',
  'Hoàng Thị Thu Hà',
  'Lý Seo Chẩn',
  'Chảo Thị Lở',
];

export const memberIdOf = (i: number) => `${String(i).padStart(8, '0')}-2222-4222-8222-222222222222`;

export const defaultPolicy: S['Policy'] = {
  issuerName: 'Trung ương (mặc định)',
  validFrom: '2020-01-01',
  attendanceTargetPercent: 85,
  maxConsecutiveExcusedAbsences: 3,
  speakingTargetPercent: 30,
  minDurationMinutes: 90,
  combinedMinDurationMinutes: 120,
  documentLeadDays: 1,
  maxDocumentBytes: 10 * 1024 * 1024,
  voteRule: 'MAJORITY_OF_ELIGIBLE_PRESENT',
  voteRules: [{ decisionKind: 'ORDINARY', rule: 'MAJORITY_OF_ELIGIBLE_PRESENT' }],
  onlineAttendanceCounts: true,
  secondRegularInMonth: 'WARN',
  label: 'Trung ương (mặc định), từ 01/01/2020',
  verificationDueDays: 7,
  selfScoreDueDays: 2,
  topicalPerQuarter: 1,
  forumsPerYearMin: 1,
  forumsPerYearMax: 2,
  modelCellThreshold: 8,
  modelMeetingsBelowThreshold: 1,
  modelMeetingsAtOrAboveThreshold: 2,
  modelMeetingQuarter: 1,
  topicalPlanDue: '02-05',
  monthlyScheduleDueDay: 2,
  regularMeetingWarnDay: 20,
  supervisorHalfYearReportDue: '06-20',
  supervisorAnnualReportDue: '12-10',
  visitsPerCellPerQuarter: 1,
  emptyQuarterRule: 'WARN',
  annualTargets: {
    orgGoodOrAbovePercent: 80,
    orgExcellentPercent: 20,
    orgNotCompletedMaxPercent: 0,
    memberGoodOrAbovePercent: 85,
    memberExcellentMinPercent: 15,
    memberExcellentMaxPercent: 20,
    cellsMeetingMonthlyPercent: 100,
    attendanceAbovePercent: 85,
    unexcusedAbsencesMax: 0,
  },
  excellentQuotaEnabled: false,
  excellentQuotaPercent: 20,
  reportDeadlines: { quarterlyDueDays: 5, halfYearDue: '06-20', annualDue: '12-10', modelMeetingDueDays: 15 },
  largeCellRule: { members: null, minDurationMinutes: 120 },
  forumWarnMonth: 12,
  meetingRecords: { preparerRule: 'SECRETARY_OR_DEPUTY', postPublishDeadlineDays: 2 },
  removalReviewMonths: 3,
  artefactChecklist: {
    kinds: ['WORK_PROGRAMME', 'INSPECTION_PROGRAMME', 'TASK_ASSIGNMENT', 'MEMBER_COMMITMENTS'],
    due: '03-31',
  },
  orientationAgendaItems: ['NEWS'],
};

export function attendanceOf(count: number): S['AttendanceEntry'][] {
  return Array.from({ length: count }, (_, i) => ({
    memberId: memberIdOf(i),
    fullName: `${NAMES[i % NAMES.length]}${i >= NAMES.length ? ` ${i}` : ''}`,
    memberStatus: i % 5 === 2 ? 'PROBATIONARY' : 'OFFICIAL',
    attachment: 'PRIMARY',
    status: 'NOT_RECORDED',
    consecutiveExcusedAbsences: 0,
    version: 0,
  }));
}

export function makeMeeting(partial: Partial<S['Meeting']> = {}, members = 12): S['Meeting'] {
  return {
    id: meetingId,
    organizationId: ids.cellNaKhoang,
    organizationName: 'Chi bộ bản Nà Khoang',
    type: 'REGULAR',
    isModel: false,
    mode: 'IN_PERSON',
    title: null,
    scheduledStart: '2026-03-04T19:30:00+07:00',
    plannedDurationMinutes: 120,
    place: 'Nhà văn hóa bản Nà Khoang',
    onlineLink: null,
    status: 'NOTIFIED',
    version: 3,
    chair: { id: memberIdOf(6), fullName: 'Nguyễn Văn An' },
    preparer: { id: memberIdOf(6), fullName: 'Nguyễn Văn An' },
    minuteTaker: { id: memberIdOf(3), fullName: 'Vàng Thị Dung' },
    actualStart: null,
    actualEnd: null,
    notifiedAt: '2026-03-01T08:00:00+07:00',
    preparesMeetingId: null,
    preMeetingId: null,
    history: [
      { at: '2026-02-20T08:00:00+07:00', actor: 'bithu.an', kind: 'SCHEDULED', toStart: '2026-03-04T19:30:00+07:00' },
      { at: '2026-03-01T08:00:00+07:00', actor: 'bithu.an', kind: 'NOTIFIED' },
    ],
    agenda: [
      {
        id: 'ag-1',
        position: 1,
        part: 'OPENING',
        kind: 'ATTENDANCE_REPORT',
        title: 'Báo cáo tình hình đảng viên dự họp',
      },
      { id: 'ag-2', position: 2, part: 'CONTENT', kind: 'LAST_MONTH_REVIEW', title: 'Đánh giá kết quả tháng 2' },
      { id: 'ag-3', position: 3, part: 'CONTENT', kind: 'NEXT_MONTH_TASKS', title: 'Nhiệm vụ tháng 3' },
      { id: 'ag-4', position: 4, part: 'CLOSING', kind: 'CONCLUSION_VOTE', title: 'Kết luận và biểu quyết' },
    ],
    documents: [],
    attendance: attendanceOf(members),
    notExpected: [{ memberId: '99999999-2222-4222-8222-222222222222', fullName: 'Tẩn Văn Lử', why: 'EXEMPT' }],
    guests: [],
    speeches: [],
    votes: [],
    openTasksToReview: [],
    figures: {
      expected: members,
      present: 0,
      excused: 0,
      unexcused: 0,
      notRecorded: members,
      attendanceRate: 0,
      presentOnline: 0,
      onlineAttendanceCounted: true,
      distinctSpeakers: 0,
      speakingRate: 0,
    },
    warnings: [],
    policy: defaultPolicy,
    organizationOnMeetingDay: { name: 'Chi bộ bản Nà Khoang', upperName: 'Đảng bộ xã Bình Lư' },
    ...partial,
  };
}

const problem = (status: number, code: string, title: string, detail?: string, extra: Partial<S['Problem']> = {}) => ({
  type: `https://chibo.localhost/problems/${code}`,
  title,
  status,
  code,
  detail,
  ...extra,
});

const conflict = (currentVersion: number) =>
  ({
    status: 409 as const,
    body: problem(
      409,
      'version-conflict',
      'Dữ liệu đã được người khác thay đổi',
      `Bản ghi đã được cập nhật (phiên bản ${currentVersion}). Hãy tải lại và sửa lại.`,
      { currentVersion },
    ),
  }) as const;

export interface FakeMeetingState {
  meeting: S['Meeting'];
  minutes: S['Minutes'];
  resolution: S['Resolution'];
  myTasks: S['Task'][];
  /** The caller's live calendar addresses, newest first. */
  calendarFeeds: S['CalendarFeed'][];
}

function figures(m: S['Meeting']): S['MeetingFigures'] {
  const onlineCounts = m.policy.onlineAttendanceCounts;
  const present = m.attendance.filter((a) => countsAsPresent(a.status, onlineCounts)).length;
  const presentOnline = m.attendance.filter((a) => a.status === 'PRESENT_ONLINE').length;
  const speakers = new Set(m.speeches.map((s) => s.memberId).filter(Boolean)).size;
  const duration =
    m.actualStart && m.actualEnd
      ? Math.round((new Date(m.actualEnd).getTime() - new Date(m.actualStart).getTime()) / 60000)
      : null;
  return {
    expected: m.attendance.length,
    present,
    excused: m.attendance.filter((a) => a.status === 'ABSENT_EXCUSED').length,
    unexcused: m.attendance.filter((a) => a.status === 'ABSENT_UNEXCUSED').length,
    notRecorded: m.attendance.filter((a) => a.status === 'NOT_RECORDED').length,
    attendanceRate: m.attendance.length ? (present * 100) / m.attendance.length : 0,
    distinctSpeakers: speakers,
    speakingRate: present ? (speakers * 100) / present : 0,
    presentOnline,
    onlineAttendanceCounted: onlineCounts,
    durationMinutes: duration,
  };
}

let seq = 0;
const uuid = () => `bbbbbbbb-0000-4000-8000-${String(++seq).padStart(12, '0')}`;

/** Registers the meeting endpoints on `api`; the returned state can be inspected and changed. */
export function installFakeMeetings(api: MockApi, meeting: S['Meeting'] = makeMeeting()): FakeMeetingState {
  const state: FakeMeetingState = {
    meeting,
    minutes: {
      meetingId: meeting.id,
      approved: false,
      freeText: null,
      conclusions: null,
      assembledText: 'ĐẢNG CỘNG SẢN VIỆT NAM\nBIÊN BẢN SINH HOẠT CHI BỘ',
      version: 0,
      corrections: [],
    },
    resolution: { meetingId: meeting.id, kind: 'RESOLUTION', sections: [], tasks: [], version: 0 },
    myTasks: [],
    calendarFeeds: [],
  };
  const m = () => state.meeting;
  const view = () => ({ ...m(), figures: figures(m()) });
  const locked = () =>
    m().status === 'APPROVED'
      ? {
          status: 409 as const,
          body: problem(409, 'minutes-locked', 'Biên bản đã được thông qua', 'Không sửa được nữa.'),
        }
      : null;

  api
    .on('get', '/api/v1/meetings/{id}', () => ({ status: 200, body: view() }))
    .on('put', '/api/v1/meetings/{id}/attendance/{memberId}', ({ params, body }) => {
      const lock = locked();
      if (lock) return lock;
      const entry = m().attendance.find((a) => a.memberId === params.memberId);
      if (!entry)
        return {
          status: 400,
          body: problem(400, 'not-expected', 'Không phải đảng viên phải dự họp', 'Đảng viên này không thuộc chi bộ.'),
        };
      if ((body.version ?? 0) !== entry.version) return conflict(entry.version);
      const next: S['AttendanceEntry'] = {
        ...entry,
        status: body.status,
        reasonCategory: body.reasonCategory ?? null,
        reasonText: body.reasonText ?? null,
        version: entry.version + 1,
      };
      state.meeting = { ...m(), attendance: m().attendance.map((a) => (a.memberId === entry.memberId ? next : a)) };
      return { status: 200, body: next };
    })
    .on('post', '/api/v1/meetings/{id}/guests', ({ body }) => {
      const guest = { id: uuid(), ...body };
      state.meeting = { ...m(), guests: [...m().guests, guest] };
      return { status: 201, body: guest };
    })
    .on('delete', '/api/v1/meetings/{id}/guests/{guestId}', ({ params }) => {
      state.meeting = { ...m(), guests: m().guests.filter((g) => g.id !== params.guestId) };
      return { status: 204, body: undefined };
    })
    .on('post', '/api/v1/meetings/{id}/speeches', ({ body }) => {
      const name =
        m().attendance.find((a) => a.memberId === body.memberId)?.fullName ??
        m().guests.find((g) => g.id === body.guestId)?.name ??
        '?';
      const speech = { id: uuid(), speakerName: name, ...body };
      state.meeting = { ...m(), speeches: [...m().speeches, speech] };
      return { status: 201, body: speech };
    })
    .on('delete', '/api/v1/meetings/{id}/speeches/{speechId}', ({ params }) => {
      state.meeting = { ...m(), speeches: m().speeches.filter((s) => s.id !== params.speechId) };
      return { status: 204, body: undefined };
    })
    .on('post', '/api/v1/meetings/{id}/votes', ({ body }) => {
      const present = m().attendance.filter((a) => countsAsPresent(a.status, m().policy.onlineAttendanceCounts));
      const kind = body.decisionKind ?? 'ORDINARY';
      const rule = m().policy.voteRules.find((r) => r.decisionKind === kind)?.rule;
      if (!rule)
        return {
          status: 409,
          body: problem(
            409,
            'vote-rule-not-configured',
            'Chưa có quy tắc biểu quyết cho loại quyết định này',
            undefined,
            {
              errors: [
                {
                  field: 'decisionKind',
                  message: `Bộ quy định áp dụng chưa đặt quy tắc thông qua cho loại quyết định ${kind}.`,
                },
              ],
            },
          ),
        };
      const eligible = present.filter((a) => a.memberStatus === 'OFFICIAL');
      let f = body.forCount ?? 0;
      let a = body.againstCount ?? 0;
      let ab = body.abstainCount ?? 0;
      if (body.method === 'NAMED') {
        const bad = (body.ballots ?? []).find((b) => !eligible.some((e) => e.memberId === b.memberId));
        if (bad) {
          const who = m().attendance.find((x) => x.memberId === bad.memberId);
          return {
            status: 400,
            body: problem(
              400,
              'not-eligible-voter',
              'Không có quyền biểu quyết',
              `${who?.fullName ?? 'Người này'} là đảng viên dự bị, không có quyền biểu quyết.`,
            ),
          };
        }
        f = (body.ballots ?? []).filter((b) => b.choice === 'FOR').length;
        a = (body.ballots ?? []).filter((b) => b.choice === 'AGAINST').length;
        ab = (body.ballots ?? []).filter((b) => b.choice === 'ABSTAIN').length;
      }
      if (f + a + ab > eligible.length)
        return {
          status: 400,
          body: problem(
            400,
            'too-many-votes',
            'Số phiếu vượt quá số người có quyền biểu quyết',
            `Chỉ có ${eligible.length} đảng viên chính thức có mặt.`,
          ),
        };
      const vote: S['Vote'] = {
        id: uuid(),
        subject: body.subject,
        method: body.method,
        forCount: f,
        againstCount: a,
        abstainCount: ab,
        eligible: eligible.length,
        passed: f * 2 > eligible.length,
        rule,
        ballots: [],
        decisionKind: kind,
        opinionsDiffered: Boolean(body.opinionsDiffered) || a > 0 || ab > 0,
        furtherDiscussion: body.furtherDiscussion ?? null,
      };
      state.meeting = { ...m(), votes: [...m().votes, vote] };
      return { status: 201, body: vote };
    })
    .on('post', '/api/v1/meetings/{id}/times', ({ body }) => {
      if (body.version !== m().version) return conflict(m().version);
      if (body.actualEnd <= body.actualStart)
        return {
          status: 400,
          body: problem(400, 'validation', 'Dữ liệu không hợp lệ', undefined, {
            errors: [{ field: 'actualEnd', message: 'Giờ kết thúc phải sau giờ bắt đầu.' }],
          }),
        };
      state.meeting = {
        ...m(),
        actualStart: body.actualStart,
        actualEnd: body.actualEnd,
        status: 'HELD',
        version: m().version + 1,
      };
      return { status: 200, body: view() };
    })
    .on('put', '/api/v1/meetings/{id}/agenda', ({ body }) => {
      if (body.version !== m().version) return conflict(m().version);
      state.meeting = {
        ...m(),
        agenda: body.items.map((it, i) => ({
          id: uuid(),
          position: i + 1,
          part: it.part,
          kind: it.kind,
          title: it.title,
          plannedMinutes: it.plannedMinutes,
        })),
        version: m().version + 1,
      };
      return { status: 200, body: view() };
    })
    .on('post', '/api/v1/meetings/{id}/notify', ({ body }) => {
      if (body.version !== m().version) return conflict(m().version);
      state.meeting = { ...m(), status: 'NOTIFIED', version: m().version + 1 };
      return { status: 200, body: view() };
    })
    .on('post', '/api/v1/meetings/{id}/postpone', ({ body }) => {
      if (body.version !== m().version) return conflict(m().version);
      state.meeting = { ...m(), status: 'POSTPONED', version: m().version + 1 };
      return { status: 200, body: view() };
    })
    .on('post', '/api/v1/meetings/{id}/cancel', ({ body }) => {
      if (body.version !== m().version) return conflict(m().version);
      state.meeting = { ...m(), status: 'CANCELLED', version: m().version + 1 };
      return { status: 200, body: view() };
    })
    .on('get', '/api/v1/meetings/{id}/minutes', () => ({ status: 200, body: state.minutes }))
    .on('put', '/api/v1/meetings/{id}/minutes', ({ body }) => {
      const lock = locked();
      if (lock) return lock;
      if (body.version !== state.minutes.version) return conflict(state.minutes.version);
      state.minutes = {
        ...state.minutes,
        freeText: body.freeText,
        conclusions: body.conclusions,
        version: state.minutes.version + 1,
      };
      return { status: 200, body: state.minutes };
    })
    .on('post', '/api/v1/meetings/{id}/minutes/approve', ({ body }) => {
      const lock = locked();
      if (lock) return lock;
      if (body.version !== state.minutes.version) return conflict(state.minutes.version);
      state.minutes = {
        ...state.minutes,
        approved: true,
        approvedAt: '2026-03-04T21:40:00+07:00',
        approvedBy: 'bithu.an',
        version: state.minutes.version + 1,
      };
      state.meeting = { ...m(), status: 'APPROVED', version: m().version + 1 };
      return { status: 200, body: state.minutes };
    })
    .on('post', '/api/v1/meetings/{id}/minutes/corrections', ({ body }) => {
      state.minutes = {
        ...state.minutes,
        corrections: [...state.minutes.corrections, { at: new Date().toISOString(), author: 'bithu.an', ...body }],
      };
      return { status: 201, body: state.minutes };
    })
    .on('post', '/api/v1/meetings/{id}/publication', ({ body }) => {
      if (body.version !== m().version) return conflict(m().version);
      state.meeting = {
        ...m(),
        publication: { ...m().publication!, publishedAt: '2026-03-05T08:00:00+07:00', publishedBy: 'bithu.an' },
        version: m().version + 1,
      };
      return { status: 200, body: m() };
    })
    .on('get', '/api/v1/meetings/{id}/resolution', () => ({ status: 200, body: state.resolution }))
    .on('put', '/api/v1/meetings/{id}/resolution', ({ body }) => {
      const lock = locked();
      if (lock) return lock;
      if (body.version !== state.resolution.version) return conflict(state.resolution.version);
      state.resolution = {
        ...state.resolution,
        kind: body.kind,
        number: body.number,
        title: body.title,
        // a clause sent back with its id keeps it; a new one gets one (as the server does)
        sections: body.sections.map((s) => ({ ...s, id: s.id ?? uuid(), nextMonth: !!s.nextMonth })),
        version: state.resolution.version + 1,
      };
      return { status: 200, body: state.resolution };
    })
    .on('post', '/api/v1/meetings/{id}/tasks', ({ body }) => {
      const task: S['Task'] = {
        id: uuid(),
        meetingId: m().id,
        organizationId: m().organizationId,
        title: body.title,
        assigneeKind: body.assigneeKind,
        assigneeMemberId: body.assigneeMemberId,
        assigneeName:
          body.assigneeName ?? m().attendance.find((a) => a.memberId === body.assigneeMemberId)?.fullName ?? '',
        dueDate: body.dueDate,
        status: body.status ?? 'NOT_STARTED',
        version: 0,
        sectionId: body.sectionId ?? null,
      };
      state.resolution = { ...state.resolution, tasks: [...state.resolution.tasks, task] };
      return { status: 201, body: task };
    })
    .on('patch', '/api/v1/tasks/{id}', ({ params, body }) => {
      const all = [...state.resolution.tasks, ...(m().openTasksToReview ?? []), ...state.myTasks];
      const task = all.find((x) => x.id === params.id);
      if (!task) return { status: 404, body: problem(404, 'not-found', 'Không tìm thấy') };
      if (body.version !== task.version) return conflict(task.version);
      const next = { ...task, ...body, version: task.version + 1 };
      state.resolution = {
        ...state.resolution,
        tasks: state.resolution.tasks.map((x) => (x.id === task.id ? next : x)),
      };
      state.meeting = { ...m(), openTasksToReview: m().openTasksToReview?.map((x) => (x.id === task.id ? next : x)) };
      state.myTasks = state.myTasks.map((x) => (x.id === task.id ? next : x));
      return { status: 200, body: next };
    })
    .on('get', '/api/v1/organizations/{id}/meetings', () => ({ status: 200, body: page([m()]) }))
    .on('get', '/api/v1/organizations/{id}/compliance', ({ query }) => ({
      status: 200,
      body: {
        organizationId: ids.cellNaKhoang,
        year: Number(query.get('year') ?? 2026),
        months: Array.from({ length: 12 }, (_, i) => ({
          month: i + 1,
          regularHeld: i < 2,
          regularScheduled: i === 2,
          meetingId: i === 2 ? m().id : null,
        })),
        quarters: [1, 2, 3, 4].map((q) => ({ quarter: q, topicalHeld: q === 1 })),
      },
    }))
    .on('get', '/api/v1/organizations/{id}/members', () => ({
      status: 200,
      body: page(
        m().attendance.map((a) => memberSummary({ id: a.memberId, fullName: a.fullName, status: a.memberStatus })),
      ),
    }))
    .on('get', '/api/v1/me/meetings', () => ({ status: 200, body: page([m()]) }))
    .on('get', '/api/v1/me/tasks', ({ query }) => {
      const p = Number(query.get('page') ?? 0);
      const size = Number(query.get('size') ?? 20);
      return { status: 200, body: page(state.myTasks.slice(p * size, p * size + size), state.myTasks.length, p, size) };
    })
    .on('post', '/api/v1/calendar-feeds', ({ body }) => {
      const feedId = `${'abcdefghijklmnopqrstuvwxyz'.slice(state.calendarFeeds.length)}${'0'.repeat(state.calendarFeeds.length)}`;
      const feed: S['CalendarFeed'] = {
        url: `http://api.test/api/v1/calendar/${feedId}.ics`,
        feedId,
        scope: body.scope,
        organizationId: body.organizationId ?? null,
        organizationName: body.organizationId ? 'Chi bộ bản Nà Khoang' : null,
        createdAt: '2026-03-02T08:00:00+07:00',
        lastReadAt: null,
      };
      state.calendarFeeds = [feed, ...state.calendarFeeds];
      return { status: 201, body: feed };
    })
    .on('get', '/api/v1/calendar-feeds', () => ({ status: 200, body: page(state.calendarFeeds) }))
    .on('delete', '/api/v1/calendar-feeds/{feedId}', ({ params }) => {
      state.calendarFeeds = state.calendarFeeds.filter((f) => f.feedId !== params.feedId);
      return { status: 204, body: undefined };
    });
  return state;
}

/** Bí thư An of Chi bộ bản Nà Khoang, as /api/v1/me describes her (member 6 of the fake meeting). */
export const meSecretary: S['Me'] = {
  username: 'bithu.an',
  displayName: 'Nguyễn Văn An',
  roles: ['SECRETARY'],
  memberId: memberIdOf(6),
  appointments: [
    {
      id: '77777777-7777-4777-8777-777777777777',
      username: 'bithu.an',
      organizationId: ids.cellNaKhoang,
      organizationName: 'Chi bộ bản Nà Khoang',
      role: 'SECRETARY',
      validFrom: '2025-01-01',
      validTo: null,
    },
  ],
};
