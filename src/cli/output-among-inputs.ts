import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import { shown } from '../text/shown-text.js';
import { UsageError } from './usage-error.js';

/**
 * Refuses an output that is also one of the command's inputs (`report in.json -o in.json`),
 * however it is spelt (`./in.json`, a link): the output would replace what it was made
 * from. A caller whose input is a scenario name gives its file (`scenarioFile`): a
 * built-in id's file in the package.
 */
export function refuseOutputAmongInputs(option: string, output: string, inputs: readonly string[]): void {
  const out = fileIdentity(output);
  if (out === undefined) return;
  for (const input of inputs) {
    const identity = fileIdentity(input);
    if (identity !== undefined && identity.dev === out.dev && identity.ino === out.ino) {
      throw new UsageError(`${option} ${shown(output)}: that is also an input (${shown(input)}), which writing there would destroy; name another file`);
    }
  }
}

/**
 * Refuses two outputs of one command that are the same file (`--out a.csv --out-means
 * a.csv`), whether or not it exists yet: the second would replace the first.
 */
export function refuseOutputTwice(option: string, output: string, otherOption: string, other: string): void {
  const identity = fileIdentity(output);
  const otherIdentity = fileIdentity(other);
  const same = resolve(output) === resolve(other) || (identity !== undefined && otherIdentity !== undefined && identity.dev === otherIdentity.dev && identity.ino === otherIdentity.ino);
  if (same) throw new UsageError(`${option} ${shown(output)}: the same file as ${otherOption}`);
}

function fileIdentity(path: string): { dev: number; ino: number } | undefined {
  try {
    const stats = statSync(path);
    return stats.isFile() ? { dev: stats.dev, ino: stats.ino } : undefined;
  } catch {
    return undefined;
  }
}
