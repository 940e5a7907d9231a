/**
 * The names people use for input fields, so a message never shows an API path such as
 * `newCustomer.email` or `discountCents`. Each module declares its inputs' labels once, beside
 * the input classes, with `labelFields`. Validation errors lose the input class on the way
 * (type-graphql strips the target), so labels are looked up by field name: a name means the same
 * thing in every input (`email` is always "E-mail").
 */
const labels = new Map<string, string>([
  // Arguments shared by many queries, not fields of an input class.
  ['after', 'Page cursor'],
  ['first', 'Page size'],
]);

/** Declares the human names of an input's fields (the class documents where they belong). */
export function labelFields<T extends object>(
  _input: abstract new (...args: never[]) => T,
  names: Partial<Record<keyof T & string, string>>,
): void {
  for (const [field, label] of Object.entries(names)) if (typeof label === 'string') labels.set(field, label);
}

/** `discountCents` → "discount cents": for a field no input labelled, still not an API path. */
const humanize = (field: string) => {
  const words = field
    .replace(/Id$/, '')
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
};

/** The human name of an input path: `newCustomer.email` → "New customer › E-mail", `lines.0.quantity` → "Lines 1 › Quantity". */
export function fieldLabel(path: string): string {
  const out: string[] = [];
  for (const segment of path.split('.')) {
    if (/^\d+$/.test(segment) && out.length) out[out.length - 1] += ` ${Number(segment) + 1}`;
    else out.push(labels.get(segment) ?? humanize(segment));
  }
  return out.join(' › ');
}
