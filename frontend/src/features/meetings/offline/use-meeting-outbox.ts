import { useCallback, useEffect, useMemo, useSyncExternalStore } from 'react';
import { useQueryClient, type QueryClient } from '@tanstack/react-query';
import { useAuth } from '@/lib/auth/auth-context';
import { outboxStorageKey } from '@/lib/auth/user-data';
import { Outbox, storedOutboxKeys, type Outcome, type SendResult } from '@/lib/offline/outbox';
import type { Guest, Meeting, Minutes, Resolution, Speech, Task, Vote, AttendanceEntry } from '../api/types';
import { meetingKeys } from '../api/types';
import { entityOf, rebaseMeetingOp, sendMeetingOp, type MeetingOp, type QueuedMeetingOp } from './meeting-ops';

/**
 * Where a user's queue for one meeting is stored. Queues belong to the signed-in user (their
 * subject is in the key and inside the stored queue): another user's are never loaded or sent.
 */
export const meetingOutboxKey = (subject: string, meetingId: string) =>
  outboxStorageKey(subject, `meeting.${meetingId}`);

// Per query client: the user's subject -> meeting id -> its outbox.
const registries = new WeakMap<QueryClient, Map<string, Map<string, Outbox<MeetingOp>>>>();
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
    case 'publish':
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

function registryOf(qc: QueryClient, subject: string): Map<string, Outbox<MeetingOp>> {
  let bySubject = registries.get(qc);
  if (!bySubject) {
    bySubject = new Map();
    registries.set(qc, bySubject);
  }
  let registry = bySubject.get(subject);
  if (!registry) {
    registry = new Map();
    bySubject.set(subject, registry);
  }
  return registry;
}

/**
 * The user's outbox for a meeting (one per user, meeting and query client), created on first use.
 * Without a known user (`subject` undefined) it lives in memory only.
 */
export function meetingOutbox(qc: QueryClient, subject: string | undefined, meetingId: string): Outbox<MeetingOp> {
  const registry = registryOf(qc, subject ?? '');
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
      void qc.invalidateQueries({ queryKey: meetingKeys.myTasks() });
    }, 400);
  };
  outbox = new Outbox<MeetingOp>({
    key: subject ? meetingOutboxKey(subject, meetingId) : `memory.meeting.${meetingId}`,
    owner: subject,
    storage: subject ? undefined : null,
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

/**
 * Every outbox of the user: those open on this page and those earlier visits left stored (opening
 * one starts sending it).
 */
export function openMeetingOutboxes(qc: QueryClient, subject: string): Map<string, Outbox<MeetingOp>> {
  const prefix = meetingOutboxKey(subject, '');
  for (const key of storedOutboxKeys(prefix)) meetingOutbox(qc, subject, key.slice(prefix.length));
  return registryOf(qc, subject);
}

/** Sign-out: the user's outboxes stop and are deleted, stored copies included. */
export function destroyMeetingOutboxes(qc: QueryClient, subject: string): void {
  const registry = registryOf(qc, subject);
  for (const outbox of registry.values()) {
    outbox.destroy();
    live.delete(outbox);
  }
  registry.clear();
}

/** After a reload, sends what the signed-in user left queued, without waiting for the screens. */
export function useResumeMeetingOutboxes(subject: string | undefined) {
  const qc = useQueryClient();
  useEffect(() => {
    if (subject) openMeetingOutboxes(qc, subject);
  }, [qc, subject]);
}

export function useMeetingOutbox(meetingId: string) {
  const qc = useQueryClient();
  const subject = useAuth().user?.subject;
  const outbox = useMemo(() => meetingOutbox(qc, subject, meetingId), [qc, subject, meetingId]);
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
