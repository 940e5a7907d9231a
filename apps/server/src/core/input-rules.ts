import { type ValidationError as ClassValidationError, validate as classValidate } from 'class-validator';
import {
  type GraphQLInputType,
  getNamedType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isScalarType,
} from 'graphql';
import { ArgumentValidationError, type ResolverData } from 'type-graphql';
import { hasUnstorableText, isUuid, TEXT_UNSTORABLE } from './text.js';
import { ValidationError } from './errors.js';

/**
 * The rules every argument and input field obeys, whatever the operation — run once per resolver
 * call, before class-validator and before any resolver code:
 *
 * - text (String, ID) holds no NUL byte and no lone UTF-16 surrogate (PostgreSQL cannot store them);
 * - an ID is a UUID (every id Orion hands out is one);
 * - text is trimmed (except passwords), and a required text (String!) left empty is refused.
 *
 * type-graphql calls this instead of its own class-validator step (`validateFn` in schema.ts).
 */
export const ID_INVALID = 'is not a valid id';
export const TEXT_REQUIRED = 'is required';

/** Secrets are taken as typed: a space may be part of a password. */
const UNTRIMMED = /password/i;

const checked = new WeakSet<object>();

export async function validateInput(argValue: unknown, _argType: unknown, data: ResolverData<object>): Promise<void> {
  let raw: Record<string, string> = {};
  if (!checked.has(data.args)) {
    checked.add(data.args);
    raw = rawFieldErrors(data);
  }
  const hasRaw = Object.keys(raw).length > 0;
  trimTexts(argValue);
  const errors = await classErrors(argValue).catch((err: unknown) => {
    // class-validator may stumble over the very text the rules above refuse; those answers suffice.
    if (hasRaw) return [];
    throw err;
  });
  if (hasRaw) throw new ValidationError({ ...fieldMessages(errors), ...raw });
  if (errors.length) throw new ArgumentValidationError(errors);
}

async function classErrors(argValue: unknown): Promise<ClassValidationError[]> {
  if (argValue === null || typeof argValue !== 'object') return [];
  const items = Array.isArray(argValue) ? argValue : [argValue];
  const results = await Promise.all(
    items
      .filter((i) => i !== null && typeof i === 'object')
      .map((i) =>
        classValidate(i as object, {
          skipMissingProperties: true,
          forbidUnknownValues: false,
          validationError: { target: false, value: false },
        }),
      ),
  );
  return results.flat();
}

function fieldMessages(errors: ClassValidationError[], prefix = '', into: Record<string, string> = {}) {
  for (const e of errors) {
    const key = prefix ? `${prefix}.${e.property}` : e.property;
    if (e.constraints) into[key] = Object.values(e.constraints)[0] ?? 'is invalid';
    if (e.children?.length) fieldMessages(e.children, key, into);
  }
  return into;
}

/** Checks the arguments as GraphQL coerced them, by their schema types. Keys as class-validator names them. */
function rawFieldErrors({ info, args }: ResolverData<object>): Record<string, string> {
  const fields: Record<string, string> = {};
  const defs = info.parentType.getFields()[info.fieldName]?.args ?? [];
  // A non-null text with a default ('' for a customer's names) may be left empty.
  const walk = (value: unknown, type: GraphQLInputType, path: string[], hasDefault = false) => {
    if (value === null || value === undefined) return;
    const required = isNonNullType(type) && !hasDefault;
    const inner = required ? type.ofType : type;
    const key = path.join('.');
    if (isListType(inner)) {
      if (Array.isArray(value)) for (const [i, v] of value.entries()) walk(v, inner.ofType, [...path, String(i)]);
      return;
    }
    if (isInputObjectType(inner)) {
      for (const f of Object.values(inner.getFields()))
        walk((value as Record<string, unknown>)[f.name], f.type, [...path, f.name], f.defaultValue !== undefined);
      return;
    }
    if (typeof value !== 'string' || !isScalarType(inner)) return;
    if (hasUnstorableText(value)) fields[key] = TEXT_UNSTORABLE;
    else if (inner.name === 'ID' && !isUuid(value.trim())) fields[key] = ID_INVALID;
    else if (required && inner.name === 'String' && value.trim() === '') fields[key] = TEXT_REQUIRED;
  };
  for (const def of defs) {
    const named = getNamedType(def.type);
    // An input object argument (`input: …`) names its fields as the form does: `shippingAddress.city`.
    walk(args[def.name], def.type, isInputObjectType(named) ? [] : [def.name], def.defaultValue !== undefined);
  }
  return fields;
}

function trimTexts(value: unknown): void {
  if (value === null || typeof value !== 'object' || value instanceof Date) return;
  const record = value as Record<string, unknown>;
  for (const [k, v] of Object.entries(record)) {
    if (typeof v === 'string') {
      if (!UNTRIMMED.test(k)) record[k] = v.trim();
    } else if (Array.isArray(v)) {
      v.forEach((item, i) => {
        if (typeof item === 'string') v[i] = item.trim();
        else trimTexts(item);
      });
    } else trimTexts(v);
  }
}
