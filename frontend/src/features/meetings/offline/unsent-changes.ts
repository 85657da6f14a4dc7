import type { QueryClient } from '@tanstack/react-query';
import type { OutboxOp } from '@/lib/offline/outbox';
import type { MeetingOp } from './meeting-ops';
import { openMeetingOutboxes } from './use-meeting-outbox';

/** A change of the user that the server has not saved. */
export interface UnsentChange {
  meetingId: string;
  op: OutboxOp<MeetingOp>;
  /** Still queued, held as a conflict, or refused by the server during the last attempt. */
  state: 'pending' | 'conflict' | 'rejected';
}

/** What would be lost by signing out now: every queued change of the user, on any meeting. */
export function unsentMeetingChanges(qc: QueryClient, subject: string): UnsentChange[] {
  return [...openMeetingOutboxes(qc, subject)].flatMap(([meetingId, outbox]) =>
    outbox.getSnapshot().ops.map((op) => ({ meetingId, op, state: op.state })),
  );
}

/**
 * "Send first": tries every queue now and answers what could still not be saved: changes left in a
 * queue (no connection, a conflict to decide) and those the server refused during this attempt.
 */
export async function sendUnsentMeetingChanges(qc: QueryClient, subject: string): Promise<UnsentChange[]> {
  const outboxes = [...openMeetingOutboxes(qc, subject)];
  const refusedBefore = new Set(outboxes.flatMap(([, outbox]) => outbox.getSnapshot().rejected.map((op) => op.id)));
  await Promise.all(outboxes.map(([, outbox]) => outbox.retry()));
  return outboxes.flatMap(([meetingId, outbox]) => {
    const { ops, rejected } = outbox.getSnapshot();
    return [
      ...ops.map((op): UnsentChange => ({ meetingId, op, state: op.state })),
      ...rejected
        .filter((op) => !refusedBefore.has(op.id))
        .map((op): UnsentChange => ({ meetingId, op, state: 'rejected' })),
    ];
  });
}
