/**
 * A client for the EU VIES REST service (POST {base}/check-vat-number, contract:
 * docs in README "EU VAT"; copied from the Commission's vies-rest-openapi.yml). Three answers:
 * valid, invalid, and unknown — the member state's service is down or busy (MS_UNAVAILABLE,
 * TIMEOUT, SERVICE_UNAVAILABLE, *_MAX_CONCURRENT_REQ…), or VIES did not answer in time. Unknown is
 * never reported as invalid.
 */

export type ViesStatus = 'valid' | 'invalid' | 'unknown';

export interface ViesResult {
  status: ViesStatus;
  /** VIES prefix (EL for Greece) and national number as sent. */
  countryCode: string;
  vatNumber: string;
  /** VIES's date of the consultation (ISO), when it answered. */
  requestDate: string | null;
  /** The consultation number (requestIdentifier): proof of the check; only with a requester. */
  consultationNumber: string | null;
  traderName: string | null;
  traderAddress: string | null;
  /** VIES error code (MS_UNAVAILABLE, TIMEOUT, INVALID_INPUT…) or a transport one (NETWORK_ERROR, HTTP_502). */
  errorCode: string | null;
}

export interface ViesRequester {
  /** VIES prefix of the requester's VAT number, e.g. LU. */
  memberStateCode: string;
  /** The requester's national VAT number without prefix. */
  number: string;
}

/** Errors that say the number itself is wrong; every other error means "could not tell". */
const INVALID_ERRORS = new Set(['INVALID_INPUT']);

const text = (v: unknown): string | null => (typeof v === 'string' && v.trim() && v.trim() !== '---' ? v.trim() : null);

export class ViesClient {
  constructor(
    private readonly baseUrl: string,
    private readonly timeoutMs: number,
    private readonly fetchImpl: typeof fetch = fetch,
  ) {}

  /** Checks `countryCode` + `vatNumber` (national part). Never throws: transport problems are `unknown`. */
  async check(countryCode: string, vatNumber: string, requester?: ViesRequester | null): Promise<ViesResult> {
    const base: ViesResult = {
      status: 'unknown',
      countryCode,
      vatNumber,
      requestDate: null,
      consultationNumber: null,
      traderName: null,
      traderAddress: null,
      errorCode: null,
    };
    let res: Response;
    try {
      res = await this.fetchImpl(`${this.baseUrl.replace(/\/+$/, '')}/check-vat-number`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/json' },
        body: JSON.stringify({
          countryCode,
          vatNumber,
          ...(requester
            ? { requesterMemberStateCode: requester.memberStateCode, requesterNumber: requester.number }
            : {}),
        }),
        signal: AbortSignal.timeout(this.timeoutMs),
      });
    } catch (err) {
      const name = (err as { name?: string }).name;
      return { ...base, errorCode: name === 'TimeoutError' || name === 'AbortError' ? 'TIMEOUT' : 'NETWORK_ERROR' };
    }
    let body: Record<string, unknown> | null = null;
    try {
      body = (await res.json()) as Record<string, unknown>;
    } catch (err) {
      const name = (err as { name?: string }).name;
      if (name === 'TimeoutError' || name === 'AbortError') return { ...base, errorCode: 'TIMEOUT' };
      body = null;
    }
    // CommonResponse: { actionSucceed: false, errorWrappers: [{ error, message }] } (HTTP 400/500, or 200).
    const wrappers = Array.isArray(body?.errorWrappers) ? (body!.errorWrappers as { error?: unknown }[]) : null;
    const wrapped = wrappers?.[0] && typeof wrappers[0].error === 'string' ? wrappers[0].error : null;
    if (wrapped) return { ...base, status: INVALID_ERRORS.has(wrapped) ? 'invalid' : 'unknown', errorCode: wrapped };
    // The live service also reports member-state errors in a 200 answer: { valid: false, userError: 'MS_UNAVAILABLE' }.
    const userError = typeof body?.userError === 'string' ? body.userError : null;
    if (userError && userError !== 'VALID' && userError !== 'INVALID') {
      return { ...base, status: INVALID_ERRORS.has(userError) ? 'invalid' : 'unknown', errorCode: userError };
    }
    if (!res.ok || !body || typeof body.valid !== 'boolean') {
      return { ...base, errorCode: res.ok ? 'BAD_RESPONSE' : `HTTP_${res.status}` };
    }
    return {
      ...base,
      status: body.valid ? 'valid' : 'invalid',
      requestDate: text(body.requestDate),
      consultationNumber: text(body.requestIdentifier),
      traderName: text(body.name) ?? text(body.traderName),
      traderAddress: text(body.address),
    };
  }
}
