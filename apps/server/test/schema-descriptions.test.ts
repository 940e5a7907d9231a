import { isEnumType, isInputObjectType, isInterfaceType, isObjectType, type GraphQLSchema } from 'graphql';
import { describe, expect, it } from 'vitest';
import { buildOrionSchema } from '../src/graphql/schema.js';

const BUILT_IN = new Set(['String', 'Int', 'Float', 'Boolean', 'ID']);

/** Every public coordinate without a description: `Type`, `Type.field`, `Type.field(arg)`, `Enum.VALUE`. */
function undocumented(schema: GraphQLSchema): string[] {
  const missing: string[] = [];
  const none = (d: string | null | undefined) => !d?.trim();
  for (const t of Object.values(schema.getTypeMap())) {
    if (t.name.startsWith('__') || BUILT_IN.has(t.name)) continue;
    if (none(t.description)) missing.push(t.name);
    if (isObjectType(t) || isInterfaceType(t) || isInputObjectType(t)) {
      for (const f of Object.values(t.getFields())) {
        if (none(f.description)) missing.push(`${t.name}.${f.name}`);
        for (const a of 'args' in f ? f.args : [])
          if (none(a.description)) missing.push(`${t.name}.${f.name}(${a.name})`);
      }
    }
    if (isEnumType(t)) for (const v of t.getValues()) if (none(v.description)) missing.push(`${t.name}.${v.name}`);
  }
  return missing;
}

describe('schema descriptions', () => {
  it('every public type, field, argument and enum value has a description', async () => {
    expect(undocumented(await buildOrionSchema())).toEqual([]);
  });
});
