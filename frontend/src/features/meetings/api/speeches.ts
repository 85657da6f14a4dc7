import { api, idempotencyKey } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';
import type { Speech, SpeechCreate } from './types';

export async function addSpeech(meetingId: string, body: SpeechCreate, key?: string): Promise<Speech> {
  return unwrap(
    await api().POST('/api/v1/meetings/{id}/speeches', {
      params: { path: { id: meetingId } },
      body,
      ...idempotencyKey(key),
    }),
  );
}

export async function removeSpeech(meetingId: string, speechId: string): Promise<void> {
  unwrap(
    await api().DELETE('/api/v1/meetings/{id}/speeches/{speechId}', {
      params: { path: { id: meetingId, speechId } },
    }),
  );
}
