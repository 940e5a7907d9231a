/** An ILIKE pattern matching `s` anywhere, with LIKE's wildcards in `s` taken literally. */
export const containsPattern = (s: string): string => `%${s.replace(/([\\%_])/g, '\\$1')}%`;

// biome-ignore lint/suspicious/noControlCharactersInRegex: NUL is exactly what is refused
const UNSTORABLE = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Text PostgreSQL cannot store: a NUL byte or a lone UTF-16 surrogate. */
export const hasUnstorableText = (s: string): boolean => UNSTORABLE.test(s);
export const TEXT_UNSTORABLE = 'contains a character that cannot be stored (a NUL byte or a broken Unicode character)';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** Every id Orion hands out is a UUID; anything else cannot name a row. */
export const isUuid = (s: string): boolean => UUID.test(s);
