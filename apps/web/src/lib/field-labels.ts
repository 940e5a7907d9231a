import type { i18n as I18n } from 'i18next';

type Translator = Pick<I18n, 't' | 'exists'>;

/** `discountCents` → "Discount cents": for a field the dictionary lacks, still no API path. */
const humanize = (field: string) => {
  const words = field
    .replace(/(Id|Cents)$/, '')
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
};

/**
 * What people call an API input path, in the interface language: `newCustomer.email` →
 * "New customer › E-mail", `lines.0.quantity` → "Lines 1 › Quantity" (`fieldLabels` in the
 * dictionaries, one label per API field name).
 */
export function fieldLabel(path: string, i18n: Translator): string {
  const out: string[] = [];
  for (const segment of path.split('.')) {
    if (/^\d+$/.test(segment) && out.length) out[out.length - 1] += ` ${Number(segment) + 1}`;
    else {
      const key = `fieldLabels.${segment}`;
      out.push(i18n.exists(key) ? i18n.t(key) : humanize(segment));
    }
  }
  return out.join(' › ');
}
