import {
  buildSchema,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputField,
  type GraphQLNamedType,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isObjectType,
  isScalarType,
  isUnionType,
} from 'graphql';

export const REFERENCE_HEADER =
  '<!-- Generated from schema.graphql by `pnpm schema` — do not edit. CI fails when it drifts. -->\n\n';

const BUILT_IN = new Set(['String', 'Int', 'Float', 'Boolean', 'ID']);

/** The reference pages, file name → markdown, written to docs/api/ from the SDL in schema.graphql. */
export function apiReference(sdl: string): Record<string, string> {
  const schema = buildSchema(sdl);
  const named = Object.values(schema.getTypeMap())
    .filter((t) => !t.name.startsWith('__') && !BUILT_IN.has(t.name))
    .sort((a, b) => a.name.localeCompare(b.name));
  const query = schema.getQueryType();
  const mutation = schema.getMutationType();
  const roots = new Set([query?.name, mutation?.name]);
  const objects = named.filter((t) => (isObjectType(t) || isInterfaceType(t)) && !roots.has(t.name));
  const connections = objects.filter((t) => /(Connection|Edge)$/.test(t.name) || t.name === 'PageInfo');
  const payloads = objects.filter((t) => /Payload$/.test(t.name));
  const plain = objects.filter((t) => !connections.includes(t) && !payloads.includes(t));
  const inputs = named.filter(isInputObjectType);
  const enums = named.filter(isEnumType);
  const scalars = named.filter((t) => isScalarType(t) || isUnionType(t));

  const pages: [string, string, string, GraphQLNamedType[] | null][] = [
    ['queries.md', 'Queries', 'Every read operation (`query { … }`), with its arguments.', null],
    ['mutations.md', 'Mutations', 'Every write operation (`mutation { … }`); each costs 10 points.', null],
    ['objects.md', 'Objects', 'The types the API answers with.', plain],
    ['payloads.md', 'Mutation payloads', 'What mutations answer with.', payloads],
    ['connections.md', 'Connections', 'Paged lists (Relay connections, see guides/paging.md).', connections],
    ['inputs.md', 'Input types', 'The arguments that take an object.', inputs],
    ['enums.md', 'Enums', 'Every enumeration and its values.', enums],
    ['scalars.md', 'Scalars', 'Custom scalars and their formats.', scalars],
  ];
  fileIndex = new Map(pages.flatMap(([file, , , types]) => (types ?? []).map((t) => [t.name, file] as const)));
  const out: Record<string, string> = {};
  out['queries.md'] = page('Queries', pages[0]![2], query ? rootFields(query.getFields()) : '');
  out['mutations.md'] = page('Mutations', pages[1]![2], mutation ? rootFields(mutation.getFields()) : '');
  for (const [file, title, intro, types] of pages.slice(2)) {
    out[file] = page(title, intro, types!.map(typeSection).join('\n'));
  }
  out['README.md'] = page(
    'Orion GraphQL API reference',
    [
      'Endpoint: `POST /graphql` (JSON). Explorer: `/graphiql` on your Orion server.',
      'Guides: [authentication](guides/authentication.md), [scopes](guides/scopes.md),',
      '[paging](guides/paging.md), [costs and throttling](guides/costs-and-throttling.md),',
      '[errors](guides/errors.md), [polling for changes](guides/polling.md).',
    ].join('\n'),
    pages
      .map(([file, title, intro, types]) => {
        const count = types
          ? types.length
          : Object.keys((file === 'queries.md' ? query : mutation)?.getFields() ?? {}).length;
        return `- [${title}](${file}) — ${intro} (${count})`;
      })
      .join('\n') + '\n',
  );
  return out;
}

function page(title: string, intro: string, body: string): string {
  return `${REFERENCE_HEADER}# ${title}\n\n${intro}\n\n${body}`.replace(/\n{3,}/g, '\n\n').trimEnd() + '\n';
}

function rootFields(fields: Record<string, GraphQLField<unknown, unknown>>): string {
  return Object.values(fields)
    .sort((a, b) => a.name.localeCompare(b.name))
    .map(
      (f) =>
        `## \`${f.name}\`\n\n${signature(f)}\n\n${text(f.description)}\n\nReturns ${typeLink(String(f.type))}.\n\n${argsTable(f.args)}\n`,
    )
    .join('\n');
}

