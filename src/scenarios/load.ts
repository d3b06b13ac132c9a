import { readFileSync, statSync } from 'node:fs';
import type { Scenario } from '../engine/scenario.js';
import { didYouMean } from '../text/did-you-mean.js';
import { describeFileError } from '../text/file-error.js';
import { InputError, UnknownScenarioError } from './input-error.js';
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
 * an invalid scenario, InputError when the file cannot be read, UnknownScenarioError for
 * a name that is neither.
 */
export function loadScenario(idOrPath: string): Scenario {
  if (builtInScenarioIds().includes(idOrPath)) {
    const path = packageFile(SCENARIOS_FOLDER, `${idOrPath}.yaml`);
    return parseScenario(readFileSync(path, 'utf8'), packageRelative(path), builtInLibrary());
  }
  if (!/[/\\]|\.ya?ml$/i.test(idOrPath)) {
    const ids = builtInScenarioIds();
    throw new UnknownScenarioError(
      `no built-in scenario '${idOrPath}'${didYouMean(idOrPath, ids)}; built-in scenarios are ${ids.join(', ')}; a path to a scenario file works too`,
    );
  }
  return loadScenarioFile(idOrPath);
}

/** Loads and compiles a scenario file; errors are reported against `path` as given. */
export function loadScenarioFile(path: string): Scenario {
  const tooLarge = (size: number): Error =>
    new ScenarioError([{ where: `${path}:1:1`, message: `file is ${size} bytes; the limit is ${MAX_DOCUMENT_BYTES}` }]);
  return parseScenario(readInput(path, MAX_DOCUMENT_BYTES, tooLarge), path, builtInLibrary());
}

/** Compiles scenario YAML text against the built-in library; `file` names it in errors. */
export function parseScenarioText(text: string, file = '<scenario>'): Scenario {
  return parseScenario(text, file, builtInLibrary());
}

/**
 * Reads a user's input file as UTF-8. A missing, unreadable or folder path is an
 * InputError; a file over `maxBytes` is refused, unread, with the error `tooLarge` makes.
 */
export function readInput(path: string, maxBytes: number, tooLarge: (size: number) => Error): string {
  let size: number;
  try {
    const stat = statSync(path);
    if (stat.isDirectory()) throw new InputError(`${path} is a folder, not a file`);
    size = stat.size;
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new InputError(`cannot read ${path}: ${describeFileError(error, 'file')}`);
  }
  if (size > maxBytes) throw tooLarge(size);
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    throw new InputError(`cannot read ${path}: ${describeFileError(error, 'file')}`);
  }
}
