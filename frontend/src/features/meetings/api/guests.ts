import { api, idempotencyKey } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';
import type { Guest, GuestCreate } from './types';

export async function addGuest(meetingId: string, body: GuestCreate, key?: string): Promise<Guest> {
  return unwrap(
    await api().POST('/api/v1/meetings/{id}/guests', {
      params: { path: { id: meetingId } },
      body,
      ...idempotencyKey(key),
    }),
  );
}

export async function removeGuest(meetingId: string, guestId: string): Promise<void> {
  unwrap(
    await api().DELETE('/api/v1/meetings/{id}/guests/{guestId}', { params: { path: { id: meetingId, guestId } } }),
  );
}
