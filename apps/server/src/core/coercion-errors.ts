import type { ASTNode, ValidationRule } from 'graphql';
import { ValidationError } from './errors.js';

/**
 * GraphQL's own answers to a value of the wrong type ("Int cannot represent non 32-bit signed
 * integer value", "Variable "$i" got invalid value …") turned into a field error a person can act
 * on: `extensions.fields` names the field and says what it accepts.
 */

export const INT_MIN = -2147483648;
export const INT_MAX = 2147483647;
export const WHOLE_NUMBER = `must be a whole number from ${INT_MIN} to ${INT_MAX}`;

/** Literal values carry no field name in graphql's error: this rule notes it for each value node. */
const literalFieldNames = new WeakMap<ASTNode, string>();

export const fieldNamesRule: ValidationRule = () => ({
  Argument(node) {
    literalFieldNames.set(node.value, node.name.value);
  },
  ObjectField(node, _key, _parent, _path, ancestors) {
    const names = ancestors.flatMap((a) =>
      !Array.isArray(a) && (a as ASTNode).kind === 'ObjectField' ? [(a as { name: { value: string } }).name.value] : [],
    );
    literalFieldNames.set(node.value, [...names, node.name.value].join('.'));
  },
});

/** What a field accepts, from graphql's reason for refusing the value. */
function acceptedBy(reason: string): string {
  if (/^Int cannot represent/.test(reason) || /type "Int!?"/.test(reason)) return WHOLE_NUMBER;
  if (/LocalDate/.test(reason)) return 'must be a real date written YYYY-MM-DD, e.g. 2026-02-28';
  if (/DateTime/.test(reason)) return 'must be a real date and time in ISO 8601, e.g. 2026-02-28T09:30:00Z';
  if (/^Float cannot represent/.test(reason) || /type "Float!?"/.test(reason)) return 'must be a number';
  if (/^Boolean cannot represent/.test(reason) || /type "Boolean!?"/.test(reason)) return 'must be true or false';
  if (/^(String|ID) cannot represent/.test(reason) || /type "(String|ID)!?"/.test(reason)) return 'must be text';
  const enumValue = /does not exist in "(\w+)" enum/.exec(reason);
  if (enumValue || /type "\w+!?", found \w+\./.test(reason)) return 'is not one of the allowed values';
  if (/was not provided|must not be null/.test(reason)) return 'is required';
  if (/is not defined by type/.test(reason)) return 'is not a field of this input';
  return reason;
}

/** `.lines[0].quantity` → `lines.0.quantity` (class-validator's way of naming nested fields). */
const dotted = (printed: string) =>
  printed
    .replace(/\[(\d+)\]/g, '.$1')
    .replace(/^\./, '')
    .trim();

const VARIABLE_VALUE = /^Variable "\$(\w+)" got invalid value [\s\S]*?(?: at "\w+([^"]*)")?; ([\s\S]*)$/;
const VARIABLE_MISSING =
  /^Variable "\$(\w+)" of (?:required|non-null) type "[^"]+" (?:was not provided|must not be null)\.$/;

export function coercionError(error: unknown): ValidationError | null {
  if (!(error instanceof Error)) return null;
  const message = error.message;
  const value = VARIABLE_VALUE.exec(message);
  if (value) {
    const [, variable, path, reason] = value;
    const field = path ? dotted(path) : variable!;
    return new ValidationError({ [field]: acceptedBy(reason!) });
  }
  const missing = VARIABLE_MISSING.exec(message);
  if (missing) return new ValidationError({ [missing[1]!]: 'is required' });
  const node = (error as { nodes?: readonly ASTNode[] }).nodes?.[0];
  const field = node && literalFieldNames.get(node);
  // Only a literal's own value errors point at its value node (variable misuse names "$…").
  if (field && !/Variable "\$/.test(message)) {
    return new ValidationError({ [field]: acceptedBy(message) });
  }
  return null;
}
