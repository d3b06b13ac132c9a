import { readFileSync, statSync } from 'node:fs';
import type { Scenario } from '../engine/scenario.js';
import { InputError } from './input-error.js';
import { builtInLibrary } from './library-files.js';
import { packageFile, packageFolder, packageRelative, SCENARIOS_FOLDER } from './package-files.js';
import { parseScenario } from './parse-scenario.js';
import { ScenarioError } from './scenario-error.js';
import { MAX_DOCUMENT_BYTES } from './source-document.js';

/** Ids of the scenarios that ship with wargame, sorted. */
export function builtInScenarioIds(): string[] {
  return packageFolder(SCENARIOS_FOLDER, '.yaml').map((name) => name.replace(/\.yaml$/, ''));
}

/**
 * Loads a built-in scenario by id, or a scenario file by path. Throws ScenarioError for
 * an invalid scenario, InputError when the file cannot be read.
 */
export function loadScenario(idOrPath: string): Scenario {
  if (builtInScenarioIds().includes(idOrPath)) {
    const path = packageFile(SCENARIOS_FOLDER, `${idOrPath}.yaml`);
    return parseScenario(readFileSync(path, 'utf8'), packageRelative(path), builtInLibrary());
  }
  if (!/[/\\]|\.ya?ml$/i.test(idOrPath)) {
    throw new InputError(
      `no scenario '${idOrPath}': built-in scenarios are ${builtInScenarioIds().join(', ')}; a file path works too`,
    );
  }
  return loadScenarioFile(idOrPath);
}

/** Loads and compiles a scenario file; errors are reported against `path` as given. */
export function loadScenarioFile(path: string): Scenario {
  return parseScenario(readInput(path), path, builtInLibrary());
}

/** Compiles scenario YAML text against the built-in library; `file` names it in errors. */
export function parseScenarioText(text: string, file = '<scenario>'): Scenario {
  return parseScenario(text, file, builtInLibrary());
}

/** Reads a user's input file as UTF-8, refusing what is missing, a folder, or too large. */
export function readInput(path: string): string {
  let size: number;
  try {
    const stat = statSync(path);
    if (stat.isDirectory()) throw new InputError(`${path} is a folder, not a file`);
    size = stat.size;
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new InputError(`cannot read ${path}: no such file`);
  }
  if (size > MAX_DOCUMENT_BYTES) {
    throw new ScenarioError([{ where: `${path}:1:1`, message: `file is ${size} bytes; the limit is ${MAX_DOCUMENT_BYTES}` }]);
  }
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    throw new InputError(`cannot read ${path}: ${(error as NodeJS.ErrnoException).code ?? 'unreadable'}`);
  }
}
