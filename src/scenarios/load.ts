import { readFileSync, statSync } from 'node:fs';
import type { Scenario } from '../engine/scenario.js';
import { didYouMean } from '../text/did-you-mean.js';
import { UnknownScenarioError } from '../errors/input-error.js';
import { builtInLibrary } from './library-files.js';
import { packageFile, packageFolder, packageRelative, SCENARIOS_FOLDER } from './package-files.js';
import { applyOverrides, type Overrides } from './overrides.js';
import { resolveScenarioText } from './parse-scenario.js';
import type { ResolvedScenario } from './resolved-scenario.js';
import { readInput } from './read-input.js';
import { ScenarioError } from './scenario-error.js';
import { MAX_DOCUMENT_BYTES } from './source-document.js';

/** Ids of the scenarios that ship with wargame, sorted. */
export function builtInScenarioIds(): string[] {
  return packageFolder(SCENARIOS_FOLDER, '.yaml').map((name) => name.replace(/\.yaml$/, ''));
}

/**
 * Loads a built-in scenario by id, or a scenario file by path, with any overrides
 * (`{ 'iran.rationality': 2 }`, see `Overrides`): `loadResolvedScenario`, then compiled.
 * Throws ScenarioError for an invalid scenario, OverrideError for an override it cannot
 * take, InputError when the file cannot be read, UnknownScenarioError for a name that is
 * neither. For many variants of one scenario, compile once and use `withOverrides`.
 */
export function loadScenario(idOrPath: string, overrides: Overrides = {}): Scenario {
  const resolved = loadResolvedScenario(idOrPath);
  return resolved.compile(applyOverrides(resolved.spec, overrides));
}

/**
 * A built-in scenario or scenario file read and resolved to a spec, not yet compiled,
 * with a `compile` that places any problem in the file: what `loadScenario` compiles, what
 * an experiment or a batch sends its worker threads, what `list` reads titles from.
 */
export function loadResolvedScenario(idOrPath: string): ResolvedScenario {
  const { file, text } = readScenario(idOrPath);
  return resolveScenarioText(text, file, builtInLibrary());
}

/** @deprecated the old name of `loadResolvedScenario`, which returns a ResolvedScenario, not a spec. */
export const loadScenarioSpec = loadResolvedScenario;

/** Compiles scenario YAML text against the built-in library, with any overrides; `file` names it in errors. */
export function parseScenarioText(text: string, file = '<scenario>', overrides: Overrides = {}): Scenario {
  const resolved = resolveScenarioText(text, file, builtInLibrary());
  return resolved.compile(applyOverrides(resolved.spec, overrides));
}

/** The file a scenario name reads: a built-in id's file in the package, or the path as given. */
export function scenarioFile(idOrPath: string): string {
  return builtInScenarioIds().includes(idOrPath) ? packageFile(SCENARIOS_FOLDER, `${idOrPath}.yaml`) : idOrPath;
}

function readScenario(idOrPath: string): { file: string; text: string } {
  if (builtInScenarioIds().includes(idOrPath)) {
    const path = scenarioFile(idOrPath);
    return { file: packageRelative(path), text: readFileSync(path, 'utf8') };
  }
  if (!/[/\\]|\.ya?ml$/i.test(idOrPath)) {
    const ids = builtInScenarioIds();
    throw new UnknownScenarioError(
      `no built-in scenario '${idOrPath}'${didYouMean(idOrPath, ids)}; built-in scenarios are ${ids.join(', ')}; a path to a scenario file works too${isFile(idOrPath) ? ` (a name without a / that does not end in .yaml or .yml is taken for a built-in: write ./${idOrPath} for the file)` : ''}`,
    );
  }
  return { file: idOrPath, text: readScenarioFile(idOrPath) };
}

function isFile(path: string): boolean {
  return statSync(path, { throwIfNoEntry: false })?.isFile() ?? false;
}

function readScenarioFile(path: string): string {
  const tooLarge = (size: string): Error =>
    new ScenarioError([{ where: `${path}:1:1`, message: `file is ${size}; the limit is ${MAX_DOCUMENT_BYTES}` }]);
  return readInput(path, MAX_DOCUMENT_BYTES, tooLarge);
}
