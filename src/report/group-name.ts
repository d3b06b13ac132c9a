import { basename, extname } from 'node:path';

/**
 * The names a class's runs go by: each file's name without its folder and extension
 * ("group-a.json" → "group-a"), numbered where two would read the same.
 */
export function groupNames(files: readonly string[]): string[] {
  const names = files.map((f) => basename(f, extname(f)) || f);
  return names.map((name, i) => (names.filter((n) => n === name).length > 1 ? `${name} (${names.slice(0, i + 1).filter((n) => n === name).length})` : name));
}
