import { describe, expect, it } from 'vitest';
import { de } from './de';
import { en } from './en';
import { fr } from './fr';

function leaves(o: object, prefix = ''): [string, string][] {
  return Object.entries(o).flatMap(([k, v]) =>
    typeof v === 'string' ? [[`${prefix}${k}`, v] as [string, string]] : leaves(v as object, `${prefix}${k}.`),
  );
}
const placeholders = (s: string) => [...s.matchAll(/{{(\w+)}}/g)].map((m) => m[1]).sort();

describe('dictionaries', () => {
  const ref = new Map(leaves(en));
  for (const [lang, dict] of Object.entries({ fr, de })) {
    it(`${lang} has every English key, none empty, with the same placeholders`, () => {
      const mine = new Map(leaves(dict));
      expect([...mine.keys()].sort()).toEqual([...ref.keys()].sort());
      for (const [key, text] of mine) {
        expect(text.trim(), key).not.toBe('');
        expect(placeholders(text), key).toEqual(placeholders(ref.get(key)!));
      }
    });
  }
});
