import { CombinedGraphQLErrors, ServerError, ServerParseError } from '@apollo/client/errors';
import type { i18n as I18n } from 'i18next';
import { ErrorReason } from '../gql/enums';
import { fieldLabel } from './field-labels';
import { formatCents, formatDate } from './money';

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
  /** `extensions.reason`: the specific domain code, a value of the API's `ErrorReason` enum. */
  reason?: ErrorReason | string;
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

/** The error of a REST route's JSON answer (`{ error: { code, reason, message, … } }`) as an ApiError. */
export function restApiError(error: {
  message?: string;
  code?: string;
  reason?: string;
  fields?: Record<string, string>;
}): ApiError {
  return {
    message: error.message ?? '',
    code: error.code,
    reason: error.reason,
    fields: error.fields ?? {},
    extensions: error as Record<string, unknown>,
  };
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
export type Translator = Pick<I18n, 't' | 'exists' | 'language'>;

const PLAN_NAMES: Record<string, string> = {
  essential: 'Essential',
  professional: 'Professional',
  business: 'Business',
};

const list = (v: unknown) => (Array.isArray(v) ? v.map(String).join(', ') : v);

/**
 * The values a reason's message is built from: the server's `extensions`, made readable — lists
 * joined, field names and statuses in words, plan names, dates in the interface language. Null
 * when the message cannot be built (then the server's own message is shown).
 */
function messageParams(error: ApiError, i18n: Translator): Record<string, unknown> | null {
  const ext = error.extensions ?? {};
  const params: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(ext)) params[k] = list(v);
  const word = (group: string, value: unknown) =>
    i18n.exists(`errors.${group}.${value}`) ? i18n.t(`errors.${group}.${value}`) : String(value);
  switch (error.reason) {
    case ErrorReason.VALIDATION_FAILED:
      params.fields = Object.keys(error.fields)
        .map((f) => fieldLabel(f, i18n))
        .join(', ');
      break;
    case ErrorReason.TOO_MANY_ATTEMPTS: {
      const seconds = Number(ext.retryAfterSeconds);
      if (!Number.isFinite(seconds) || seconds <= 0) return null;
      params.minutes = Math.max(1, Math.ceil(seconds / 60));
      break;
    }
    case ErrorReason.INVOICE_SETTINGS_INCOMPLETE:
      params.missing = ((ext.missing as string[] | undefined) ?? []).map((f) => fieldLabel(f, i18n)).join(', ');
      break;
    case ErrorReason.INVALID_STATUS_TRANSITION:
      params.from = word('statuses', ext.from);
      params.to = word('statuses', ext.to);
      break;
    case ErrorReason.TIER_LIMIT_REACHED:
    case ErrorReason.FEATURE_NOT_IN_TIER:
      params.plan = PLAN_NAMES[String(ext.tier)] ?? ext.tier;
      params.requiredPlan = PLAN_NAMES[String(ext.requiredTier)] ?? ext.requiredTier;
      params.feature = word('features', ext.feature);
      // Orders renew monthly, products do not: one message each (`TIER_LIMIT_REACHED_orders`).
      params.context = ext.resource;
      if (typeof ext.periodEnd === 'string') {
        params.periodEnd = formatDate(ext.periodEnd, i18n.language);
      }
      break;
    case ErrorReason.ADJUSTMENT_DIRECTION_MISMATCH:
      // One message per direction the reason allows (`…_increase`, `…_decrease`).
      params.context = ext.direction;
      break;
    case ErrorReason.ORDER_TOTAL_TOO_LARGE:
      params.max = formatCents(Number(ext.maxCents), i18n.language);
      break;
    case ErrorReason.LETZSHOP_REFUSED:
      params.reasons = ((ext.errors as { message?: string }[] | undefined) ?? []).map((e) => e.message).join('; ');
      break;
  }
  return params;
}

/**
 * The message to show a person, in the interface language: a reason of the API's `ErrorReason`
 * enum is translated with its parameters; anything else keeps the server's own message (never
 * swallowed).
 */
export function describeError(error: ApiError, i18n: Translator): string {
  if (error.network) return i18n.t('errors.network');
  const key = error.reason ? `errors.${error.reason}` : '';
  if (key && i18n.exists(key)) {
    const params = messageParams(error, i18n);
    // A label ending in an abbreviation's full stop ("USt-IdNr.") may close the sentence.
    if (params) return i18n.t(key, params).replace(/\.\.(?=\s|$)/g, '.');
  }
  return error.message || i18n.t('errors.generic');
}
