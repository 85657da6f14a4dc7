import type { OutboxOp, SendResult } from '@/lib/offline/outbox';
import { assignTask, saveResolution, updateTask } from '../api/resolution';
import { addGuest, removeGuest } from '../api/guests';
import { addSpeech, removeSpeech } from '../api/speeches';
import { approveMinutes, correctMinutes, updateMinutes } from '../api/minutes';
import {
  cancelMeeting,
  notifyMeeting,
  postponeMeeting,
  publishMeetingRecords,
  recordTimes,
  replaceAgenda,
  updateMeeting,
} from '../api/meeting-lifecycle';
import { recordAttendance } from '../api/record-attendance';
import { recordVote } from '../api/record-vote';
import { scheduleMeeting } from '../api/schedule-meeting';
import type {
  AgendaItemInput,
  AttendanceUpdate,
  Meeting,
  MeetingCreate,
  MeetingPatch,
  Resolution,
  ResolutionUpdate,
  TaskCreate,
  TaskPatch,
  VoteCreate,
} from '../api/types';

/** Every change the meeting screen makes; stored as JSON in the meeting's outbox. */
export type MeetingOp =
  | ({ kind: 'attendance'; memberId: string } & Omit<AttendanceUpdate, 'version'>)
  | { kind: 'guest.add'; tempId: string; name: string; role?: string | null; organizationName?: string | null }
  | { kind: 'guest.remove'; guestId: string }
  | {
      kind: 'speech.add';
      tempId: string;
      speakerName: string;
      memberId?: string | null;
      guestId?: string | null;
      agendaItemId?: string | null;
      summary?: string | null;
    }
  | { kind: 'speech.remove'; speechId: string }
  | { kind: 'vote.add'; vote: VoteCreate }
  | { kind: 'times'; actualStart: string; actualEnd: string }
  | { kind: 'agenda'; items: AgendaItemInput[] }
  | { kind: 'meeting.update'; patch: Omit<MeetingPatch, 'version'> }
  | { kind: 'notify' }
  | { kind: 'publish' }
  | { kind: 'postpone'; reason: string; newStart?: string | null }
  | { kind: 'cancel'; reason: string }
  | { kind: 'minutes'; freeText: string | null; conclusions: string | null }
  | { kind: 'minutes.approve' }
  | { kind: 'minutes.correction'; reason: string; text: string }
  | { kind: 'resolution'; update: Omit<ResolutionUpdate, 'version'> }
  | { kind: 'task.add'; tempId: string; task: TaskCreate }
  | { kind: 'task.update'; taskId: string; patch: Omit<TaskPatch, 'version'> }
  | { kind: 'premeeting'; organizationId: string; create: MeetingCreate };

export type MeetingOpKind = MeetingOp['kind'];
export type QueuedMeetingOp = OutboxOp<MeetingOp>;

export const TEMP_PREFIX = 'pending-';
export const isTempId = (id: string | null | undefined) => !!id && id.startsWith(TEMP_PREFIX);
export const tempId = () => `${TEMP_PREFIX}${globalThis.crypto?.randomUUID?.() ?? Math.random().toString(36).slice(2)}`;

/** The versioned record a change applies to (the outbox keeps changes to one record in order). */
export function entityOf(op: MeetingOp): string | undefined {
  switch (op.kind) {
    case 'attendance':
      return `attendance:${op.memberId}`;
    case 'times':
    case 'agenda':
    case 'meeting.update':
    case 'notify':
    case 'publish':
    case 'postpone':
    case 'cancel':
      return 'meeting';
    case 'minutes':
    case 'minutes.approve':
      return 'minutes';
    case 'resolution':
      return 'resolution';
    case 'task.update':
      return `task:${op.taskId}`;
    default:
      return undefined;
  }
}

