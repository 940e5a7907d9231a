import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The layout's rules, read from the import statements of `src/`: `core/` imports no other folder
 * of the project, and folders import each other without cycles — except the pairs of entities
 * the ORM needs both ways (an entity and the entity it references back).
 */
const SRC = path.resolve(import.meta.dirname, '../src');

/**
 * The folder a file belongs to: `core`, `db`, `graphql`, `http`, `jobs`, `modules/<domain>`; a file
 * at the root (`app.ts`, `config.ts`, …) stands for itself.
 */
const folderOf = (file: string): string => {
  const rel = path.relative(SRC, file).split(path.sep);
  if (rel.length === 1) return rel[0]!;
  return rel[0] === 'modules' ? `modules/${rel[1]}` : rel[0]!;
};

/** Root files that every folder may use: they import nothing of the project's folders. */
const LEAVES = new Set(['clock.ts', 'config.ts', 'logger.ts']);

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return e.name === 'migrations' ? [] : sourceFiles(p);
    return e.name.endsWith('.ts') && !e.name.endsWith('.test.ts') ? [p] : [];
  });
}

interface Edge {
  from: string;
  to: string;
  file: string;
  entityOnly: boolean;
}

function edges(): Edge[] {
  const out: Edge[] = [];
  const spec = /(?:^|\n)\s*(?:import|export)\s[^'"]*?from\s*['"](\.{1,2}\/[^'"]+)['"]/g;
  for (const file of sourceFiles(SRC)) {
    const text = fs.readFileSync(file, 'utf8');
    for (const m of text.matchAll(spec)) {
      const target = path.resolve(path.dirname(file), m[1]!.replace(/\.js$/, '.ts'));
      const [from, to] = [folderOf(file), folderOf(target)];
      if (from === to) continue;
      out.push({
        from,
        to,
        file: path.relative(SRC, file),
        entityOnly: /\.entity\.ts$/.test(file) && /\.entity\.ts$/.test(target),
      });
    }
  }
  return out;
}

describe('architecture', () => {
  const all = edges();

  it('core imports no other folder of the project (only clock, config, logger; entity pairs aside)', () => {
    const bad = all.filter((e) => e.from === 'core' && !LEAVES.has(e.to) && !e.entityOnly);
    expect(bad.map((e) => `${e.file} → ${e.to}`)).toEqual([]);
  });

  it('clock, config and logger import no folder of the project', () => {
    expect(all.filter((e) => LEAVES.has(e.from) && !LEAVES.has(e.to)).map((e) => `${e.file} → ${e.to}`)).toEqual([]);
  });

  /** The cycles (strongly connected components larger than one node) of a folder graph. */
  const cyclesOf = (edgesOf: Edge[], node: (folder: string) => string): string[][] => {
    const graph = new Map<string, Set<string>>();
    for (const e of edgesOf) {
      const [from, to] = [node(e.from), node(e.to)];
      if (from === to) continue;
      if (!graph.has(from)) graph.set(from, new Set());
      graph.get(from)!.add(to);
    }
    // Tarjan's strongly connected components.
    let index = 0;
    const idx = new Map<string, number>();
    const low = new Map<string, number>();
    const stack: string[] = [];
    const on = new Set<string>();
    const cycles: string[][] = [];
    const visit = (v: string) => {
      idx.set(v, index);
      low.set(v, index++);
      stack.push(v);
      on.add(v);
      for (const w of graph.get(v) ?? []) {
        if (!idx.has(w)) {
          visit(w);
          low.set(v, Math.min(low.get(v)!, low.get(w)!));
        } else if (on.has(w)) low.set(v, Math.min(low.get(v)!, idx.get(w)!));
      }
      if (low.get(v) === idx.get(v)) {
        const comp: string[] = [];
        let w: string;
        do {
          w = stack.pop()!;
          on.delete(w);
          comp.push(w);
        } while (w !== v);
        if (comp.length > 1) cycles.push(comp.sort());
      }
    };
    for (const v of graph.keys()) if (!idx.has(v)) visit(v);
    return cycles;
  };
  const explain = (cycles: string[][], node: (folder: string) => string) =>
    cycles.map((c) =>
      [
        ...new Set(
          all
            .filter(
              (e) => !e.entityOnly && c.includes(node(e.from)) && c.includes(node(e.to)) && node(e.from) !== node(e.to),
            )
            .map((e) => `${node(e.from)} → ${node(e.to)} (${e.file})`),
        ),
      ].join('\n'),
    );

  it('the layers import each other without cycles: core ← db, http, jobs, graphql ← the app (modules as one)', () => {
    const layer = (f: string) => (f.startsWith('modules/') ? 'modules' : f);
    expect(
      explain(
        cyclesOf(
          all.filter((e) => !e.entityOnly),
          layer,
        ),
        layer,
      ),
    ).toEqual([]);
  });

  /**
   * Modules import each other in one direction (bottom to top): common, tenancy, mail, auth,
   * subscriptions, team, catalog, customers, inventory, vat, orders, invoicing, letzshop, alerts,
   * demo. A field one module adds to another's type lives with the data it reads; the outbox knows
   * attachments by reference. Type-only imports count; only entity-to-entity references (the ORM
   * needs both sides) are exempt.
   */
  it('the modules import each other without cycles', () => {
    const id = (f: string) => f;
    const between = all.filter((e) => !e.entityOnly && e.from.startsWith('modules/') && e.to.startsWith('modules/'));
    expect(explain(cyclesOf(between, id), id)).toEqual([]);
  });

  it('sees the imports between modules (the check above is not vacuous)', () => {
    const pairs = new Set(all.filter((e) => e.from.startsWith('modules/')).map((e) => `${e.from} → ${e.to}`));
    expect(pairs).toContain('modules/invoicing → modules/orders');
    expect(pairs).toContain('modules/orders → modules/customers');
  });
});
