/** Formats integer cents as euros in the interface language. */
export function formatCents(cents: number, locale = 'en'): string {
  const tag = locale === 'fr' ? 'fr-LU' : locale === 'de' ? 'de-LU' : 'en-IE';
  return new Intl.NumberFormat(tag, { style: 'currency', currency: 'EUR' }).format(cents / 100);
}

/** Parses "12,90" or "12.90" into cents without floating-point error; null when not a price. */
export function parseEuros(text: string): number | null {
  const m = /^\s*(\d{1,9})(?:[.,](\d{1,2}))?\s*$/.exec(text);
  if (!m) return null;
  return Number(m[1]) * 100 + Number((m[2] ?? '0').padEnd(2, '0'));
}

export function formatDateTime(iso: string, locale = 'en'): string {
  const tag = locale === 'fr' ? 'fr-LU' : locale === 'de' ? 'de-LU' : 'en-GB';
  return new Intl.DateTimeFormat(tag, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));
}

export function formatDate(iso: string, locale = 'en'): string {
  const tag = locale === 'fr' ? 'fr-LU' : locale === 'de' ? 'de-LU' : 'en-GB';
  return new Intl.DateTimeFormat(tag, { dateStyle: 'medium' }).format(new Date(iso));
}
