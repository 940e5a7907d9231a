/** Writes schema.graphql at the repository root from the server code. */
import 'reflect-metadata';
import fs from 'node:fs';
import path from 'node:path';
import { repoRoot } from '../src/config.js';
import { printOrionSchema } from '../src/graphql/print-schema.js';

const file = path.join(repoRoot, 'schema.graphql');
fs.writeFileSync(file, await printOrionSchema());
console.log(`wrote ${path.relative(process.cwd(), file)}`);
