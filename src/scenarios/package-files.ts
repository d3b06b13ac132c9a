import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join, relative } from 'node:path';

// This file sits two levels below the package root both as source (src/scenarios) and
// built (dist/scenarios), so the same relative URL finds the data files from either.
const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** Absolute path of a file shipped with the package, from a root-relative path. */
export function packageFile(...segments: string[]): string {
  return join(ROOT, ...segments);
}

/** Root-relative path, as built-in files are named in error messages. */
export function packageRelative(path: string): string {
  return relative(ROOT, path);
}

/** File names in a package folder with the given extension, sorted. */
export function packageFolder(folder: string, extension: string): string[] {
  return readdirSync(packageFile(folder))
    .filter((name) => name.endsWith(extension))
    .sort();
}

export const WORLD_FILE = 'src/world/world.yaml';
export const ACTORS_FOLDER = 'src/actors';
export const SCENARIOS_FOLDER = 'src/scenarios';
export const ARTICLES_FOLDER = 'sources/articles';
