import { ApiError } from '@/lib/api/problem';

/**
 * A persistent, ordered queue of changes for one record (a meeting), for a phone with a poor
 * connection. Every change is stored first (localStorage), then sent in order. What happens to it:
 *
 * - sent: removed; later changes to the same entity that were based on the same version are moved
 *   onto the version the server answered (the user's own changes never conflict with each other);
 * - the network failed (or the server is unavailable, or the session expired): it stays, the queue
 *   stops there (order matters) and is retried on the browser's `online` event and on a timer;
 * - the server answered 409/412 (someone changed the record first): it stays as a *conflict*, never
 *   sent again until the user chooses to drop it (keep theirs) or to re-apply it on the server's
 *   newer version; later changes to the same entity wait behind it;
 * - any other refusal (validation, a rule, no permission): removed and kept as *rejected* with the
 *   server's problem, so the screen can say what was not saved and why.
 */
export interface OutboxOp<P = unknown> {
  id: string;
  /** What the change is; the executor switches on it. */
  kind: string;
  payload: P;
  /** The versioned record it changes (e.g. "meeting", "attendance:<memberId>"). */
  entity?: string;
  /** The version of `entity` the change was based on. */
  baseVersion?: number;
  createdAt: number;
  attempts: number;
  state: 'pending' | 'conflict';
  error?: StoredProblem;
}

export interface StoredProblem {
  status: number;
  title: string;
  detail?: string;
  code?: string;
  currentVersion?: number;
  /** What the refusal lists, one message each (a field error, or an item the minutes still lack). */
  errors?: { field: string; message: string }[];
}

export interface RejectedOp<P = unknown> extends OutboxOp<P> {
  error: StoredProblem;
  rejectedAt: number;
}

export interface SendResult {
  data: unknown;
  /** The entity's version after the change, when the response tells it. */
  version?: number;
}

export type Outcome = { id: string } & (
  | { status: 'sent'; data: unknown }
  | { status: 'queued' }
  | { status: 'conflict'; error: ApiError }
  | { status: 'rejected'; error: ApiError }
);

type Settlement = Outcome extends infer O ? (O extends { id: string } ? Omit<O, 'id'> : never) : never;

export interface OutboxSnapshot<P = unknown> {
  /** Not yet saved on the server, in order (conflicts included). */
  ops: readonly OutboxOp<P>[];
  rejected: readonly RejectedOp<P>[];
  sending: boolean;
  /** The last attempt failed for network reasons; a retry is scheduled. */
  waitingForNetwork: boolean;
  nextRetryAt?: number;
}

export interface OutboxOptions<P> {
  /** localStorage key. */
  key: string;
  /**
   * Who the changes belong to (the signed-in user's subject). Stored with the queue; a stored queue
   * of anyone else is ignored, so it is never sent with this user's token.
   */
  owner?: string;
  send: (op: OutboxOp<P>) => Promise<SendResult>;
  /**
   * Adjusts a later queued change after `sent` succeeded (for example replaces a temporary id
   * by the one the server gave). Runs after the version rebase.
   */
  rebase?: (later: OutboxOp<P>, sent: OutboxOp<P>, result: SendResult) => OutboxOp<P>;
  onSent?: (op: OutboxOp<P>, result: SendResult) => void;
  onConflict?: (op: OutboxOp<P>, error: ApiError) => void;
  onRejected?: (op: OutboxOp<P>, error: ApiError) => void;
  /** Called when the queue becomes empty after sending something. */
  onDrained?: () => void;
  storage?: Storage | null;
  isOnline?: () => boolean;
  /** Milliseconds before retry n (the last value repeats). */
  retryDelays?: number[];
  now?: () => number;
}

const TRANSIENT = new Set([0, 401, 408, 429, 502, 503, 504]);

/** Failures that may heal by themselves: keep the change and try again later. */
export function isTransient(error: unknown): boolean {
  if (!(error instanceof ApiError)) return false;
  // The same change, sent earlier with the same Idempotency-Key, is still being saved: ask again later.
  return TRANSIENT.has(error.status) || error.code === 'idempotency-request-in-progress';
}

