/** Writes schema.graphql at the repository root from the server code, and the API reference in docs/api/. */
import 'reflect-metadata';
import fs from 'node:fs';
import path from 'node:path';
import { repoRoot } from '../src/config.js';
import { apiReference } from '../src/graphql/api-reference.js';
import { printOrionSchema } from '../src/graphql/print-schema.js';

const file = path.join(repoRoot, 'schema.graphql');
const sdl = await printOrionSchema();
fs.writeFileSync(file, sdl);
console.log(`wrote ${path.relative(process.cwd(), file)}`);

const docs = path.join(repoRoot, 'docs/api');
fs.mkdirSync(docs, { recursive: true });
// Pages no longer generated go away (the guides live in docs/api/guides/, untouched).
for (const old of fs.readdirSync(docs).filter((f) => f.endsWith('.md'))) fs.rmSync(path.join(docs, old));
for (const [name, markdown] of Object.entries(apiReference(sdl))) fs.writeFileSync(path.join(docs, name), markdown);
console.log(`wrote ${path.relative(process.cwd(), docs)}/*.md`);
