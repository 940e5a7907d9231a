/** An ILIKE pattern matching `s` anywhere, with LIKE's wildcards in `s` taken literally. */
export const containsPattern = (s: string): string => `%${s.replace(/([\\%_])/g, '\\$1')}%`;
