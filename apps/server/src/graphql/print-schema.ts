import { printSchema } from 'graphql';
import { buildOrionSchema } from './schema.js';

export const SCHEMA_HEADER =
  '# Generated from the server code by `pnpm schema` — do not edit. CI fails when it drifts.\n\n';

/** The SDL of the API as checked in at the repository root (schema.graphql). */
export async function printOrionSchema(): Promise<string> {
  return SCHEMA_HEADER + printSchema(await buildOrionSchema()) + '\n';
}
