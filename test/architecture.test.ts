import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// The layers of docs/ARCHITECTURE.md, checked against the imports of src/: each folder and
// the folders it may import. A folder may import those below it, never one above, so an
// arrow never runs back up (the engine does not build records; records depend on the engine).
const MAY_IMPORT: Readonly<Record<string, readonly string[]>> = {
  errors: [],
  text: ['errors'],
  world: [],
  engine: ['errors', 'text'],
  scenarios: ['engine', 'errors', 'text'],
  output: ['errors', 'text'],
  records: ['engine', 'scenarios', 'output', 'errors', 'text'],
  batch: ['engine', 'scenarios', 'records', 'errors', 'text'],
  experiments: ['batch', 'engine', 'scenarios', 'records', 'errors', 'text'],
  ledger: ['experiments', 'batch', 'engine', 'scenarios', 'records', 'errors', 'text'],
  discovery: ['experiments', 'batch', 'engine', 'scenarios', 'records', 'errors', 'text'],
  classroom: ['records', 'engine', 'scenarios', 'errors', 'text'],
  testing: ['batch', 'engine', 'scenarios', 'records', 'errors', 'text'],
  presentation: ['batch', 'engine', 'scenarios', 'records', 'world', 'text'],
  report: ['presentation', 'batch', 'experiments', 'engine', 'scenarios', 'records', 'output', 'world', 'errors', 'text'],
  brief: ['report', 'presentation', 'engine', 'scenarios', 'records', 'world', 'text'],
  cli: ['classroom', 'discovery', 'brief', 'report', 'presentation', 'testing', 'ledger', 'experiments', 'batch', 'records', 'output', 'scenarios', 'engine', 'world', 'errors', 'text'],
};

const src = fileURLToPath(new URL('../src/', import.meta.url));

function sourceFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

/** Every import of a file: relative ones as the top folder of src/ they reach, packages as written. */
function importsOf(file: string): { folders: string[]; packages: string[] } {
  const text = readFileSync(file, 'utf8');
  const specifiers = [...text.matchAll(/(?:from\s*|import\s*\(\s*)['"]([^'"]+)['"]/g)].map((m) => m[1]!);
  const folders = specifiers
    .filter((s) => s.startsWith('.'))
    .map((s) => relative(src, normalize(join(dirname(file), s))).split('/')[0]!)
    .filter((folder) => !folder.endsWith('.js'));
  return { folders, packages: specifiers.filter((s) => !s.startsWith('.')) };
}

const files = sourceFiles(src).filter((file) => relative(src, file).includes('/'));
const folderOf = (file: string): string => relative(src, file).split('/')[0]!;

describe('the layers of src/', () => {
  it('names every folder of src/', () => {
    const folders = [...new Set(files.map(folderOf))].sort();
    expect(folders).toEqual(Object.keys(MAY_IMPORT).sort());
  });

  it.each(Object.keys(MAY_IMPORT))('%s imports only the folders below it', (folder) => {
    const wrong = files
      .filter((file) => folderOf(file) === folder)
      .flatMap((file) => importsOf(file).folders.filter((to) => to !== folder && !MAY_IMPORT[folder]!.includes(to)).map((to) => `${relative(src, file)} → ${to}`));
    expect(wrong).toEqual([]);
  });

  it('has no cycle between folders: the allowed imports are an order', () => {
    const visiting = new Set<string>();
    const done = new Set<string>();
    const visit = (folder: string): void => {
      if (done.has(folder)) return;
      expect(visiting.has(folder), `a cycle through ${folder}`).toBe(false);
      visiting.add(folder);
      for (const to of MAY_IMPORT[folder]!) visit(to);
      visiting.delete(folder);
      done.add(folder);
    };
    for (const folder of Object.keys(MAY_IMPORT)) visit(folder);
  });

  it('keeps the engine pure: no files, clocks, terminals or workers, only its parser and its generator', () => {
    const engine = files.filter((file) => folderOf(file) === 'engine');
    const packages = new Set(engine.flatMap((file) => importsOf(file).packages));
    // node:module only to load mathjs's single-file bundle (mathjs-parser.ts).
    expect([...packages].sort()).toEqual(['mathjs', 'node:module', 'seedrandom']);
    const clocks = engine.filter((file) => /\b(Date\.now|new Date\(|performance\.now|Math\.random)\b/.test(readFileSync(file, 'utf8')));
    expect(clocks.map((file) => relative(src, file))).toEqual([]);
  });
});
