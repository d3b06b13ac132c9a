import { Command } from 'commander';
import { scenarioHeader } from '../../records/scenario-header.js';
import { loadResolvedScenario } from '../../scenarios/load.js';
import { applyOverrides, overrideKeys, type OverrideKey } from '../../scenarios/overrides.js';
import type { CliIo } from '../cli-io.js';
import { overridesOf, setOption } from '../set-option.js';

/**
 * `wargame paths <scenario>`: every number `--set` and `--vary` can change in a scenario,
 * with its value as the scenario stands (after any `--set`), the values it accepts and what
 * it is. The list is the one the overrides themselves check against (`overrideKeys`).
 */
export function pathsCommand(io: CliIo): Command {
  return new Command('paths')
    .description('every PATH that --set and --vary take in a scenario: its value, range and what it is')
    .argument('<scenario>', 'a built-in scenario id or a path to a scenario file')
    .option('--json', 'print JSON instead of text')
    .addOption(setOption())
    .action((name: string, options: { json?: boolean; set?: string[] }) => {
      const resolved = loadResolvedScenario(name);
      const overrides = overridesOf(options);
      const spec = applyOverrides(resolved.spec, overrides);
      const keys = overrideKeys(spec);
      if (options.json) {
        const scenario = scenarioHeader(resolved.compile(spec));
        io.stdout.write(`${JSON.stringify({ format: 'wargame-paths/1', scenario, overrides, paths: keys }, null, 2)}\n`);
        return;
      }
      io.stdout.write(formatPaths(spec.title, spec.id, keys));
    });
}

/** A table of the paths, grouped by what they belong to: settings, starting values, then each actor. */
function formatPaths(title: string, id: string, keys: readonly OverrideKey[]): string {
  const values = keys.map((k) => shown(k.value));
  const ranges = keys.map((k) => `${shown(k.min)}–${shown(k.max)}${k.integer ? ', whole' : ''}`);
  const widths = [
    Math.max('path'.length, ...keys.map((k) => k.path.length)),
    Math.max('value'.length, ...values.map((v) => v.length)),
    Math.max('range'.length, ...ranges.map((r) => r.length)),
  ] as const;
  const row = (path: string, value: string, range: string, meaning: string): string =>
    `${path.padEnd(widths[0])}  ${value.padStart(widths[1])}  ${range.padEnd(widths[2])}  ${meaning}`.trimEnd();
  const lines = [title, `${id} · ${keys.length} paths for --set PATH=VALUE and --vary PATH=…`, '', row('path', 'value', 'range', 'what it is')];
  let group: string | undefined;
  keys.forEach((key, i) => {
    const head = groupOf(key.path);
    if (group !== undefined && head !== group) lines.push('');
    group = head;
    lines.push(row(key.path, values[i]!, ranges[i]!, key.meaning));
  });
  return `${lines.join('\n')}\n`;
}

/** Settings share a group; starting values another; each actor its own. */
function groupOf(path: string): string {
  if (path === 'horizon' || path.startsWith('decision.')) return 'settings';
  return path.slice(0, path.indexOf('.'));
}

/** A number as typed on a command line: no exponent for the ranges scenarios use, -0 as 0. */
function shown(x: number): string {
  return String(+x.toPrecision(12) || 0);
}
