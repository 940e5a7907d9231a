import { CombinedGraphQLErrors } from '@apollo/client/errors';

export interface ApiError {
  message: string;
  code?: string;
  reason?: string;
  fields: Record<string, string>;
}

/** The first API error of a failed operation, with its field messages (`extensions.fields`). */
export function toApiError(error: unknown): ApiError {
  if (CombinedGraphQLErrors.is(error)) {
    const first = error.errors[0];
    const ext = (first?.extensions ?? {}) as { code?: string; reason?: string; fields?: Record<string, string> };
    return { message: first?.message ?? error.message, code: ext.code, reason: ext.reason, fields: ext.fields ?? {} };
  }
  if (error instanceof Error) return { message: error.message, fields: {} };
  return { message: String(error), fields: {} };
}

/** Field messages keyed for a form: `input.email` and `email` both land on `email`. */
export function fieldErrors(error: ApiError, prefix = ''): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(error.fields)) {
    const key = prefix && k.startsWith(`${prefix}.`) ? k.slice(prefix.length + 1) : k;
    out[key] = v;
  }
  return out;
}
