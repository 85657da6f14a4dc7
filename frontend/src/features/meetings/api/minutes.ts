import { api, idempotencyKey } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';
import type { Minutes, MinutesCorrection, MinutesUpdate } from './types';

export async function updateMinutes(meetingId: string, body: MinutesUpdate): Promise<Minutes> {
  return unwrap(await api().PUT('/api/v1/meetings/{id}/minutes', { params: { path: { id: meetingId } }, body }));
}

export async function approveMinutes(meetingId: string, version: number, key?: string): Promise<Minutes> {
  return unwrap(
    await api().POST('/api/v1/meetings/{id}/minutes/approve', {
      params: { path: { id: meetingId } },
      body: { version },
      ...idempotencyKey(key),
    }),
  );
}

export async function correctMinutes(meetingId: string, body: MinutesCorrection, key?: string): Promise<Minutes> {
  return unwrap(
    await api().POST('/api/v1/meetings/{id}/minutes/corrections', {
      params: { path: { id: meetingId } },
      body,
      ...idempotencyKey(key),
    }),
  );
}
