/**
 * An input field's key as a person calls it, for messages: `priceCents` → "price",
 * `shippingAddress.postalCode` → "shipping address, postal code", `lines.0.quantity` →
 * "line 1, quantity", `vatNumber` → "VAT number". The key itself stays in `extensions.fields`.
 */
const ACRONYMS = new Set(['iban', 'bic', 'vat', 'gtin', 'sku', 'rcs', 'id', 'oss']);

function words(part: string): string {
  const w = part
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(' ')
    .filter((x, i, all) => !(i === all.length - 1 && all.length > 1 && (x === 'cents' || x === 'id')))
    .map((x) => (x === 'email' ? 'e-mail' : ACRONYMS.has(x) ? x.toUpperCase() : x));
  return w.join(' ');
}

export function fieldName(key: string): string {
  const out: string[] = [];
  for (const part of key.split('.')) {
    if (/^\d+$/.test(part) && out.length) {
      const list = out.pop()!;
      out.push(`${list.replace(/s$/, '')} ${Number(part) + 1}`);
    } else out.push(words(part));
  }
  return out.join(', ');
}