export function isConflict(error: unknown): boolean {
  return error instanceof ApiError && (error.isVersionConflict || error.status === 412);
}

function toStored(error: ApiError): StoredProblem {
  return {
    status: error.status,
    title: error.title,
    detail: error.detail,
    code: error.code,
    currentVersion: error.currentVersion,
    ...(error.errors.length > 0 ? { errors: error.errors.map((e) => ({ field: e.field, message: e.message })) } : {}),
  };
}

export function problemOf(op: { error?: StoredProblem }): ApiError | undefined {
  return op.error ? new ApiError(op.error) : undefined;
}

let counter = 0;
function newId(now: number): string {
  counter += 1;
  const rnd = globalThis.crypto?.randomUUID?.() ?? `${Math.random().toString(36).slice(2)}`;
  return `${now.toString(36)}-${counter}-${rnd}`;
}

interface Stored<P> {
  owner?: string;
  ops: OutboxOp<P>[];
  rejected: RejectedOp<P>[];
}

export class Outbox<P = unknown> {
  private ops: OutboxOp<P>[];
  private rejected: RejectedOp<P>[];
  private snapshot: OutboxSnapshot<P>;
  private listeners = new Set<() => void>();
  private waiters = new Map<string, (o: Outcome) => void>();
  private running: Promise<void> | null = null;
  private again = false;
  private inFlight: string | null = null;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private waitingForNetwork = false;
  private nextRetryAt: number | undefined;
  private failures = 0;
  private disposed = false;
  private destroyed = false;
  private readonly storage: Storage | null;
  private readonly now: () => number;

