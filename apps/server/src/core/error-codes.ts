/** The GraphQL-level classes a domain error code falls into (`extensions.code`). */
export type ErrorKind =
  | 'BAD_USER_INPUT'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'TOO_MANY_REQUESTS';

/** One entry of an error catalogue: what the code means and what its message is built from. */
export interface ErrorSpec {
  kind: ErrorKind;
  /** The `extensions` keys a client may put into its own message (`{{sku}}`, `{{limit}}`, …). */
  params: readonly string[];
  /** For API clients: when the code is answered and what to do. Becomes the enum value's description. */
  description: string;
}

const registered = new Map<string, ErrorSpec & { module: string }>();

/**
 * A module's error codes. Written `defineErrors('inventory', { OUT_OF_STOCK: { … } })` so each
 * code is a literal key: the union of every catalogue's keys types `DomainError`'s code.
 * Registering at import lets the formatter tell a catalogued code from a stray one without
 * importing every module (which would import the error classes back).
 */
export function defineErrors<const T extends Record<string, ErrorSpec>>(module: string, codes: T): T {
  for (const [code, spec] of Object.entries(codes)) {
    const other = registered.get(code);
    if (other && other.module !== module) {
      throw new Error(`Error code ${code} is declared by both ${other.module} and ${module}.`);
    }
    registered.set(code, { ...spec, module });
  }
  return codes;
}

/** The catalogue entry of a code, or undefined when no loaded catalogue declares it. */
export const errorSpec = (code: string): (ErrorSpec & { module: string }) | undefined => registered.get(code);

/** What is wrong with an error's code, kind and details against the catalogue, or null when nothing is. */
export function catalogueProblem(code: string, kind: ErrorKind, details: Record<string, unknown>): string | null {
  const spec = registered.get(code);
  if (!spec) return `${code} is in no error catalogue`;
  if (spec.kind !== kind) return `${code} was thrown as ${kind}; its catalogue says ${spec.kind}`;
  const missing = spec.params.filter((p) => !(p in details));
  return missing.length ? `${code} was thrown without ${missing.join(', ')}` : null;
}

/**
 * Every catalogued code, as a key. The catalogue (`graphql/error-catalogue.ts`, which gathers the
 * modules' lists) fills it by declaration merging, so core names no module.
 */
// biome-ignore lint/suspicious/noEmptyInterface: filled by the catalogue through declaration merging.
export interface ErrorCodes {}

/** A catalogued error code: the type of `DomainError.code` and of `extensions.reason`. */
export type ErrorReason = keyof ErrorCodes & string;
