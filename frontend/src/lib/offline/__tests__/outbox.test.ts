import { networkError, problemFromResponse } from '@/lib/api/problem';
import { Outbox, type OutboxOp, type SendResult } from '../outbox';

/**
 * The outbox against a fake fetch: a tiny server keeping versioned records, a switch for the
 * network, and the browser's online flag.
 */
interface Change {
  record: string;
  value: string;
}

class FakeServer {
  records = new Map<string, { value: string; version: number }>();
  requests: { record: string; value: string; version: number | undefined }[] = [];
  networkUp = true;

  fetch = async (input: string, init: RequestInit): Promise<Response> => {
    if (!this.networkUp) throw new TypeError('Failed to fetch');
    const body = JSON.parse(String(init.body)) as { value: string; version?: number };
    const record = input.split('/').pop()!;
    this.requests.push({ record, value: body.value, version: body.version });
    const current = this.records.get(record) ?? { value: '', version: 0 };
    if (body.value === 'forbidden')
      return json(400, { title: 'Không hợp lệ', status: 400, code: 'validation', detail: 'Giá trị bị cấm' });
    if ((body.version ?? 0) !== current.version)
      return json(409, {
        title: 'Đã có người sửa trước',
        status: 409,
        code: 'version-conflict',
        currentVersion: current.version,
      });
    const next = { value: body.value, version: current.version + 1 };
    this.records.set(record, next);
    return json(200, next);
  };
}

function json(status: number, body: unknown) {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
}

function makeOutbox(server: FakeServer, online: { value: boolean }, storage: Storage = localStorage, owner?: string) {
  const sent: string[] = [];
  const outbox = new Outbox<Change>({
    key: 'test.outbox',
    owner,
    storage,
    isOnline: () => online.value,
    retryDelays: [1000, 5000],
    send: async (op: OutboxOp<Change>): Promise<SendResult> => {
      let res: Response;
      try {
        res = await server.fetch(`/records/${op.payload.record}`, {
          method: 'PUT',
          body: JSON.stringify({ value: op.payload.value, version: op.baseVersion }),
        });
      } catch (e) {
        throw networkError(e);
      }
      if (!res.ok) throw await problemFromResponse(res);
      const data = (await res.json()) as { version: number };
      return { data, version: data.version };
    },
    onSent: (op) => sent.push(op.payload.value),
  });
  return { outbox, sent };
}

const put = (outbox: Outbox<Change>, record: string, value: string, baseVersion: number, coalesce = false) =>
  outbox.enqueue('put', { record, value }, { entity: record, baseVersion, coalesce });

