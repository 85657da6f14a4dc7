import { api, idempotencyKey } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';
import type { Vote, VoteCreate } from './types';

export async function recordVote(meetingId: string, body: VoteCreate, key?: string): Promise<Vote> {
  return unwrap(
    await api().POST('/api/v1/meetings/{id}/votes', {
      params: { path: { id: meetingId } },
      body,
      ...idempotencyKey(key),
    }),
  );
}
