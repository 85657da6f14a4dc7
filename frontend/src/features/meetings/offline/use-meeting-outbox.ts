import { useCallback, useEffect, useMemo, useSyncExternalStore } from 'react';
import { useQueryClient, type QueryClient } from '@tanstack/react-query';
import { Outbox, storedOutboxKeys, type Outcome, type SendResult } from '@/lib/offline/outbox';
import type { Guest, Meeting, Minutes, Resolution, Speech, Task, Vote, AttendanceEntry } from '../api/types';
import { meetingKeys } from '../api/types';
import { entityOf, rebaseMeetingOp, sendMeetingOp, type MeetingOp, type QueuedMeetingOp } from './meeting-ops';

export const OUTBOX_PREFIX = 'chibo.outbox.meeting.';

const registries = new WeakMap<QueryClient, Map<string, Outbox<MeetingOp>>>();
const live = new Set<Outbox<MeetingOp>>();
let onlineListener = false;

function listenOnline() {
  if (onlineListener || typeof window === 'undefined') return;
  onlineListener = true;
  window.addEventListener('online', () => live.forEach((o) => void o.retry()));
}

/** Writes what the server answered into the cached queries, so the screen shows it at once. */
function applySent(qc: QueryClient, meetingId: string, op: QueuedMeetingOp, result: SendResult) {
  const p = op.payload;
  const patchMeeting = (f: (m: Meeting) => Meeting) =>
    qc.setQueryData<Meeting>(meetingKeys.detail(meetingId), (m) => (m ? f(m) : m));
  switch (p.kind) {
    case 'attendance': {
      const entry = result.data as AttendanceEntry;
      patchMeeting((m) => ({ ...m, attendance: m.attendance.map((a) => (a.memberId === entry.memberId ? entry : a)) }));
      break;
    }
    case 'guest.add':
      patchMeeting((m) => ({ ...m, guests: [...m.guests, result.data as Guest] }));
      break;
    case 'guest.remove':
      patchMeeting((m) => ({ ...m, guests: m.guests.filter((g) => g.id !== p.guestId) }));
      break;
    case 'speech.add':
      patchMeeting((m) => ({ ...m, speeches: [...m.speeches, result.data as Speech] }));
      break;
    case 'speech.remove':
      patchMeeting((m) => ({ ...m, speeches: m.speeches.filter((s) => s.id !== p.speechId) }));
      break;
    case 'vote.add':
      patchMeeting((m) => ({ ...m, votes: [...m.votes, result.data as Vote] }));
      break;
    case 'times':
    case 'agenda':
    case 'meeting.update':
    case 'notify':
    case 'postpone':
    case 'cancel':
      qc.setQueryData(meetingKeys.detail(meetingId), result.data as Meeting);
      break;
    case 'minutes':
    case 'minutes.approve':
    case 'minutes.correction': {
      const minutes = result.data as Minutes;
      qc.setQueryData(meetingKeys.minutes(meetingId), minutes);
      if (minutes.approved) patchMeeting((m) => ({ ...m, status: 'APPROVED' }));
      break;
    }
    case 'resolution':
      qc.setQueryData(meetingKeys.resolution(meetingId), result.data as Resolution);
      break;
    case 'task.add':
      qc.setQueryData<Resolution>(meetingKeys.resolution(meetingId), (r) =>
        r ? { ...r, tasks: [...r.tasks, result.data as Task] } : r,
      );
      break;
    case 'task.update': {
      const task = result.data as Task;
      qc.setQueryData<Resolution>(meetingKeys.resolution(meetingId), (r) =>
        r ? { ...r, tasks: r.tasks.map((t) => (t.id === task.id ? task : t)) } : r,
      );
      patchMeeting((m) => ({
        ...m,
        openTasksToReview: m.openTasksToReview?.map((t) => (t.id === task.id ? task : t)),
      }));
      break;
    }
    case 'premeeting': {
      const created = result.data as Meeting;
      qc.setQueryData(meetingKeys.detail(created.id), created);
      break;
    }
  }
}

/** The meeting's outbox (one per meeting and query client), created on first use. */
export function meetingOutbox(qc: QueryClient, meetingId: string): Outbox<MeetingOp> {
  let registry = registries.get(qc);
  if (!registry) {
    registry = new Map();
    registries.set(qc, registry);
  }
  let outbox = registry.get(meetingId);
  if (outbox) return outbox;
  let refresh: ReturnType<typeof setTimeout> | undefined;
  // Figures and warnings are computed by the server: ask again once the queue is empty.
  const refreshSoon = () => {
    clearTimeout(refresh);
    refresh = setTimeout(() => {
      void qc.invalidateQueries({ queryKey: meetingKeys.detail(meetingId) });
      void qc.invalidateQueries({ queryKey: meetingKeys.minutes(meetingId) });
      void qc.invalidateQueries({ queryKey: meetingKeys.resolution(meetingId) });
      void qc.invalidateQueries({ queryKey: meetingKeys.lists() });
    }, 400);
  };
  outbox = new Outbox<MeetingOp>({
    key: OUTBOX_PREFIX + meetingId,
    send: (op) => sendMeetingOp(meetingId, op),
    rebase: rebaseMeetingOp,
    onSent: (op, result) => applySent(qc, meetingId, op, result),
    onDrained: refreshSoon,
    // Show the server's newer data next to the conflicting change.
    onConflict: () => refreshSoon(),
    onRejected: () => refreshSoon(),
  });
  registry.set(meetingId, outbox);
  live.add(outbox);
  listenOnline();
  if (outbox.getSnapshot().ops.length > 0) void outbox.flush();
  return outbox;
}

/** After a reload, sends what earlier visits left queued, without waiting for the screens. */
export function useResumeMeetingOutboxes(enabled: boolean) {
  const qc = useQueryClient();
  useEffect(() => {
    if (!enabled) return;
    for (const key of storedOutboxKeys(OUTBOX_PREFIX)) meetingOutbox(qc, key.slice(OUTBOX_PREFIX.length));
  }, [qc, enabled]);
}

export function useMeetingOutbox(meetingId: string) {
  const qc = useQueryClient();
  const outbox = useMemo(() => meetingOutbox(qc, meetingId), [qc, meetingId]);
  const snapshot = useSyncExternalStore(outbox.subscribe, outbox.getSnapshot, outbox.getSnapshot);
  return { outbox, snapshot };
}

/** The one way the meeting screen changes anything: stored first, then sent in order. */
export function useMeetingChanges(meetingId: string) {
  const { outbox } = useMeetingOutbox(meetingId);
  const enqueue = useCallback(
    (op: MeetingOp, baseVersion?: number, options: { coalesce?: boolean } = {}): Promise<Outcome> =>
      outbox.enqueue(op.kind, op, { entity: entityOf(op), baseVersion, coalesce: options.coalesce }),
    [outbox],
  );
  /** Forgets a record that was never sent (a pending guest or speech removed again). */
  const discardPendingCreate = useCallback(
    (tempId: string): boolean => {
      const op = outbox
        .getSnapshot()
        .ops.find((o) => 'tempId' in o.payload && (o.payload as { tempId: string }).tempId === tempId);
      return op ? outbox.discard(op.id) : false;
    },
    [outbox],
  );
  return { enqueue, discardPendingCreate, outbox };
}

/** Tests: forget every outbox of earlier renders (their timers and online listener). */
export function resetMeetingOutboxes(): void {
  live.forEach((o) => o.dispose());
  live.clear();
}
