import { basename, extname } from 'node:path';

/**
 * The names a class's runs go by: the group each record names (`play --group`), or else
 * its file's name without folder and extension ("group-a.json" → "group-a"); numbered
 * where two would read the same.
 */
export function groupNames(runs: readonly { readonly file: string; readonly group?: string | undefined }[]): string[] {
  const names = runs.map(({ file, group }) => group ?? (basename(file, extname(file)) || file));
  return names.map((name, i) => (names.filter((n) => n === name).length > 1 ? `${name} (${names.slice(0, i + 1).filter((n) => n === name).length})` : name));
}
