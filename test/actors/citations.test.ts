import { readdirSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';

// Read straight from the files, independently of the loader, so this checks the data
// rather than the code that also checks it.
const root = new URL('../../', import.meta.url);
const articles = new Map(
  readdirSync(new URL('sources/articles/', root)).map((name) => [name, readFileSync(new URL(`sources/articles/${name}`, root), 'utf8')]),
);
const yamlFiles = ['src/world/', 'src/actors/', 'src/scenarios/'].flatMap((dir) =>
  readdirSync(new URL(dir, root))
    .filter((name) => name.endsWith('.yaml'))
    .map((name) => `${dir}${name}`),
);

interface Found {
  file: string;
  path: string;
  article: unknown;
  quote: unknown;
}

/** Every `citation`-shaped object ({article, quote}) anywhere in a document. */
function citations(value: unknown, file: string, path = ''): Found[] {
  if (Array.isArray(value)) return value.flatMap((v, i) => citations(v, file, `${path}[${i}]`));
  if (value === null || typeof value !== 'object') return [];
  const record = value as Record<string, unknown>;
  const here = 'article' in record && 'quote' in record ? [{ file, path, article: record['article'], quote: record['quote'] }] : [];
  return [...here, ...Object.entries(record).flatMap(([k, v]) => citations(v, file, path ? `${path}.${k}` : k))];
}

const all = yamlFiles.flatMap((file) => citations(parse(readFileSync(new URL(file, root), 'utf8')), file));

describe('citations in the built-in world, actors and scenarios', () => {
  it('are many: every interest, action and relation has one', () => {
    expect(all.length).toBeGreaterThan(120);
  });

  it.each(all.map((c) => [`${c.file} ${c.path}`, c] as const))('%s quotes its article verbatim', (_, c) => {
    expect(articles.has(String(c.article))).toBe(true);
    expect(articles.get(String(c.article))).toContain(String(c.quote));
  });
});

describe('every actor', () => {
  const actors = yamlFiles
    .filter((f) => f.startsWith('src/actors/'))
    .map((file) => ({ file, actor: parse(readFileSync(new URL(file, root), 'utf8')) as Record<string, unknown> }));

  it('lives in a file named after its id', () => {
    for (const { file, actor } of actors) expect(file).toBe(`src/actors/${String(actor['id'])}.yaml`);
  });

  it.each(actors.map((a) => [a.file, a.actor] as const))('%s cites a passage for each interest and action', (_, actor) => {
    for (const item of [...(actor['interests'] as object[]), ...(actor['actions'] as object[])]) {
      expect(item).toHaveProperty('citation.article');
      expect(item).toHaveProperty('citation.quote');
    }
    for (const interest of actor['interests'] as Record<string, unknown>[]) expect(String(interest['rationale']).length).toBeGreaterThan(20);
  });

  it('are the seven the project models', () => {
    expect(actors.map((a) => a.actor['id']).sort()).toEqual(['china', 'gulf', 'iran', 'israel', 'north_korea', 'russia', 'usa']);
  });
});
