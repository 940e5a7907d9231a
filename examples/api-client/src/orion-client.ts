/**
 * A small typed client of the Orion GraphQL API on `fetch`: an API key (`Authorization: Bearer
 * orion_sk_…`) or a session (sign in, then the cookie and `x-store-id`), the cost figures of each
 * answer, and `THROTTLED` handled by waiting `Retry-After` seconds and sending the request again.
 */

export type Auth = { kind: 'key'; key: string } | { kind: 'session'; email: string; password: string; storeId: string };

/** `extensions.cost`: with API keys and the limiter; older servers send `{ requested, maximum }`. */
export interface Cost {
  requestedQueryCost?: number;
  actualQueryCost?: number;
  throttleStatus?: { maximumAvailable: number; currentlyAvailable: number; restoreRate: number };
  requested?: number;
  maximum?: number;
}

export interface GraphQLErrorBody {
  message: string;
  extensions?: { code?: string; reason?: string; [key: string]: unknown };
}

export class OrionApiError extends Error {
  readonly status: number;
  readonly errors: GraphQLErrorBody[];
  constructor(status: number, errors: GraphQLErrorBody[]) {
    super(errors.map((e) => `${e.extensions?.reason ?? e.extensions?.code ?? 'ERROR'}: ${e.message}`).join('; '));
    this.status = status;
    this.errors = errors;
  }
}

export interface OrionClientOptions {
  baseUrl: string;
  auth: Auth;
  /** How often a throttled request is sent again before giving up. */
  maxRetries?: number;
  /** Called with each answer's cost figures. */
  onCost?: (operation: string, cost: Cost) => void;
  /** Called before waiting for a throttled request. */
  onThrottled?: (seconds: number) => void;
  sleep?: (ms: number) => Promise<void>;
}

export class OrionClient {
  private cookie: string | null = null;
  private readonly opts: OrionClientOptions;
  constructor(opts: OrionClientOptions) {
    this.opts = opts;
  }

  /** Runs one operation; resolves with `data`, or rejects with an OrionApiError naming each reason. */
  async request<TData, TVariables extends Record<string, unknown> = Record<string, never>>(
    operation: string,
    query: string,
    variables?: TVariables,
  ): Promise<TData> {
    const { auth } = this.opts;
    if (auth.kind === 'session' && !this.cookie && operation !== 'SignIn') await this.signIn(auth);
    const sleep = this.opts.sleep ?? ((ms: number) => new Promise((r) => setTimeout(r, ms)));
    for (let attempt = 0; ; attempt++) {
      const res = await fetch(new URL('/graphql', this.opts.baseUrl), {
        method: 'POST',
        headers: this.headers(),
        body: JSON.stringify({ query, variables: variables ?? {}, operationName: operation }),
      });
      const cookie = res.headers.getSetCookie().find((c) => c.startsWith('orion_session='));
      if (cookie) this.cookie = cookie.split(';')[0]!;
      const body = (await res.json()) as { data?: TData; errors?: GraphQLErrorBody[]; extensions?: { cost?: Cost } };
      if (body.extensions?.cost) this.opts.onCost?.(operation, body.extensions.cost);
      const throttled = res.status === 429 || body.errors?.some((e) => e.extensions?.reason === 'THROTTLED');
      if (throttled && attempt < (this.opts.maxRetries ?? 5)) {
        const seconds = retryAfterSeconds(res.headers.get('retry-after'));
        this.opts.onThrottled?.(seconds);
        await sleep(seconds * 1000);
        continue;
      }
      if (body.errors?.length || !body.data) throw new OrionApiError(res.status, body.errors ?? []);
      return body.data;
    }
  }

  /** Where a document's PDF is; send the same auth headers (see `downloadHeaders`). */
  invoicePdfUrl(invoiceId: string): string {
    return new URL(`/api/invoices/${encodeURIComponent(invoiceId)}.pdf`, this.opts.baseUrl).toString();
  }

  /** The headers a REST download needs (`invoicePdfUrl`). */
  downloadHeaders(): Record<string, string> {
    const { 'content-type': _json, ...rest } = this.headers();
    return rest;
  }

  private headers(): Record<string, string> {
    const h: Record<string, string> = { 'content-type': 'application/json' };
    const { auth } = this.opts;
    if (auth.kind === 'key') h.authorization = `Bearer ${auth.key}`;
    else {
      h['x-store-id'] = auth.storeId;
      if (this.cookie) h.cookie = this.cookie;
    }
    return h;
  }

  private async signIn(auth: Extract<Auth, { kind: 'session' }>) {
    await this.request<unknown, { input: { email: string; password: string } }>(
      'SignIn',
      'mutation SignIn($input: LoginInput!) { login(input: $input) { me { user { id } } } }',
      { input: { email: auth.email, password: auth.password } },
    );
    if (!this.cookie) throw new Error('signed in, but the server set no session cookie');
  }
}

/** `Retry-After` in seconds (a number or an HTTP date); 1 when absent or unreadable. */
export function retryAfterSeconds(header: string | null, now = Date.now()): number {
  if (!header) return 1;
  if (/^\d+$/.test(header.trim())) return Math.max(0, Number(header.trim()));
  const at = Date.parse(header);
  return Number.isNaN(at) ? 1 : Math.max(0, Math.ceil((at - now) / 1000));
}
