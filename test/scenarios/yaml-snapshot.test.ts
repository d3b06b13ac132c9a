import { existsSync, readFileSync } from 'node:fs';
import type { ZodType } from 'zod';
import { describe, expect, it } from 'vitest';
import { packageFile } from '../../src/scenarios/package-files.js';
import { DOCUMENT_KINDS, type DocumentKind } from '../../src/scenarios/schema.js';
import { validate } from '../../src/scenarios/schema-issues.js';
import { SourceDocument } from '../../src/scenarios/source-document.js';
import { textHash, YAML_SNAPSHOT_FORMAT, type YamlSnapshot } from '../../src/scenarios/yaml-snapshot.js';

const TEXT = `\uFEFFid: demo
actors:
  - id: iran
    weight: 2.5
    expression: "oil_price + 1"
  - id: usa
    note: |
      folded text
`;

const parsed = (text: string, file: string): SourceDocument => {
  const result = SourceDocument.parse(text, file);
  if (!result.ok) throw new Error(result.issues[0]!.message);
  return result.document;
};

describe('SourceDocument.known', () => {
  it('locates every path, key and offset exactly where the fully parsed document does', () => {
    const full = parsed(TEXT, 'demo.yaml');
    const known = SourceDocument.known(TEXT, 'demo.yaml', full.data);
    expect(known.data).toBe(full.data);
    const paths: [path: (string | number)[], options?: { key?: string; offset?: number }][] = [
      [[]],
      [['id']],
      [['actors', 0, 'weight']],
      [['actors', 0, 'expression'], { offset: 4 }],
      [['actors', 1], { key: 'note' }],
      [['actors', 1, 'note'], { offset: 3 }],
      [['actors', 7, 'missing']],
    ];
    for (const [path, options] of paths) expect(known.locate(path, options)).toEqual(full.locate(path, options));
  });
});

// The snapshot the build writes beside the built code (scripts/snapshot-yaml.mjs).
const SNAPSHOT = packageFile('dist/scenarios/yaml-snapshot.json');

describe.runIf(existsSync(SNAPSHOT))('the built YAML snapshot', () => {
  const snapshot = JSON.parse(readFileSync(SNAPSHOT, 'utf8')) as YamlSnapshot;

  it('records the world, every actor and every scenario', () => {
    expect(snapshot.format).toBe(YAML_SNAPSHOT_FORMAT);
    expect(Object.keys(snapshot.files)).toEqual(expect.arrayContaining(['src/world/world.yaml', 'src/actors/iran.yaml', 'src/scenarios/hormuz.yaml']));
  });

  it('holds, for each file whose text is unchanged since the build, exactly the data parsing gives', () => {
    for (const [file, entry] of Object.entries(snapshot.files)) {
      const text = readFileSync(packageFile(file), 'utf8');
      if (textHash(text) !== entry.sha256) continue; // edited since the build: parsed again at run time
      expect(entry.data, file).toEqual(parsed(text, file).data);
    }
  });

  it('holds, for each unchanged file, the value each kind it is read as validates to, so zod need not run', () => {
    let values = 0;
    for (const [file, entry] of Object.entries(snapshot.files)) {
      const text = readFileSync(packageFile(file), 'utf8');
      if (textHash(text) !== entry.sha256) continue;
      for (const [kind, value] of Object.entries(entry.valid ?? {})) {
        const schema: ZodType = DOCUMENT_KINDS[kind as DocumentKind]();
        const result = validate(schema, parsed(text, file).data);
        expect(result.ok && result.value, `${file} as ${kind}`).toEqual(value);
        values++;
      }
    }
    expect(values).toBeGreaterThanOrEqual(13); // the world, seven actors, five scenarios
  });
});