/** Sends one change to the API. */
export async function sendMeetingOp(meetingId: string, op: QueuedMeetingOp): Promise<SendResult> {
  const p = op.payload;
  const version = op.baseVersion ?? 0;
  switch (p.kind) {
    case 'attendance': {
      const { kind: _k, memberId, ...rest } = p;
      const entry = await recordAttendance(meetingId, memberId, { ...rest, version });
      return { data: entry, version: entry.version };
    }
    case 'guest.add': {
      const { kind: _k, tempId: _t, ...body } = p;
      return { data: await addGuest(meetingId, body, op.id) };
    }
    case 'guest.remove':
      await removeGuest(meetingId, p.guestId);
      return { data: undefined };
    case 'speech.add': {
      const { kind: _k, tempId: _t, speakerName: _s, ...body } = p;
      return { data: await addSpeech(meetingId, body, op.id) };
    }
    case 'speech.remove':
      await removeSpeech(meetingId, p.speechId);
      return { data: undefined };
    case 'vote.add':
      return { data: await recordVote(meetingId, p.vote, op.id) };
    case 'times': {
      const m = await recordTimes(meetingId, { version, actualStart: p.actualStart, actualEnd: p.actualEnd }, op.id);
      return { data: m, version: m.version };
    }
    case 'agenda': {
      const m = await replaceAgenda(meetingId, { version, items: p.items });
      return { data: m, version: m.version };
    }
    case 'meeting.update': {
      const m = await updateMeeting(meetingId, { ...p.patch, version });
      return { data: m, version: m.version };
    }
    case 'notify': {
      const m = await notifyMeeting(meetingId, { version }, op.id);
      return { data: m, version: m.version };
    }
    case 'publish': {
      const m = await publishMeetingRecords(meetingId, { version }, op.id);
      return { data: m, version: m.version };
    }
    case 'postpone': {
      const m = await postponeMeeting(meetingId, { version, reason: p.reason, newStart: p.newStart }, op.id);
      return { data: m, version: m.version };
    }
    case 'cancel': {
      const m = await cancelMeeting(meetingId, { version, reason: p.reason }, op.id);
      return { data: m, version: m.version };
    }
    case 'minutes': {
      const m = await updateMinutes(meetingId, { version, freeText: p.freeText, conclusions: p.conclusions });
      return { data: m, version: m.version };
    }
    case 'minutes.approve': {
      const m = await approveMinutes(meetingId, version, op.id);
      return { data: m, version: m.version };
    }
    case 'minutes.correction':
      return { data: await correctMinutes(meetingId, { reason: p.reason, text: p.text }, op.id) };
    case 'resolution': {
      const r = await saveResolution(meetingId, { ...p.update, version });
      return { data: r, version: r.version };
    }
    case 'task.add':
      return { data: await assignTask(meetingId, p.task, op.id) };
    case 'task.update': {
      const t = await updateTask(p.taskId, { ...p.patch, version });
      return { data: t, version: t.version };
    }
    case 'premeeting':
      return { data: await scheduleMeeting(p.organizationId, p.create, op.id) };
  }
}

/** After a temporary record was created on the server, later changes use its real id. */
export function rebaseMeetingOp(later: QueuedMeetingOp, sent: QueuedMeetingOp, result: SendResult): QueuedMeetingOp {
  const s = sent.payload;
  const realId = (result.data as { id?: string } | undefined)?.id;
  if (!realId) return later;
  const p = later.payload;
  if (s.kind === 'guest.add') {
    if (p.kind === 'speech.add' && p.guestId === s.tempId) return { ...later, payload: { ...p, guestId: realId } };
    if (p.kind === 'guest.remove' && p.guestId === s.tempId) return { ...later, payload: { ...p, guestId: realId } };
  }
  if (s.kind === 'speech.add' && p.kind === 'speech.remove' && p.speechId === s.tempId)
    return { ...later, payload: { ...p, speechId: realId } };
  return later;
}

export interface PendingMarks {
  members: Set<string>;
  guests: Set<string>;
  speeches: Set<string>;
  tasks: Set<string>;
}

/**
 * The meeting as the user sees it: the server's data with the changes not yet saved applied on
 * top (optimistic), and which rows are still pending.
 */
