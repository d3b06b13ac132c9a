import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { DocumentKind } from './schema.js';

/**
 * The data of the package's own YAML files (world, actors, scenarios) as `SourceDocument.parse`
 * read them at build time, and what the schema of each kind the file is read as validated
 * it to, keyed by the SHA-256 of each file's text. Parsing YAML with positions, then
 * loading zod and validating, were most of what `wargame list` and `wargame run` spent
 * starting up; a file whose text still has the recorded hash parses to the recorded data
 * and validates to the recorded value (the schema is built by the same build), so those
 * serve, and its positions are parsed only if an issue must be located. A file edited
 * since the build (the hash differs) or a missing snapshot (running from src) is parsed
 * and validated as before.
 */
export interface YamlSnapshot {
  readonly format: typeof YAML_SNAPSHOT_FORMAT;
  /** Root-relative file name → the hash of its text, its parsed data and its validated value by kind. */
  readonly files: Readonly<Record<string, SnapshotEntry>>;
}

export interface SnapshotEntry {
  readonly sha256: string;
  readonly data: unknown;
  readonly valid?: Partial<Readonly<Record<DocumentKind, unknown>>>;
}

export const YAML_SNAPSHOT_FORMAT = 'wargame-yaml-snapshot/2';

/** Beside this module: dist/scenarios/ once built, where scripts/snapshot-yaml.mjs writes it. */
export const YAML_SNAPSHOT_URL = new URL('./yaml-snapshot.json', import.meta.url);

let snapshot: YamlSnapshot['files'] | undefined;

/** What was recorded of package file `file` when `text` is what was recorded; else undefined. */
export function snapshotEntry(file: string, text: string): SnapshotEntry | undefined {
  snapshot ??= readSnapshot();
  const entry = Object.hasOwn(snapshot, file) ? snapshot[file] : undefined;
  if (entry === undefined || entry.sha256 !== textHash(text)) return undefined;
  return entry;
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