function signature(f: GraphQLField<unknown, unknown>): string {
  const args = f.args.length ? `(${f.args.map((a) => `${a.name}: ${a.type}`).join(', ')})` : '';
  return `\`\`\`graphql\n${f.name}${args}: ${f.type}\n\`\`\`${deprecation(f.deprecationReason)}`;
}

function argsTable(args: readonly GraphQLArgument[]): string {
  if (!args.length) return '';
  const rows = args.map(
    (a) => `| \`${a.name}\` | ${typeLink(String(a.type))} | ${withDefault(a.description, a.defaultValue)} |`,
  );
  return `| argument | type | description |\n| --- | --- | --- |\n${rows.join('\n')}\n`;
}

function typeSection(t: GraphQLNamedType): string {
  const kind = isInputObjectType(t)
    ? 'input'
    : isEnumType(t)
      ? 'enum'
      : isScalarType(t)
        ? 'scalar'
        : isUnionType(t)
          ? 'union'
          : isInterfaceType(t)
            ? 'interface'
            : 'type';
  let body = `## ${t.name}\n\n_${kind}_ — ${text(t.description)}\n\n`;
  if (isObjectType(t) || isInterfaceType(t)) {
    const rows = Object.values(t.getFields()).map(
      (f) =>
        `| \`${f.name}\`${f.args.length ? `(${f.args.map((a) => a.name).join(', ')})` : ''} | ${typeLink(String(f.type))} | ${cell(f.description)}${f.deprecationReason ? ` **Deprecated:** ${cell(f.deprecationReason)}` : ''} |`,
    );
    body += `| field | type | description |\n| --- | --- | --- |\n${rows.join('\n')}\n`;
    for (const f of Object.values(t.getFields())) {
      if (f.args.length) body += `\nArguments of \`${f.name}\`:\n\n${argsTable(f.args)}`;
    }
  } else if (isInputObjectType(t)) {
    const rows = Object.values(t.getFields()).map(
      (f: GraphQLInputField) =>
        `| \`${f.name}\` | ${typeLink(String(f.type))} | ${withDefault(f.description, f.defaultValue)} |`,
    );
    body += `| field | type | description |\n| --- | --- | --- |\n${rows.join('\n')}\n`;
  } else if (isEnumType(t)) {
    const rows = t.getValues().map((v) => `| \`${v.name}\` | ${cell(v.description)} |`);
    body += `| value | description |\n| --- | --- |\n${rows.join('\n')}\n`;
  } else if (isUnionType(t)) {
    body += `One of: ${t
      .getTypes()
      .map((m) => typeLink(m.name))
      .join(', ')}\n`;
  } else if (isScalarType(t) && t.specifiedByURL) {
    body += `Specified by <${t.specifiedByURL}>.\n`;
  }
  return body;
}

/** A type reference as written in SDL (`[Order!]!`), linked to its section when it has one. */
function typeLink(ref: string): string {
  const name = ref.replace(/[[\]!]/g, '');
  if (BUILT_IN.has(name)) return `\`${ref}\``;
  return `[\`${ref}\`](${fileOf(name)}#${name.toLowerCase()})`;
}

/** Which page documents each named type; set by `apiReference` before it renders (synchronously). */
let fileIndex = new Map<string, string>();
const fileOf = (name: string) => fileIndex.get(name) ?? '';

const text = (d: string | null | undefined) => (d ?? '').trim();
const cell = (d: string | null | undefined) => text(d).replace(/\|/g, '\\|').replace(/\n+/g, ' ');
function withDefault(description: string | null | undefined, value: unknown): string {
  const d = cell(description);
  if (value === undefined) return d;
  return `${d}${d && !/[.!?]$/.test(d) ? '.' : ''} Default: \`${JSON.stringify(value)}\`.`.trim();
}
const deprecation = (r: string | null | undefined) => (r ? `\n\n**Deprecated:** ${r}` : '');
