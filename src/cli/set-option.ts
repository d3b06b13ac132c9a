import { Option } from 'commander';
import { parseOverrides, type Overrides } from '../scenarios/overrides.js';

/** `--set PATH=VALUE`, repeatable; the same option on every command that loads a scenario. */
export function setOption(): Option {
  return new Option('--set <PATH=VALUE>', 'override a number: initial.<quantity>, <actor>.<interest>, <actor>.rationality, decision.rationality, decision.lookahead or horizon (repeatable; `wargame actors` lists the paths)')
    .argParser((value: string, previous: string[] | undefined) => [...(previous ?? []), value]);
}

/** The overrides a command line gave with `--set`; throws OverrideError for malformed ones. */
export function overridesOf(options: { readonly set?: readonly string[] | undefined }): Overrides {
  return parseOverrides(options.set ?? []);
}

/** ` --set PATH=VALUE` for each override, to repeat a command line in a hint. */
export function setArguments(overrides: Overrides): string {
  return Object.entries(overrides).map(([path, value]) => ` --set ${path}=${value}`).join('');
}