describe('outbox', () => {
  afterEach(() => vi.useRealTimers());

  it('never loads or sends a stored queue that belongs to another user', async () => {
    const server = new FakeServer();
    const online = { value: false };
    const ofA = makeOutbox(server, online, localStorage, 'user-a');
    expect((await put(ofA.outbox, 'a', 'typed by A', 0)).status).toBe('queued');
    ofA.outbox.dispose();

    online.value = true;
    const ofB = makeOutbox(server, online, localStorage, 'user-b');
    expect(ofB.outbox.getSnapshot().ops).toHaveLength(0);
    await ofB.outbox.flush();
    expect(server.requests).toHaveLength(0);
  });

  it('destroy stops sending, deletes the stored queue and writes nothing back', async () => {
    const server = new FakeServer();
    const online = { value: false };
    const { outbox } = makeOutbox(server, online, localStorage, 'user-a');
    await put(outbox, 'a', 'one', 0);
    expect(localStorage.getItem('test.outbox')).toContain('one');

    outbox.destroy();
    online.value = true;
    await outbox.retry();
    expect(server.requests).toHaveLength(0);
    expect(localStorage.getItem('test.outbox')).toBeNull();
    expect(outbox.getSnapshot().ops).toHaveLength(0);
  });

  it('sends in order when online and forgets what was saved', async () => {
    const server = new FakeServer();
    const { outbox, sent } = makeOutbox(server, { value: true });
    const a = put(outbox, 'a', 'one', 0);
    const b = put(outbox, 'b', 'two', 0);
    expect((await a).status).toBe('sent');
    expect((await b).status).toBe('sent');
    expect(sent).toEqual(['one', 'two']);
    expect(outbox.getSnapshot().ops).toHaveLength(0);
    expect(localStorage.getItem('test.outbox')).toBeNull();
  });

  it('keeps changes made offline across a reload and replays them in order when the connection returns', async () => {
    const server = new FakeServer();
    const online = { value: false };
    const first = makeOutbox(server, online);
    expect((await put(first.outbox, 'a', 'one', 0)).status).toBe('queued');
    expect((await put(first.outbox, 'b', 'two', 0)).status).toBe('queued');
    expect((await put(first.outbox, 'a', 'three', 0)).status).toBe('queued');
    expect(server.requests).toHaveLength(0);
    expect(first.outbox.getSnapshot()).toMatchObject({ waitingForNetwork: true });
    first.outbox.dispose();

    // A reload: a new outbox reads the same storage.
    const second = makeOutbox(server, online);
    expect(second.outbox.getSnapshot().ops.map((o) => o.payload.value)).toEqual(['one', 'two', 'three']);
    online.value = true;
    await second.outbox.retry();
    expect(second.sent).toEqual(['one', 'two', 'three']);
    // The second change to "a" was based on the same version as the first: it moves onto the
    // version the server gave the first one, so the user's own changes never conflict.
    expect(server.requests.map((r) => `${r.record}:${r.version}`)).toEqual(['a:0', 'b:0', 'a:1']);
    expect(server.records.get('a')).toEqual({ value: 'three', version: 2 });
    expect(second.outbox.getSnapshot().ops).toHaveLength(0);
  });

  it('stops at a network failure, keeps the order, and retries on its timer', async () => {
    vi.useFakeTimers();
    const server = new FakeServer();
    server.networkUp = false;
    const { outbox, sent } = makeOutbox(server, { value: true });
    const a = put(outbox, 'a', 'one', 0);
    const b = put(outbox, 'b', 'two', 0);
    expect((await a).status).toBe('queued');
    expect((await b).status).toBe('queued');
    const snap = outbox.getSnapshot();
    expect(snap.waitingForNetwork).toBe(true);
    expect(snap.ops[0].attempts).toBe(1);
    expect(snap.ops[0].error?.status).toBe(0);
    expect(snap.nextRetryAt).toBeDefined();

    server.networkUp = true;
    await vi.advanceTimersByTimeAsync(1000);
    await outbox.flush();
    expect(sent).toEqual(['one', 'two']);
    expect(outbox.getSnapshot()).toMatchObject({ ops: [], waitingForNetwork: false });
  });

  it('holds a version conflict for the user, never overwriting, while other records go on', async () => {
    const server = new FakeServer();
    server.records.set('a', { value: 'theirs', version: 5 });
    const { outbox, sent } = makeOutbox(server, { value: true });
    const conflict = await put(outbox, 'a', 'mine', 4);
    expect(conflict.status).toBe('conflict');
    const later = put(outbox, 'a', 'mine again', 4);
    expect((await put(outbox, 'b', 'other', 0)).status).toBe('sent');
    expect(sent).toEqual(['other']);
    expect(server.records.get('a')!.value).toBe('theirs');

    const [held, waiting] = outbox.getSnapshot().ops;
    expect(held).toMatchObject({ state: 'conflict', error: { code: 'version-conflict', currentVersion: 5 } });
    expect(waiting).toMatchObject({ state: 'pending', payload: { value: 'mine again' } });

    // Re-apply mine on the server's newer version: both of my changes go through, in order.
    outbox.resolveConflict(held.id, 'mine');
    await outbox.flush();
    expect(await later).toMatchObject({ status: 'sent' });
    expect(server.records.get('a')).toEqual({ value: 'mine again', version: 7 });
    expect(outbox.getSnapshot().ops).toHaveLength(0);
  });

  it('drops a conflicting change when the user keeps the server version', async () => {
    const server = new FakeServer();
    server.records.set('a', { value: 'theirs', version: 2 });
    const { outbox } = makeOutbox(server, { value: true });
    await put(outbox, 'a', 'mine', 1);
    const [held] = outbox.getSnapshot().ops;
    outbox.resolveConflict(held.id, 'theirs');
    await outbox.flush();
    expect(outbox.getSnapshot().ops).toHaveLength(0);
    expect(server.records.get('a')!.value).toBe('theirs');
    expect(server.requests).toHaveLength(1);
  });

  it('removes a change the server refuses and keeps its problem to show', async () => {
    const server = new FakeServer();
    const { outbox } = makeOutbox(server, { value: true });
    const outcome = await put(outbox, 'a', 'forbidden', 0);
    expect(outcome.status).toBe('rejected');
    expect(outcome.status === 'rejected' && outcome.error.detail).toBe('Giá trị bị cấm');
    const snap = outbox.getSnapshot();
    expect(snap.ops).toHaveLength(0);
    expect(snap.rejected[0]).toMatchObject({ payload: { value: 'forbidden' }, error: { status: 400 } });
    outbox.dismissRejected(snap.rejected[0].id);
    expect(outbox.getSnapshot().rejected).toHaveLength(0);
  });

  it('coalesces repeated edits of one record made while offline', async () => {
    const server = new FakeServer();
    const online = { value: false };
    const { outbox } = makeOutbox(server, online);
    await put(outbox, 'minutes', 'draft 1', 0, true);
    await put(outbox, 'minutes', 'draft 2', 0, true);
    await put(outbox, 'minutes', 'draft 3', 0, true);
    expect(outbox.getSnapshot().ops).toHaveLength(1);
    online.value = true;
    await outbox.retry();
    expect(server.requests).toEqual([{ record: 'minutes', value: 'draft 3', version: 0 }]);
  });

  it('retries at once when the browser says the connection is back', async () => {
    const server = new FakeServer();
    const online = { value: false };
    const { outbox, sent } = makeOutbox(server, online);
    await put(outbox, 'a', 'one', 0);
    online.value = true;
    window.addEventListener('online', () => void outbox.retry(), { once: true });
    window.dispatchEvent(new Event('online'));
    await vi.waitFor(() => expect(sent).toEqual(['one']));
  });
});
