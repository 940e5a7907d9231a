import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// The package must stay pure: no file system, network or environment access at run time, and it
// never reads the repo's shared/ folder (data is bundled in src/data/vat-rates.generated.ts).
const srcDir = join(import.meta.dirname, '..', 'src');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sourceFiles(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
  );
}

describe('purity', () => {
  it.each(sourceFiles(srcDir).map((f) => [f.slice(srcDir.length + 1), f]))('%s has no I/O', (_name, file) => {
    const text = readFileSync(file, 'utf8');
    expect(text).not.toMatch(/from ['"](node:)?(fs|fs\/promises|http|https|net|child_process|path)['"]/);
    expect(text).not.toMatch(/\bfetch\s*\(/);
    expect(text).not.toMatch(/process\.env/);
    expect(text).not.toMatch(/from ['"][^'"]*shared/);
    expect(text).not.toMatch(/import\s*\(/);
    expect(text).not.toMatch(/\.json['"]/);
  });
});