export function overlayMeeting(
  meeting: Meeting,
  ops: readonly QueuedMeetingOp[],
): { meeting: Meeting; pending: PendingMarks } {
  const pending: PendingMarks = { members: new Set(), guests: new Set(), speeches: new Set(), tasks: new Set() };
  if (ops.length === 0) return { meeting, pending };
  let m: Meeting = meeting;
  const nameOf = (memberId: string | null | undefined) =>
    m.attendance.find((a) => a.memberId === memberId)?.fullName ?? '';
  for (const op of ops) {
    const p = op.payload;
    switch (p.kind) {
      case 'attendance':
        pending.members.add(p.memberId);
        m = {
          ...m,
          attendance: m.attendance.map((a) =>
            a.memberId === p.memberId
              ? {
                  ...a,
                  status: p.status,
                  reasonCategory: p.reasonCategory ?? null,
                  reasonText: p.reasonText ?? null,
                }
              : a,
          ),
        };
        break;
      case 'guest.add':
        pending.guests.add(p.tempId);
        m = {
          ...m,
          guests: [...m.guests, { id: p.tempId, name: p.name, role: p.role, organizationName: p.organizationName }],
        };
        break;
      case 'guest.remove':
        m = { ...m, guests: m.guests.filter((g) => g.id !== p.guestId) };
        break;
      case 'speech.add':
        pending.speeches.add(p.tempId);
        m = {
          ...m,
          speeches: [
            ...m.speeches,
            {
              id: p.tempId,
              memberId: p.memberId,
              guestId: p.guestId,
              agendaItemId: p.agendaItemId,
              summary: p.summary,
              speakerName: p.speakerName || nameOf(p.memberId),
            },
          ],
        };
        break;
      case 'speech.remove':
        m = { ...m, speeches: m.speeches.filter((s) => s.id !== p.speechId) };
        break;
      case 'times':
        m = {
          ...m,
          actualStart: p.actualStart,
          actualEnd: p.actualEnd,
          status: m.status === 'PLANNED' || m.status === 'NOTIFIED' ? 'HELD' : m.status,
        };
        break;
      case 'agenda':
        m = {
          ...m,
          agenda: p.items.map((it, i) => ({
            id: `${TEMP_PREFIX}agenda-${i}`,
            position: i + 1,
            part: it.part,
            kind: it.kind,
            title: it.title,
            plannedMinutes: it.plannedMinutes,
            presenter: it.presenterId ? { id: it.presenterId, fullName: nameOf(it.presenterId) } : null,
          })),
        };
        break;
      case 'meeting.update': {
        const ref = (id: string | null | undefined) => (id ? { id, fullName: nameOf(id) } : null);
        m = {
          ...m,
          ...('chairId' in p.patch ? { chair: ref(p.patch.chairId) } : {}),
          ...('preparerId' in p.patch ? { preparer: ref(p.patch.preparerId) } : {}),
          ...('minuteTakerId' in p.patch ? { minuteTaker: ref(p.patch.minuteTakerId) } : {}),
        };
        break;
      }
      case 'notify':
        m = { ...m, status: m.status === 'PLANNED' ? 'NOTIFIED' : m.status };
        break;
      case 'postpone':
        m = { ...m, status: 'POSTPONED', scheduledStart: p.newStart ?? m.scheduledStart };
        break;
      case 'cancel':
        m = { ...m, status: 'CANCELLED' };
        break;
      case 'task.update':
        pending.tasks.add(p.taskId);
        m = {
          ...m,
          openTasksToReview: m.openTasksToReview?.map((t) => (t.id === p.taskId ? { ...t, ...p.patch } : t)),
        };
        break;
      default:
        break;
    }
  }
  return { meeting: m, pending };
}

/** The resolution with tasks not yet saved appended (and pending task updates applied). */
export function overlayResolution(resolution: Resolution, ops: readonly QueuedMeetingOp[]): Resolution {
  let r = resolution;
  for (const op of ops) {
    const p = op.payload;
    if (p.kind === 'resolution') r = { ...r, ...p.update };
    if (p.kind === 'task.add')
      r = {
        ...r,
        tasks: [
          ...r.tasks,
          {
            id: p.tempId,
            meetingId: r.meetingId,
            organizationId: '',
            title: p.task.title,
            assigneeKind: p.task.assigneeKind,
            assigneeMemberId: p.task.assigneeMemberId,
            assigneeName: p.task.assigneeName ?? '',
            dueDate: p.task.dueDate,
            status: p.task.status ?? 'NOT_STARTED',
            version: 0,
          },
        ],
      };
    if (p.kind === 'task.update')
      r = { ...r, tasks: r.tasks.map((t) => (t.id === p.taskId ? { ...t, ...p.patch } : t)) };
  }
  return r;
}
