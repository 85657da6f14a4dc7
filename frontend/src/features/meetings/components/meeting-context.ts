import { createContext, useContext } from 'react';
import type { Outbox, Outcome } from '@/lib/offline/outbox';
import type { Meeting } from '../api/types';
import type { MeetingOp, PendingMarks } from '../offline/meeting-ops';

/** What every step of the meeting screen shares. */
export interface MeetingContextValue {
  /** The server's meeting with the changes not yet saved applied. */
  meeting: Meeting;
  /** The server's own copy (versions come from here). */
  server: Meeting;
  pending: PendingMarks;
  /** The caller may change this meeting (and it is not locked). */
  editable: boolean;
  /** The caller runs meetings of this cell (even a locked one: corrections). */
  mayRun: boolean;
  enqueue: (op: MeetingOp, baseVersion?: number, options?: { coalesce?: boolean }) => Promise<Outcome>;
  discardPendingCreate: (tempId: string) => boolean;
  outbox: Outbox<MeetingOp>;
}

export const MeetingContext = createContext<MeetingContextValue | null>(null);

export function useMeetingContext(): MeetingContextValue {
  const v = useContext(MeetingContext);
  if (!v) throw new Error('useMeetingContext outside MeetingScreen');
  return v;
}
