/** Writes test/golden/*.xml from the fixtures; validate them with validate-xml before committing. */
import { writeFileSync } from 'node:fs';
import { invoiceToUbl } from '../src/index.js';
import { GOLDEN, PDF } from '../test/fixtures.js';

for (const [name, snapshot] of Object.entries(GOLDEN)) {
  writeFileSync(new URL(`../test/golden/${name}.xml`, import.meta.url), invoiceToUbl(snapshot, PDF));
  console.log(name);
}