  constructor(private readonly options: OutboxOptions<P>) {
    this.storage = options.storage === undefined ? safeLocalStorage() : options.storage;
    this.now = options.now ?? Date.now;
    const stored = this.load();
    this.ops = stored.ops;
    this.rejected = stored.rejected;
    this.snapshot = this.makeSnapshot();
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getSnapshot = (): OutboxSnapshot<P> => this.snapshot;

  /**
   * Stores a change and starts sending. The promise tells what became of it during this page's
   * life: sent, queued (it waits for the network; it will be sent later), a conflict, or rejected.
   * With `coalesce`, a queued change of the same kind to the same entity that is not being sent
   * yet is replaced instead (typing the minutes offline keeps one change, not fifty).
   */
  enqueue(
    kind: string,
    payload: P,
    meta: { entity?: string; baseVersion?: number; coalesce?: boolean } = {},
  ): Promise<Outcome> {
    const now = this.now();
    if (meta.coalesce && meta.entity) {
      const existing = this.ops.find(
        (o) => o.kind === kind && o.entity === meta.entity && o.state === 'pending' && o.id !== this.inFlight,
      );
      if (existing) {
        const replaced: OutboxOp<P> = { ...existing, payload, createdAt: now };
        this.ops = this.ops.map((o) => (o.id === existing.id ? replaced : o));
        this.changed();
        // The earlier caller learns that its version was superseded (it is queued, in a way).
        this.settle(existing.id, { status: 'queued' });
        const p = this.waitFor(existing.id);
        void this.flush();
        return p;
      }
    }
    const op: OutboxOp<P> = {
      id: newId(now),
      kind,
      payload,
      entity: meta.entity,
      baseVersion: meta.baseVersion,
      createdAt: now,
      attempts: 0,
      state: 'pending',
    };
    this.ops = [...this.ops, op];
    this.changed();
    const p = this.waitFor(op.id);
    void this.flush();
    return p;
  }

  /** Removes a queued change that is not being sent (the user gave it up); false when it is on its way. */
  discard(id: string): boolean {
    if (id === this.inFlight) return false;
    const had = this.ops.some((o) => o.id === id);
    this.ops = this.ops.filter((o) => o.id !== id);
    if (had) {
      this.settle(id, { status: 'queued' });
      this.changed();
    }
    return had;
  }

  dismissRejected(id?: string): void {
    this.rejected = id ? this.rejected.filter((o) => o.id !== id) : [];
    this.changed();
  }

  /**
   * Settles a conflict: "theirs" drops the change (the server's data stays); "mine" sends it again
   * on top of the server's current version.
   */
  resolveConflict(id: string, choice: 'theirs' | 'mine', currentVersion?: number): void {
    const op = this.ops.find((o) => o.id === id);
    if (!op || op.state !== 'conflict') return;
    if (choice === 'theirs') {
      this.ops = this.ops.filter((o) => o.id !== id);
    } else {
      const base = currentVersion ?? op.error?.currentVersion ?? op.baseVersion;
      const index = this.ops.indexOf(op);
      this.ops = this.ops.map((o, i) => {
        if (o.id === id) return { ...o, state: 'pending' as const, baseVersion: base, error: undefined, attempts: 0 };
        // Later changes of mine to the same record were based on the same stale version: they
        // follow the one being re-applied.
        if (i > index && o.entity === op.entity && o.state === 'pending' && o.baseVersion === op.baseVersion)
          return { ...o, baseVersion: base };
        return o;
      });
    }
    this.changed();
    void this.flush();
  }

  /** Try now (a "send again" button, the `online` event). */
  retry(): Promise<void> {
    this.clearTimer();
    this.failures = 0;
    return this.flush();
  }

  /** Sends what is queued, in order. Concurrent calls share one run. */
  flush(): Promise<void> {
    if (this.disposed) return Promise.resolve();
    if (this.running) {
      this.again = true;
      return this.running;
    }
    this.running = (async () => {
      try {
        do {
          this.again = false;
          await this.drain();
        } while (this.again && !this.waitingForNetwork);
      } finally {
        this.running = null;
        this.changed();
      }
    })();
    return this.running;
  }

  /** Stops sending and retrying (the stored changes stay for the next page). */
  dispose(): void {
    this.disposed = true;
    this.clearTimer();
    this.listeners.clear();
  }

  /**
   * Stops and deletes the queue, stored copy included (sign-out): nothing of it is sent or written
   * again, even by a request that is on its way now.
   */
  destroy(): void {
    this.dispose();
    this.destroyed = true;
    for (const op of this.ops) this.settle(op.id, { status: 'queued' });
    this.ops = [];
    this.rejected = [];
    this.snapshot = this.makeSnapshot();
    try {
      this.storage?.removeItem(this.options.key);
    } catch {
      /* ignore */
    }
  }

  private next(): OutboxOp<P> | undefined {
    const blocked = new Set<string>();
    for (const op of this.ops) {
      if (op.state === 'conflict') {
        if (op.entity) blocked.add(op.entity);
        continue;
      }
      if (op.entity && blocked.has(op.entity)) continue;
      return op;
    }
    return undefined;
  }

  private async drain(): Promise<void> {
    let sentSomething = false;
    for (;;) {
      if (this.disposed) return;
      const op = this.next();
      if (!op) break;
      const online = this.options.isOnline ? this.options.isOnline() : (globalThis.navigator?.onLine ?? true);
      if (!online) {
        this.pause(undefined);
        return;
      }
      this.inFlight = op.id;
      this.changed();
      let result: SendResult;
      try {
        result = await this.options.send(op);
      } catch (e) {
        this.inFlight = null;
        const error = e instanceof ApiError ? e : new ApiError({ status: -1, title: String(e) });
        if (isTransient(error)) {
          this.ops = this.ops.map((o) =>
            o.id === op.id ? { ...o, attempts: o.attempts + 1, error: toStored(error) } : o,
          );
          this.pause(error);
          return;
        }
        if (isConflict(error)) {
          this.ops = this.ops.map((o) =>
            o.id === op.id ? { ...o, state: 'conflict' as const, error: toStored(error) } : o,
          );
          this.changed();
          this.settle(op.id, { status: 'conflict', error });
          this.options.onConflict?.(op, error);
          continue;
        }
        this.ops = this.ops.filter((o) => o.id !== op.id);
        this.rejected = [...this.rejected, { ...op, error: toStored(error), rejectedAt: this.now() }];
        this.changed();
        this.settle(op.id, { status: 'rejected', error });
        this.options.onRejected?.(op, error);
        continue;
      }
      this.inFlight = null;
      this.failures = 0;
      this.waitingForNetwork = false;
      this.nextRetryAt = undefined;
      sentSomething = true;
      // The cache learns the server's answer before the change leaves the queue: no flicker.
      this.options.onSent?.(op, result);
      this.ops = this.ops
        .filter((o) => o.id !== op.id)
        .map((later) => {
          let next = later;
          if (
            result.version !== undefined &&
            op.entity &&
            later.entity === op.entity &&
            later.baseVersion === op.baseVersion
          ) {
            next = { ...next, baseVersion: result.version };
          }
          return this.options.rebase ? this.options.rebase(next, op, result) : next;
        });
      this.changed();
      this.settle(op.id, { status: 'sent', data: result.data });
    }
    if (sentSomething && this.ops.every((o) => o.state === 'conflict')) this.options.onDrained?.();
  }

  /** Stops on a network failure: every waiting caller learns its change is queued; retry later. */
  private pause(error: ApiError | undefined): void {
    this.waitingForNetwork = true;
    for (const op of this.ops) if (op.state === 'pending') this.settle(op.id, { status: 'queued' });
    const delays = this.options.retryDelays ?? [3_000, 10_000, 30_000, 60_000];
    const delay = delays[Math.min(this.failures, delays.length - 1)];
    if (error) this.failures += 1;
    this.clearTimer();
    this.nextRetryAt = this.now() + delay;
    if (this.disposed) return;
    this.timer = setTimeout(() => {
      this.timer = null;
      void this.flush();
    }, delay);
    this.changed();
  }

  private clearTimer(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }

  private waitFor(id: string): Promise<Outcome> {
    return new Promise<Outcome>((resolve) => {
      this.waiters.set(id, resolve);
    });
  }

  private settle(id: string, outcome: Settlement): void {
    const w = this.waiters.get(id);
    if (w) {
      this.waiters.delete(id);
      w({ ...outcome, id } as Outcome);
    }
  }

  private changed(): void {
    this.save();
    this.snapshot = this.makeSnapshot();
    this.listeners.forEach((l) => l());
  }

  private makeSnapshot(): OutboxSnapshot<P> {
    return {
      ops: this.ops,
      rejected: this.rejected,
      sending: this.inFlight !== null,
      waitingForNetwork: this.waitingForNetwork,
      nextRetryAt: this.nextRetryAt,
    };
  }

  private load(): Stored<P> {
    try {
      const raw = this.storage?.getItem(this.options.key);
      if (!raw) return { ops: [], rejected: [] };
      const parsed = JSON.parse(raw) as Partial<Stored<P>>;
      if (this.options.owner !== undefined && parsed.owner !== this.options.owner) return { ops: [], rejected: [] };
      return {
        ops: Array.isArray(parsed.ops) ? parsed.ops : [],
        rejected: Array.isArray(parsed.rejected) ? parsed.rejected : [],
      };
    } catch {
      return { ops: [], rejected: [] };
    }
  }

  private save(): void {
    if (!this.storage || this.destroyed) return;
    try {
      const stored: Stored<P> = { owner: this.options.owner, ops: this.ops, rejected: this.rejected };
      if (this.ops.length === 0 && this.rejected.length === 0) this.storage.removeItem(this.options.key);
      else this.storage.setItem(this.options.key, JSON.stringify(stored));
    } catch {
      /* storage full or disabled: the queue still works for this page */
    }
  }
}

function safeLocalStorage(): Storage | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null;
  }
}

/** Keys of stored outboxes whose name starts with `prefix` (to resume them after a reload). */
export function storedOutboxKeys(prefix: string, storage: Storage | null = safeLocalStorage()): string[] {
  if (!storage) return [];
  const keys: string[] = [];
  for (let i = 0; i < storage.length; i++) {
    const k = storage.key(i);
    if (k && k.startsWith(prefix)) keys.push(k);
  }
  return keys;
}
