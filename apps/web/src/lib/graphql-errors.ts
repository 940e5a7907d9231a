import { CombinedGraphQLErrors, ServerError, ServerParseError } from '@apollo/client/errors';
import type { i18n as I18n } from 'i18next';

/** The API's error classes (`extensions.code`). */
export type ErrorCode =
  | 'BAD_USER_INPUT'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'TOO_MANY_REQUESTS'
  | 'INTERNAL_SERVER_ERROR';

export interface ApiError {
  /** The server's message, for a person. */
  message: string;
  /** `extensions.code`: the class of error. */
  code?: ErrorCode | string;
  /** `extensions.reason`: the specific domain code (INVALID_CREDENTIALS, LAST_OWNER, …). */
  reason?: string;
  /** `extensions.fields`: input field → message. */
  fields: Record<string, string>;
  /** Every other extension (e.g. `retryAfterSeconds`). */
  extensions?: Record<string, unknown>;
  /** The server could not be reached or did not answer with GraphQL. */
  network?: boolean;
}

/** The first API error of a failed operation, with its field messages (`extensions.fields`). */
export function toApiError(error: unknown): ApiError {
  if (CombinedGraphQLErrors.is(error)) {
    const first = error.errors[0];
    const ext = (first?.extensions ?? {}) as {
      code?: string;
      reason?: string;
      fields?: Record<string, string>;
    } & Record<string, unknown>;
    return {
      message: first?.message ?? error.message,
      code: ext.code,
      reason: ext.reason,
      fields: ext.fields ?? {},
      extensions: ext,
    };
  }
  if (ServerError.is(error) || ServerParseError.is(error) || error instanceof TypeError) {
    return { message: (error as Error).message, fields: {}, network: true };
  }
  if (error instanceof Error) return { message: error.message, fields: {} };
  return { message: String(error), fields: {} };
}

/** Field messages keyed for a form: with a prefix, `input.email` lands on `email`. */
export function fieldErrors(error: ApiError, prefix = ''): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(error.fields)) {
    const key = prefix && k.startsWith(`${prefix}.`) ? k.slice(prefix.length + 1) : k;
    out[key] = v;
  }
  return out;
}

/**
 * Splits an error for a form: the messages for fields the form shows go next to those fields;
 * `showMessage` says whether the error must also be told another way (a notification or an
 * alert) because it names no field, or a field this form does not show.
 */
export function formErrors(
  error: ApiError,
  formFields: readonly string[],
  prefix = '',
): { fields: Record<string, string>; showMessage: boolean } {
  const all = fieldErrors(error, prefix);
  const fields: Record<string, string> = {};
  let unmatched = false;
  for (const [k, v] of Object.entries(all)) {
    if (formFields.includes(k)) fields[k] = v;
    else unmatched = true;
  }
  return { fields, showMessage: unmatched || Object.keys(fields).length === 0 };
}

/** What of an i18next instance the messages need (`useTranslation().i18n`). */
export type Translator = Pick<I18n, 't' | 'exists'>;

/**
 * The message to show a person, in the interface language: a known `reason` is translated,
 * anything else keeps the server's own message (never swallowed).
 */
export function describeError(error: ApiError, i18n: Translator): string {
  if (error.network) return i18n.t('errors.network');
  const key = error.reason ? `errors.${error.reason}` : '';
  if (key && i18n.exists(key)) {
    if (error.reason === 'TOO_MANY_ATTEMPTS') {
      const seconds = Number(error.extensions?.retryAfterSeconds);
      if (!Number.isFinite(seconds) || seconds <= 0) return error.message;
      return i18n.t(key, { minutes: Math.max(1, Math.ceil(seconds / 60)) });
    }
    return i18n.t(key);
  }
  return error.message || i18n.t('errors.generic');
}
