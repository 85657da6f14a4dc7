import type { Alert, AlertState } from '../api/types';

export type AlertStatus = Exclude<AlertState, 'ALL'>;

/** Where an alert stands: resolved (its cause fixed) wins over acknowledged (seen by someone). */
export function alertStatus(a: Pick<Alert, 'resolvedAt' | 'acknowledgedAt'>): AlertStatus {
  if (a.resolvedAt) return 'RESOLVED';
  if (a.acknowledgedAt) return 'ACKNOWLEDGED';
  return 'OPEN';
}

/** The same rule as the server's `state` filter (OPEN means unresolved and not yet acknowledged). */
export const matchesState = (a: Pick<Alert, 'resolvedAt' | 'acknowledgedAt'>, state: AlertState) =>
  state === 'ALL' || alertStatus(a) === state;

/** Only an open alert can be acknowledged. */
export const canAcknowledge = (a: Pick<Alert, 'resolvedAt' | 'acknowledgedAt'>) => alertStatus(a) === 'OPEN';
