import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';

/**
 * The data of the package's own YAML files (world, actors, scenarios) as `SourceDocument.parse`
 * read them at build time, keyed by the SHA-256 of each file's text. Parsing YAML with
 * positions is most of what `wargame list` and `wargame run` spent starting up; a file whose
 * text still has the recorded hash parses to the recorded data, so that data serves, and
 * its positions are parsed only if an issue must be located. A file edited since the build
 * (the hash differs) or a missing snapshot (running from src) is parsed as before. The
 * schema still validates every file on every start.
 */
export interface YamlSnapshot {
  readonly format: typeof YAML_SNAPSHOT_FORMAT;
  /** Root-relative file name → the hash of its text and its parsed data. */
  readonly files: Readonly<Record<string, { readonly sha256: string; readonly data: unknown }>>;
}

export const YAML_SNAPSHOT_FORMAT = 'wargame-yaml-snapshot/1';

/** Beside this module: dist/scenarios/ once built, where scripts/snapshot-yaml.mjs writes it. */
export const YAML_SNAPSHOT_URL = new URL('./yaml-snapshot.json', import.meta.url);

let snapshot: YamlSnapshot['files'] | undefined;

/** The recorded data of package file `file` when `text` is what was recorded; else undefined. */
export function snapshotData(file: string, text: string): unknown {
  snapshot ??= readSnapshot();
  const entry = Object.hasOwn(snapshot, file) ? snapshot[file] : undefined;
  if (entry === undefined || entry.sha256 !== textHash(text)) return undefined;
  return entry.data;
}

export function textHash(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

function readSnapshot(): YamlSnapshot['files'] {
  try {
    const parsed = JSON.parse(readFileSync(YAML_SNAPSHOT_URL, 'utf8')) as Partial<YamlSnapshot>;
    return parsed.format === YAML_SNAPSHOT_FORMAT && typeof parsed.files === 'object' && parsed.files !== null ? parsed.files : {};
  } catch {
    return {}; // none beside the source files, or unreadable: parse every file
  }
}
