import { Option } from 'commander';
import type { Scenario } from '../engine/scenario.js';
import { inertQuantities } from '../scenarios/inert-quantities.js';
import { parseOverrides, type Overrides } from '../scenarios/overrides.js';
import { shellWord } from '../text/shell-word.js';

/** `--set PATH=VALUE`, repeatable; the same option on every command that loads a scenario. */
export function setOption(): Option {
  return new Option('--set <PATH=VALUE>', 'override a number: initial.<quantity>, <actor>.<interest>, <actor>.rationality, decision.rationality, decision.lookahead or horizon (repeatable; `wargame paths <scenario>` lists them)')
    .argParser((value: string, previous: string[] | undefined) => [...(previous ?? []), value]);
}

/** The overrides a command line gave with `--set`; throws OverrideError for malformed ones. */
export function overridesOf(options: { readonly set?: readonly string[] | undefined }): Overrides {
  return parseOverrides(options.set ?? []);
}

/** ` --set PATH=VALUE` for each override, to repeat a command line in a hint (each quoted for the shell if it needs it). */
export function setArguments(overrides: Overrides): string {
  return Object.entries(overrides).map(([path, value]) => ` --set ${shellWord(`${path}=${value}`)}`).join('');
}

/**
 * A warning for each `--set initial.<quantity>` that nothing in the scenario reads, so an
 * override that cannot change a result says so instead of passing silently.
 */
export function inertSetWarnings(scenario: Scenario, overrides: Overrides): string[] {
  const inert = new Set(inertQuantities(scenario).map((q) => q.id));
  return Object.keys(overrides)
    .filter((path) => path.startsWith('initial.') && inert.has(path.slice('initial.'.length)))
    .map((path) => `warning: --set ${path} changes nothing: no interest, precondition, probability or outcome of '${scenario.id}' reads it, directly or through an effect\n`);
}
