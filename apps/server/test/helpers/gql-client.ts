export interface GqlError {
  message: string;
  extensions?: { code?: string; reason?: string; fields?: Record<string, string>; [k: string]: unknown };
}

export interface GqlResult<T = Record<string, any>> {
  data?: T | null;
  errors?: GqlError[];
  status: number;
}

/** A GraphQL client as the SPA is one: a cookie jar and the x-store-id header. */
export class GqlClient {
  cookie = '';
  storeId: string | null = null;
  headers: Record<string, string> = {};

  constructor(readonly baseUrl: string) {}

  useStore(storeId: string | null): this {
    this.storeId = storeId;
    return this;
  }

  async raw<T = Record<string, any>>(query: string, variables: Record<string, unknown> = {}): Promise<GqlResult<T>> {
    const res = await fetch(`${this.baseUrl}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(this.cookie ? { cookie: this.cookie } : {}),
        ...(this.storeId ? { 'x-store-id': this.storeId } : {}),
        ...this.headers,
      },
      body: JSON.stringify({ query, variables }),
    });
    this.absorbCookies(res);
    const body = (await res.json()) as Omit<GqlResult<T>, 'status'>;
    return { ...body, status: res.status };
  }

  /** Runs an operation that must succeed; throws with the errors otherwise. */
  async ok<T = Record<string, any>>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
    const r = await this.raw<T>(query, variables);
    if (r.errors?.length || !r.data) throw new Error(`GraphQL errors: ${JSON.stringify(r.errors)}`);
    return r.data;
  }

  /** Runs an operation that must fail; returns its first error. */
  async fails(query: string, variables: Record<string, unknown> = {}): Promise<GqlError> {
    const r = await this.raw(query, variables);
    if (!r.errors?.length) throw new Error(`expected an error, got ${JSON.stringify(r.data)}`);
    return r.errors[0]!;
  }

  async login(email: string, password: string) {
    return this.ok(
      `mutation($input: LoginInput!) { login(input: $input) { me { user { id email } stores { role store { id slug } } } } }`,
      { input: { email, password } },
    );
  }

  private absorbCookies(res: Response) {
    for (const c of res.headers.getSetCookie()) {
      const [pair] = c.split(';');
      const [name, value] = pair!.split('=');
      const jar = new Map(this.cookie ? this.cookie.split('; ').map((p) => p.split('=') as [string, string]) : []);
      if (value) jar.set(name!, value);
      else jar.delete(name!);
      this.cookie = [...jar].map(([k, v]) => `${k}=${v}`).join('; ');
    }
  }
}
