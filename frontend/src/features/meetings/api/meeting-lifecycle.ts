import { api, idempotencyKey } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';
import type { components } from '@/lib/api/schema';
import type { Meeting } from './types';

type S = components['schemas'];

/** The state changes of a meeting; each carries the meeting version it was based on. */
export async function notifyMeeting(id: string, body: S['VersionOnly'], key?: string): Promise<Meeting> {
  return unwrap(
    await api().POST('/api/v1/meetings/{id}/notify', { params: { path: { id } }, body, ...idempotencyKey(key) }),
  );
}

/** BR-R5: the final documents and resolution published and sent to the upper committee (kept the first time). */
export async function publishMeetingRecords(id: string, body: S['VersionOnly'], key?: string): Promise<Meeting> {
  return unwrap(
    await api().POST('/api/v1/meetings/{id}/publication', { params: { path: { id } }, body, ...idempotencyKey(key) }),
  );
}

export async function postponeMeeting(id: string, body: S['MeetingPostpone'], key?: string): Promise<Meeting> {
  return unwrap(
    await api().POST('/api/v1/meetings/{id}/postpone', { params: { path: { id } }, body, ...idempotencyKey(key) }),
  );
}

export async function cancelMeeting(id: string, body: S['MeetingCancel'], key?: string): Promise<Meeting> {
  return unwrap(
    await api().POST('/api/v1/meetings/{id}/cancel', { params: { path: { id } }, body, ...idempotencyKey(key) }),
  );
}

export async function recordTimes(id: string, body: S['MeetingTimes'], key?: string): Promise<Meeting> {
  return unwrap(
    await api().POST('/api/v1/meetings/{id}/times', { params: { path: { id } }, body, ...idempotencyKey(key) }),
  );
}

export async function replaceAgenda(id: string, body: S['AgendaUpdate']): Promise<Meeting> {
  return unwrap(await api().PUT('/api/v1/meetings/{id}/agenda', { params: { path: { id } }, body }));
}

export async function updateMeeting(id: string, body: S['MeetingPatch']): Promise<Meeting> {
  return unwrap(await api().PATCH('/api/v1/meetings/{id}', { params: { path: { id } }, body }));
}
