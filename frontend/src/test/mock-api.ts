import type { paths } from '@/lib/api/schema';

/**
 * A fetch stand-in for tests whose routes and payloads are typed by the contract: a handler for
 * `GET /api/v1/me` can only return the statuses the contract lists for getMe, each with its
 * schema's body (a Me for 200, a Problem for 401...).
 */
type Method = 'get' | 'post' | 'patch' | 'delete' | 'put';

type MethodsOf<P extends keyof paths> = {
  [M in Method]: paths[P][M] extends undefined ? never : M;
}[Method];

type Op<P extends keyof paths, M extends Method> = NonNullable<paths[P][M]>;

type BodyOf<R> = R extends { content: infer C } ? C[keyof C] : undefined;

type ResponsesOf<O> = O extends { responses: infer R } ? R : never;

/** One of the responses the contract allows for the operation. */
export type MockReply<O> = {
  [S in keyof ResponsesOf<O>]: {
    status: S extends 'default' ? 500 | 502 | 503 : S;
    body: BodyOf<ResponsesOf<O>[S]>;
    headers?: Record<string, string>;
  };
}[keyof ResponsesOf<O>];

type RequestBodyOf<O> = O extends { requestBody?: infer B } ? BodyOf<NonNullable<B>> : undefined;

export interface MockRequest<O> {
  params: Record<string, string>;
  query: URLSearchParams;
  body: RequestBodyOf<O>;
  headers: Headers;
}

type Handler<O> = (req: MockRequest<O>) => MockReply<O> | Promise<MockReply<O>>;

type UnionToIntersection<U> = (U extends unknown ? (x: U) => void : never) extends (x: infer I) => void ? I : never;

/**
 * One non-generic overload per operation in the contract. (A generic `on<P, M>` would check a
 * handler without parameters before P and M are known, widening its enum literals to string.)
 */
type OnOverloads<T> = UnionToIntersection<
  {
    [P in keyof paths]: {
      [M in MethodsOf<P>]: (method: M, path: P, handler: Handler<Op<P, M>>) => T;
    }[MethodsOf<P>];
  }[keyof paths]
>;

export interface RecordedCall {
  method: string;
  path: string;
  query: URLSearchParams;
  headers: Headers;
  body: unknown;
}

interface RouteEntry {
  method: string;
  regex: RegExp;
  keys: string[];
  handler: Handler<never>;
}

export class MockApi {
  readonly baseUrl = 'http://api.test';
  readonly calls: RecordedCall[] = [];
  readonly unhandled: string[] = [];
  private routes: RouteEntry[] = [];

  /** Registers a handler; later registrations win, so a test can override a default. */
  readonly on: OnOverloads<this> = ((method: string, path: string, handler: Handler<never>) =>
    this.register(method, path, handler)) as OnOverloads<this>;

  private register(method: string, path: string, handler: Handler<never>): this {
    const keys: string[] = [];
    const pattern = path.replace(/\{(\w+)\}/g, (_, k: string) => {
      keys.push(k);
      return '([^/]+)';
    });
    this.routes.unshift({
      method: method.toUpperCase(),
      regex: new RegExp(`^${pattern}$`),
      keys,
      handler,
    });
    return this;
  }

  /** Calls made to a path (and method), for asserting on parameters and headers. */
  callsTo(method: string, path: string): RecordedCall[] {
    return this.calls.filter((c) => c.method === method.toUpperCase() && c.path === path);
  }

  readonly fetch = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const request = input instanceof Request ? input : new Request(input, init);
    const url = new URL(request.url);
    const method = request.method.toUpperCase();
    let body: unknown = undefined;
    const type = request.headers.get('content-type') ?? '';
    if (method !== 'GET' && method !== 'HEAD') {
      if (type.includes('json')) body = await request.json();
      else if (type.includes('multipart/form-data')) body = await request.formData();
    }
    this.calls.push({ method, path: url.pathname, query: url.searchParams, headers: request.headers, body });
    for (const route of this.routes) {
      if (route.method !== method) continue;
      const m = route.regex.exec(url.pathname);
      if (!m) continue;
      const params: Record<string, string> = {};
      route.keys.forEach((k, i) => (params[k] = decodeURIComponent(m[i + 1])));
      const reply = (await route.handler({
        params,
        query: url.searchParams,
        body: body as never,
        headers: request.headers,
      })) as {
        status: number;
        body: unknown;
        headers?: Record<string, string>;
      };
      return jsonResponse(reply.status, reply.body, reply.headers);
    }
    const what = `${method} ${url.pathname}${url.search}`;
    this.unhandled.push(what);
    return jsonResponse(501, { type: 'about:blank', title: 'No mock', status: 501, code: 'no-mock', detail: what });
  };
}

function jsonResponse(status: number, body: unknown, headers?: Record<string, string>): Response {
  if (status === 204 || body === undefined) return new Response(null, { status, headers });
  // A file (an export) is sent as it is when the handler names its own content type.
  const ownType = headers?.['Content-Type'];
  if ((typeof body === 'string' || body instanceof Blob) && ownType && !ownType.includes('json')) {
    return new Response(body, { status, headers });
  }
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': status >= 400 ? 'application/problem+json' : 'application/json', ...headers },
  });
}
