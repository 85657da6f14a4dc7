import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { installFakeMeetings, makeMeeting, meetingId, memberIdOf, meSecretary } from '@/test/meetings-fake';
import { defaultApi, renderApp, TEST_SUBJECT } from '@/test/render-app';
import { draftStorageKey } from '@/lib/auth/user-data';
import { meetingOutboxKey } from '@/features/meetings/offline/use-meeting-outbox';

function setup(meeting = makeMeeting()) {
  const api = defaultApi().on('get', '/api/v1/me', () => ({ status: 200, body: meSecretary }));
  const state = installFakeMeetings(api, meeting);
  return { api, state };
}

const attendancePath = `/api/v1/meetings/${meetingId}/attendance/${memberIdOf(0)}`;

function setOnline(value: boolean) {
  Object.defineProperty(window.navigator, 'onLine', { configurable: true, get: () => value });
}

describe('meeting screen: attendance', () => {
  afterEach(() => setOnline(true));

  it('marks a member present with one tap: one PUT, and the count changes at once', async () => {
    const user = userEvent.setup();
    const { api, state } = setup();
    renderApp(`/meetings/${meetingId}/attendance`, api);

    expect(await screen.findByText('Có mặt 0/12')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Có mặt: Lò Văn Pản' }));
    expect(screen.getByText('Có mặt 1/12')).toBeInTheDocument();

    await waitFor(() => expect(api.callsTo('PUT', attendancePath)).toHaveLength(1));
    expect(api.callsTo('PUT', attendancePath)[0].body).toEqual({ status: 'PRESENT', version: 0 });
    expect(await screen.findByText('✓ Đã lưu tất cả')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Có mặt: Lò Văn Pản' })).toHaveAttribute('aria-pressed', 'true');
    expect(state.meeting.attendance[0]).toMatchObject({ status: 'PRESENT', version: 1 });
    expect(screen.getByText('Có mặt 1/12')).toBeInTheDocument();
  });

  it('records an absence with a reason category and text, and shows members not expected greyed', async () => {
    const user = userEvent.setup();
    const { api } = setup();
    renderApp(`/meetings/${meetingId}/attendance`, api);

    await user.click(await screen.findByRole('button', { name: 'Vắng: Tẩn Thị Mẩy' }));
    await user.click(screen.getByRole('radio', { name: 'Ốm đau' }));
    await user.type(screen.getByLabelText('Ghi rõ (không bắt buộc)'), 'Nằm viện huyện');
    await user.click(screen.getByRole('button', { name: 'Vắng có lý do' }));

    const path = `/api/v1/meetings/${meetingId}/attendance/${memberIdOf(1)}`;
    await waitFor(() => expect(api.callsTo('PUT', path)).toHaveLength(1));
    expect(api.callsTo('PUT', path)[0].body).toEqual({
      status: 'ABSENT_EXCUSED',
      reasonCategory: 'ILLNESS',
      reasonText: 'Nằm viện huyện',
      version: 0,
    });
    expect(screen.getByText(/Vắng có lý do 1/)).toBeInTheDocument();
    const notExpected = screen.getByRole('heading', { name: /Không phải dự họp/ }).closest('section')!;
    expect(within(notExpected).getByText('Tẩn Văn Lử')).toBeInTheDocument();
    expect(within(notExpected).getByText('Miễn sinh hoạt')).toBeInTheDocument();
  });

  it('keeps taps made offline, says they are not saved, and sends them when the connection returns', async () => {
    const user = userEvent.setup();
    const { api } = setup();
    renderApp(`/meetings/${meetingId}/attendance`, api);
    await screen.findByText('Có mặt 0/12');

    setOnline(false);
    await user.click(screen.getByRole('button', { name: 'Có mặt: Lò Văn Pản' }));
    await user.click(screen.getByRole('button', { name: 'Có mặt: Giàng A Sử' }));
    expect(screen.getByText('Có mặt 2/12')).toBeInTheDocument();
    expect(await screen.findByText('Chưa lưu: 2 thay đổi')).toBeInTheDocument();
    expect(screen.getByText(/Mất kết nối/)).toBeInTheDocument();
    expect(api.callsTo('PUT', attendancePath)).toHaveLength(0);
    expect(localStorage.getItem(meetingOutboxKey(TEST_SUBJECT, meetingId))).toContain(memberIdOf(2));

    setOnline(true);
    act(() => {
      window.dispatchEvent(new Event('online'));
    });
    expect(await screen.findByText('✓ Đã lưu tất cả')).toBeInTheDocument();
    expect(api.callsTo('PUT', attendancePath)).toHaveLength(1);
    expect(localStorage.getItem(meetingOutboxKey(TEST_SUBJECT, meetingId))).toBeNull();
  });

  it('shows a conflict on replay with the server data and re-applies mine only when asked', async () => {
    const user = userEvent.setup();
    const { api, state } = setup();
    renderApp(`/meetings/${meetingId}/attendance`, api);
    await screen.findByText('Có mặt 0/12');

    setOnline(false);
    await user.click(screen.getByRole('button', { name: 'Có mặt: Lò Văn Pản' }));
    // Meanwhile someone else recorded this member as absent with a reason.
    state.meeting = {
      ...state.meeting,
      attendance: state.meeting.attendance.map((a, i) =>
        i === 0 ? { ...a, status: 'ABSENT_EXCUSED', reasonCategory: 'WORK', version: 1 } : a,
      ),
    };
    setOnline(true);
    act(() => {
      window.dispatchEvent(new Event('online'));
    });

    const alert = await screen.findByText('Đã có người sửa trước: điểm danh Lò Văn Pản');
    const card = alert.closest('.conflict') as HTMLElement;
    await waitFor(() => expect(within(card).getByText('Trên máy chủ: Vắng có lý do · Công tác')).toBeInTheDocument());
    expect(within(card).getByText('Của tôi: Có mặt')).toBeInTheDocument();
    expect(state.meeting.attendance[0].status).toBe('ABSENT_EXCUSED');

    await user.click(within(card).getByRole('button', { name: 'Ghi đè bằng bản của tôi' }));
    await waitFor(() => expect(state.meeting.attendance[0]).toMatchObject({ status: 'PRESENT', version: 2 }));
    expect(api.callsTo('PUT', attendancePath).map((c) => c.body)).toEqual([
      { status: 'PRESENT', version: 0 },
      { status: 'PRESENT', version: 1 },
    ]);
    expect(await screen.findByText('✓ Đã lưu tất cả')).toBeInTheDocument();
  });
});

/** A meeting at which every expected member is marked present. */
function everyonePresent() {
  const meeting = makeMeeting();
  meeting.attendance = meeting.attendance.map((a) => ({ ...a, status: 'PRESENT', version: 1 }));
  return meeting;
}

describe('meeting screen: votes', () => {
  it("shows the server's refusal of a probationary voter in the vote form and keeps what was entered", async () => {
    const user = userEvent.setup();
    const { api, state } = setup(everyonePresent());
    renderApp(`/meetings/${meetingId}/votes`, api);

    expect(await screen.findByText('Đảng viên chính thức có mặt: 10')).toBeInTheDocument();
    await user.type(screen.getByLabelText(/Nội dung biểu quyết/), 'Thông qua nghị quyết tháng 3');
    await user.click(screen.getByRole('radio', { name: 'Ghi tên từng người' }));
    // Giàng A Sử is probationary: give them a ballot anyway.
    await user.selectOptions(screen.getByLabelText(/Giàng A Sử/), 'FOR');
    await user.click(screen.getByRole('button', { name: 'Ghi kết quả biểu quyết' }));

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Không có quyền biểu quyết');
    expect(alert).toHaveTextContent('Giàng A Sử là đảng viên dự bị, không có quyền biểu quyết.');
    expect(screen.getByLabelText(/Nội dung biểu quyết/)).toHaveValue('Thông qua nghị quyết tháng 3');
    expect(state.meeting.votes).toHaveLength(0);
    // Not also listed among refused changes at the top.
    expect(screen.queryByText(/Máy chủ không nhận/)).not.toBeInTheDocument();

    await user.selectOptions(screen.getByLabelText(/Giàng A Sử/), '');
    await user.click(screen.getByRole('button', { name: 'Ghi kết quả biểu quyết' }));
    expect(await screen.findByText('Thông qua')).toBeInTheDocument();
    expect(screen.getByText(/10 tán thành, 0 không tán thành, 0 không biểu quyết \/ 10/)).toBeInTheDocument();
    expect(state.meeting.votes).toHaveLength(1);
  });
});

describe('meeting screen: votes by kind and differing opinions (BR-H8, BR-H10)', () => {
  it('warns of a kind without a rule and shows the refusal in the form', async () => {
    const user = userEvent.setup();
    const { api, state } = setup(everyonePresent());
    renderApp(`/meetings/${meetingId}/votes`, api);

    await user.type(await screen.findByLabelText(/Nội dung biểu quyết/), 'Đề nghị kết nạp quần chúng Lò Thị Mai');
    await user.selectOptions(screen.getByLabelText('Loại quyết định'), 'ADMISSION');
    expect(screen.getByText(/chưa đặt quy tắc biểu quyết cho loại quyết định này/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Ghi kết quả biểu quyết' }));
    expect(await screen.findByText(/chưa đặt quy tắc thông qua cho loại quyết định ADMISSION/)).toBeInTheDocument();
    expect(state.meeting.votes).toHaveLength(0);
  });

  it('asks whether further discussion was allowed once opinions differ, and records the answer', async () => {
    const user = userEvent.setup();
    const { api, state } = setup(everyonePresent());
    renderApp(`/meetings/${meetingId}/votes`, api);

    await user.type(await screen.findByLabelText(/Nội dung biểu quyết/), 'Thông qua nghị quyết tháng 3');
    const prompt = /Chủ trì có cho thảo luận thêm/;
    expect(screen.queryByText(prompt)).not.toBeInTheDocument();
    await user.clear(screen.getByLabelText('Không tán thành'));
    await user.type(screen.getByLabelText('Không tán thành'), '1');
    await user.type(screen.getByLabelText('Tán thành'), '9');
    expect(screen.getByText(prompt)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Ghi kết quả biểu quyết' }));
    expect(await screen.findByText('Hãy ghi lại chủ trì có cho thảo luận thêm hay không.')).toBeInTheDocument();
    expect(state.meeting.votes).toHaveLength(0);

    await user.click(screen.getByRole('radio', { name: 'Có, đã cho thảo luận thêm' }));
    await user.click(screen.getByRole('button', { name: 'Ghi kết quả biểu quyết' }));
    expect(await screen.findByText(/đã cho thảo luận thêm trước khi biểu quyết/)).toBeInTheDocument();
    expect(state.meeting.votes[0]).toMatchObject({ opinionsDiffered: true, furtherDiscussion: true });

    await user.type(screen.getByLabelText(/Nội dung biểu quyết/), 'Phân công đảng viên');
    await user.click(screen.getByLabelText('Ý kiến về nội dung này còn khác nhau'));
    expect(screen.getByText(prompt)).toBeInTheDocument();
  });
});

describe('meeting screen: online attendance (BR-H9)', () => {
  it('shows whether members online count as present and leaves them out of the rate when they do not', async () => {
    const meeting = makeMeeting();
    meeting.policy = { ...meeting.policy, onlineAttendanceCounts: false };
    meeting.attendance = meeting.attendance.map((a, i) => ({
      ...a,
      status: i < 2 ? 'PRESENT_ONLINE' : 'PRESENT',
      version: 1,
    }));
    const { api } = setup(meeting);
    renderApp(`/meetings/${meetingId}/attendance`, api);
    expect(await screen.findByText(/Dự trực tuyến: 2/)).toHaveTextContent('không tính là có mặt');
    expect(
      screen.getByText(`Có mặt ${meeting.attendance.length - 2}/${meeting.attendance.length}`),
    ).toBeInTheDocument();
  });
});

/** A meeting whose times are recorded: its minutes can be approved. */
const heldMeeting = () =>
  makeMeeting({ status: 'HELD', actualStart: '2026-03-04T19:30:00+07:00', actualEnd: '2026-03-04T21:35:00+07:00' });

describe('meeting screen: resolution and closing', () => {
  it('BR-R4 marks a next-month clause and assigns a task to it with a due date', async () => {
    const user = userEvent.setup();
    const { api, state } = setup(heldMeeting());
    renderApp(`/meetings/${meetingId}/resolution`, api);

    await user.type(await screen.findByLabelText('Phần 1: Tiêu đề phần'), 'Nhiệm vụ tháng 4');
    await user.type(screen.getByLabelText('Nội dung'), 'Chăm sóc lúa chiêm xuân');
    await user.click(screen.getByLabelText(/Là nội dung nhiệm vụ tháng tới/));
    await user.click(screen.getByRole('button', { name: 'Lưu nghị quyết' }));
    await waitFor(() => expect(state.resolution.sections).toHaveLength(1));
    expect(state.resolution.sections[0]).toMatchObject({ heading: 'Nhiệm vụ tháng 4', nextMonth: true });
    const clause = state.resolution.sections[0].id;

    const form = within(await screen.findByRole('form', { name: 'Giao nhiệm vụ' }));
    await user.type(form.getByLabelText(/^Nhiệm vụ/), 'Kiểm tra mương nội đồng');
    await user.selectOptions(form.getByLabelText(/Người được giao/), 'Lò Văn Pản');
    await user.type(form.getByLabelText('Hạn hoàn thành'), '2026-04-15');
    await user.selectOptions(await form.findByLabelText('Thực hiện nội dung'), 'Nhiệm vụ tháng 4 (Nhiệm vụ tháng tới)');
    await user.click(form.getByRole('button', { name: 'Giao nhiệm vụ' }));
    await waitFor(() => expect(state.resolution.tasks).toHaveLength(1));
    expect(state.resolution.tasks[0]).toMatchObject({ sectionId: clause, dueDate: '2026-04-15' });
    expect(await screen.findByText(/nội dung: Nhiệm vụ tháng 4/)).toBeInTheDocument();
  });

  it('BR-R5 publishes the final documents and sends them above, once, with the time shown', async () => {
    const user = userEvent.setup();
    const { api } = setup({ ...heldMeeting(), publication: { dueDate: '2026-03-06' } });
    renderApp(`/meetings/${meetingId}/resolution`, api);

    expect(await screen.findByText('Chưa đăng, hạn đến hết ngày 06/03/2026.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Đăng tài liệu, nghị quyết và gửi cấp trên' }));
    expect(await screen.findByText(/Đã đăng và gửi lúc .* \(bithu.an\)/)).toBeInTheDocument();
    expect(api.callsTo('POST', `/api/v1/meetings/${meetingId}/publication`).map((c) => c.body)).toEqual([
      { version: 3 },
    ]);
    expect(screen.queryByRole('button', { name: 'Đăng tài liệu, nghị quyết và gửi cấp trên' })).not.toBeInTheDocument();
  });
});

describe('meeting screen: minutes', () => {
  it('approves the minutes after saving what was typed; the meeting is then locked', async () => {
    const user = userEvent.setup();
    const { api, state } = setup(heldMeeting());
    renderApp(`/meetings/${meetingId}/minutes`, api);

    await user.type(await screen.findByLabelText('Diễn biến buổi sinh hoạt (thư ký ghi)'), 'Đồng chí Bí thư khai mạc.');
    await user.click(screen.getByRole('button', { name: 'Thông qua biên bản' }));
    await user.click(screen.getByRole('button', { name: 'Thông qua và khóa' }));

    expect(await screen.findByText(/Biên bản đã được thông qua lúc/)).toBeInTheDocument();
    expect(state.minutes).toMatchObject({ approved: true, freeText: 'Đồng chí Bí thư khai mạc.', version: 2 });
    const approve = api.callsTo('POST', `/api/v1/meetings/${meetingId}/minutes/approve`);
    expect(approve.map((c) => c.body)).toEqual([{ version: 1 }]);
    expect(screen.queryByLabelText('Diễn biến buổi sinh hoạt (thư ký ghi)')).not.toBeInTheDocument();
  });

  it('lists in Vietnamese everything the minutes lack when the approval is refused', async () => {
    const user = userEvent.setup();
    const { api, state } = setup(heldMeeting());
    api.on('post', '/api/v1/meetings/{id}/minutes/approve', () => ({
      status: 409 as const,
      body: {
        type: 'https://chibo.localhost/problems/minutes-incomplete',
        title: 'Biên bản chưa đủ nội dung bắt buộc',
        status: 409,
        code: 'minutes-incomplete',
        detail: 'Biên bản còn thiếu 2 nội dung bắt buộc; hãy bổ sung trước khi thông qua.',
        errors: [
          { field: 'speeches', message: 'Chưa ghi ý kiến phát biểu (tên người phát biểu).' },
          { field: 'conclusions', message: 'Chưa ghi kết luận của chủ trì.' },
        ],
      },
    }));
    renderApp(`/meetings/${meetingId}/minutes`, api);

    await user.click(await screen.findByRole('button', { name: 'Thông qua biên bản' }));
    await user.click(screen.getByRole('button', { name: 'Thông qua và khóa' }));

    const alert = (await screen.findByText(/Biên bản còn thiếu 2 nội dung bắt buộc/)).closest(
      '[role="alert"]',
    ) as HTMLElement;
    const items = within(alert)
      .getAllByRole('listitem')
      .map((li) => li.textContent);
    expect(items).toEqual(['Chưa ghi ý kiến phát biểu (tên người phát biểu).', 'Chưa ghi kết luận của chủ trì.']);
    expect(state.minutes.approved).toBe(false);
  });

  it('shows the number and the signatures of approved minutes, and offers them as PDF and Word', async () => {
    const { api, state } = setup(makeMeeting({ status: 'APPROVED' }));
    state.minutes = {
      ...state.minutes,
      approved: true,
      approvedAt: '2026-03-04T21:40:00+07:00',
      approvedBy: 'bithu.an',
      number: '05-BB/CB',
      signatures: [
        { role: 'T/M CHI BỘ\nBÍ THƯ', name: 'Nguyễn Văn An', signedAt: '2026-03-04T21:40:00+07:00' },
        { role: 'THƯ KÝ', name: 'Lò Thị Hoa', signedAt: '2026-03-04T21:40:00+07:00' },
      ],
      version: 4,
    };
    renderApp(`/meetings/${meetingId}/minutes`, api);

    expect(await screen.findByText('Số 05-BB/CB')).toBeInTheDocument();
    expect(screen.getByText(/T\/M CHI BỘ – BÍ THƯ: Nguyễn Văn An/)).toBeInTheDocument();
    expect(screen.getByText(/THƯ KÝ: Lò Thị Hoa/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Biên bản (Word)' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Nghị quyết (Word)' })).toBeInTheDocument();
  });

  it('restores typed minutes after a reload; saved over a newer version they conflict, never overwrite', async () => {
    const user = userEvent.setup();
    const { api, state } = setup(makeMeeting({ status: 'HELD' }));
    // Typed before a reload, on version 0; meanwhile someone else saved version 1.
    localStorage.setItem(
      draftStorageKey(TEST_SUBJECT, `minutes.${meetingId}`),
      JSON.stringify({ freeText: 'Bản của tôi', conclusions: '', baseVersion: 0 }),
    );
    state.minutes = { ...state.minutes, freeText: 'Bản của thư ký', version: 1 };
    renderApp(`/meetings/${meetingId}/minutes`, api);

    expect(await screen.findByLabelText('Diễn biến buổi sinh hoạt (thư ký ghi)')).toHaveValue('Bản của tôi');
    expect(screen.getByText('Đã khôi phục bản nháp chưa lưu của biểu mẫu này.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Lưu biên bản' }));

    const card = (await screen.findByText('Đã có người sửa trước: nội dung biên bản')).closest(
      '.conflict',
    ) as HTMLElement;
    expect(within(card).getByText('Trên máy chủ: Bản của thư ký')).toBeInTheDocument();
    expect(within(card).getByText('Của tôi: Bản của tôi')).toBeInTheDocument();
    expect(state.minutes.freeText).toBe('Bản của thư ký');
    await user.click(within(card).getByRole('button', { name: 'Giữ bản trên máy chủ' }));
    await waitFor(() => expect(screen.queryByText(/Đã có người sửa trước/)).not.toBeInTheDocument());
    expect(state.minutes.freeText).toBe('Bản của thư ký');
    expect(screen.getByLabelText('Diễn biến buổi sinh hoạt (thư ký ghi)')).toHaveValue('Bản của thư ký');
    expect(api.callsTo('PUT', `/api/v1/meetings/${meetingId}/minutes`)).toHaveLength(1);
  });

  it('shows approved minutes locked: no editing anywhere, corrections only', async () => {
    const user = userEvent.setup();
    const meeting = makeMeeting({ status: 'APPROVED' });
    const { api, state } = setup(meeting);
    state.minutes = {
      ...state.minutes,
      approved: true,
      approvedAt: '2026-03-04T21:40:00+07:00',
      approvedBy: 'bithu.an',
      freeText: 'Nội dung đã thông qua.',
      version: 4,
    };
    const { location } = renderApp(`/meetings/${meetingId}/minutes`, api);

    expect(await screen.findByText(/Biên bản đã được thông qua lúc .* \(bithu.an\) và đã khóa/)).toBeInTheDocument();
    expect(screen.getByText(/buổi sinh hoạt đã khóa/)).toBeInTheDocument();
    expect(screen.queryByRole('textbox', { name: /Diễn biến/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Thông qua biên bản' })).not.toBeInTheDocument();

    await user.type(screen.getByLabelText(/Lý do đính chính/), 'Ghi sai tên');
    await user.type(screen.getByLabelText(/Nội dung đính chính/), 'Đồng chí Lò Văn Pản, không phải Lò Văn Pảng.');
    await user.click(screen.getByRole('button', { name: 'Ghi đính chính' }));
    await waitFor(() => expect(state.minutes.corrections).toHaveLength(1));
    expect(await screen.findByText('Ghi sai tên')).toBeInTheDocument();

    // Attendance is locked too.
    act(() => location.navigate(`/meetings/${meetingId}/attendance`));
    expect(await screen.findByText('Có mặt 0/12')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Có mặt: Lò Văn Pản' })).not.toBeInTheDocument();
  });
});

describe('meeting screen: names of the meeting day (BR-D1)', () => {
  it('says under which names the meeting was held when the cell was renamed or moved since', async () => {
    const { api } = setup(
      makeMeeting({
        organizationName: 'Chi bộ khu dân cư số 3',
        organizationOnMeetingDay: { name: 'Chi bộ bản Nà Khoang', upperName: 'Đảng bộ xã Bình Lư' },
      }),
    );
    renderApp(`/meetings/${meetingId}`, api);

    expect(
      await screen.findByText(
        'Vào ngày họp: Chi bộ bản Nà Khoang (Đảng bộ xã Bình Lư); hồ sơ của buổi họp mang tên này.',
      ),
    ).toBeInTheDocument();
  });

  it('says nothing while the cell bears the same name', async () => {
    const { api } = setup();
    renderApp(`/meetings/${meetingId}`, api);

    expect(await screen.findByRole('heading', { level: 1 })).toBeInTheDocument();
    expect(screen.queryByText(/Vào ngày họp/)).not.toBeInTheDocument();
  });
});
