import { describe, expect, it } from 'vitest';
import { initApi } from '@/lib/api/client';
import { ApiError } from '@/lib/api/problem';
import { isTransient } from '@/lib/offline/outbox';
import { MockApi } from '@/test/mock-api';
import { sendMeetingOp, type QueuedMeetingOp } from '../meeting-ops';

const meetingId = '7a0c6a3e-1f7e-4b8e-9c55-0d3c1f6f2b10';

function queued(id: string): QueuedMeetingOp {
  return {
    id,
    kind: 'speech.add',
    payload: { kind: 'speech.add', tempId: 'pending-1', speakerName: 'Lò Văn An', summary: 'Ý kiến về thu chi' },
    createdAt: 0,
    attempts: 1,
    state: 'pending',
  };
}

describe('a queued change sent again', () => {
  it('carries its own id as the Idempotency-Key, the same on every attempt', async () => {
    let saved = 0;
    const mock = new MockApi().on('post', '/api/v1/meetings/{id}/speeches', ({ body }) => {
      saved += 1;
      return { status: 201, body: { id: 'b1f0c2de-0000-4000-8000-000000000001', speakerName: 'Lò Văn An', ...body } };
    });
    initApi({ baseUrl: mock.baseUrl, getToken: async () => 't', getLanguage: () => 'vi', fetch: mock.fetch });
    const op = queued('lq7x-3-0f6b8a2c');
    await sendMeetingOp(meetingId, op);
    await sendMeetingOp(meetingId, op);
    const keys = mock
      .callsTo('post', `/api/v1/meetings/${meetingId}/speeches`)
      .map((c) => c.headers.get('Idempotency-Key'));
    expect(keys).toEqual(['lq7x-3-0f6b8a2c', 'lq7x-3-0f6b8a2c']);
    expect(saved).toBe(2); // the mock keeps nothing: the server answers the repeat with the first response
    await sendMeetingOp(meetingId, queued('another-change'));
    expect(mock.calls.at(-1)?.headers.get('Idempotency-Key')).toBe('another-change');
  });

  it('waits and tries again while the same change is still being saved (409 in progress)', () => {
    const inProgress = new ApiError({ status: 409, title: 'Đang xử lý', code: 'idempotency-request-in-progress' });
    const conflict = new ApiError({ status: 409, title: 'Xung đột', code: 'version-conflict', currentVersion: 3 });
    expect(isTransient(inProgress)).toBe(true);
    expect(isTransient(conflict)).toBe(false);
  });
});
