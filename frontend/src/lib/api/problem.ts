import type { components } from './schema';

export type Problem = components['schemas']['Problem'];
export type FieldError = components['schemas']['FieldError'];

/**
 * An error the API (or the network) gave us, in one shape for every screen:
 * the fields of an RFC 9457 problem, plus `status` 0 when the request never got an answer.
 */
export class ApiError extends Error {
  readonly status: number;
  readonly title: string;
  readonly detail?: string;
  readonly code?: string;
  readonly type?: string;
  readonly errors: FieldError[];
  readonly currentVersion?: number;

  constructor(init: {
    status: number;
    title: string;
    detail?: string;
    code?: string;
    type?: string;
    errors?: FieldError[];
    currentVersion?: number;
  }) {
    super(init.detail ? `${init.title}: ${init.detail}` : init.title);
    this.name = 'ApiError';
    this.status = init.status;
    this.title = init.title;
    this.detail = init.detail;
    this.code = init.code;
    this.type = init.type;
    this.errors = init.errors ?? [];
    this.currentVersion = init.currentVersion;
  }

  get isVersionConflict(): boolean {
    return this.code === 'version-conflict';
  }

  get isNetworkError(): boolean {
    return this.status === 0;
  }

  /** Field errors by JSON property name (the first message wins). */
  fieldErrors(): Record<string, string> {
    const out: Record<string, string> = {};
    for (const e of this.errors) if (!(e.field in out)) out[e.field] = e.message;
    return out;
  }
}

function isProblemLike(body: unknown): body is Partial<Problem> {
  return typeof body === 'object' && body !== null && ('title' in body || 'code' in body || 'detail' in body);
}

function asFieldErrors(value: unknown): FieldError[] {
  if (!Array.isArray(value)) return [];
  return value
    .filter((e): e is FieldError => typeof e === 'object' && e !== null && typeof e.field === 'string')
    .map((e) => ({ field: e.field, message: typeof e.message === 'string' ? e.message : '' }));
}

/** Builds an ApiError from a failed response and its (already parsed) body. */
export function toApiError(response: Response, body: unknown): ApiError {
  if (isProblemLike(body)) {
    return new ApiError({
      status: typeof body.status === 'number' ? body.status : response.status,
      title:
        typeof body.title === 'string' && body.title ? body.title : response.statusText || `HTTP ${response.status}`,
      detail: typeof body.detail === 'string' ? body.detail : undefined,
      code: typeof body.code === 'string' ? body.code : undefined,
      type: typeof body.type === 'string' ? body.type : undefined,
      errors: asFieldErrors(body.errors),
      currentVersion: typeof body.currentVersion === 'number' ? body.currentVersion : undefined,
    });
  }
  return new ApiError({
    status: response.status,
    title: response.statusText || `HTTP ${response.status}`,
    detail:
      typeof body === 'string' && body.length > 0 && body.length < 500 && !body.trimStart().startsWith('<')
        ? body
        : undefined,
    code: response.status === 401 ? 'unauthorized' : undefined,
  });
}

/** Reads a Response that is known to have failed and turns it into an ApiError. */
export async function problemFromResponse(response: Response): Promise<ApiError> {
  let body: unknown = undefined;
  try {
    const text = await response.text();
    try {
      body = JSON.parse(text);
    } catch {
      body = text;
    }
  } catch {
    /* no body */
  }
  return toApiError(response, body);
}

export function networkError(cause: unknown): ApiError {
  const err = new ApiError({
    status: 0,
    title: 'network',
    code: 'network',
    detail: cause instanceof Error ? cause.message : undefined,
  });
  return err;
}

/** Unwraps an openapi-fetch result: returns the data or throws an ApiError. */
export function unwrap<T>(result: { data?: T; error?: unknown; response: Response }): T {
  if (result.error !== undefined || !result.response.ok) {
    throw toApiError(result.response, result.error);
  }
  return result.data as T;
}
