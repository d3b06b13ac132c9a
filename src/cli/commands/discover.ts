import { Command, InvalidArgumentError } from 'commander';
import { discover } from '../../discovery/discover.js';
import { parseRuns } from '../../discovery/parse-runs.js';
import { InputError } from '../../errors/input-error.js';
import { readInput } from '../../scenarios/read-input.js';
import type { CliIo } from '../cli-io.js';
import { formatDiscovery } from '../format/discovery-text.js';
import { UsageError } from '../usage-error.js';
import { parseWholeNumber } from '../whole-number.js';

/** A rows file can be large: a million runs of a built-in scenario are about 200 MB of CSV. */
const MAX_ROWS_BYTES = 512 * 1024 * 1024;

/** The library's option names, as the command line spells them, for its messages. */
const OPTION_NAMES = { peelAlpha: '--peel-alpha', pasteAlpha: '--paste-alpha', minMass: '--min-mass', maxDepth: '--depth', minLeaf: '--min-leaf', 'step ': '--step ' };

interface DiscoverCommandOptions {
  outcome: string;
  threshold: number;
  below?: boolean;
  inputs?: string;
  peelAlpha: number;
  pasteAlpha: number;
  minMass: number;
  objective: 'lenient1' | 'original';
  boxes: number;
  step?: number[];
  depth: number;
  minLeaf?: number;
  json?: boolean;
}

export function discoverCommand(io: CliIo): Command {
  return new Command('discover')
    .description('under which inputs does an outcome happen? PRIM boxes, CART rules and input scores over the rows of wargame explore')
    .argument('<rows>', 'per-run rows: a .csv or .jsonl file from wargame explore (or batch)')
    .requiredOption('--outcome <column>', 'the column of interest: an outcome, a <outcome>_turn or a quantity')
    .option('--threshold <x>', 'a run is a case when the column is above this', parseNumber, 0.5)
    .option('--below', 'a case is at or below the threshold instead')
    .option('--inputs <a,b,…>', 'the input columns (default: the columns before run, which explore writes)')
    .option('--peel-alpha <share>', "PRIM: share of a box's runs each peel removes", parseNumber, 0.05)
    .option('--paste-alpha <share>', "PRIM: share of a box's runs each paste adds", parseNumber, 0.05)
    .option('--min-mass <share>', 'PRIM: the smallest box, as a share of the runs', parseNumber, 0.05)
    .option('--objective <kind>', 'PRIM: lenient1 (gain in density per run removed) or original (density)', parseObjective, 'lenient1')
    .option('--boxes <n>', 'PRIM: boxes to find by covering', parseWhole, 1)
    .option('--step <n>', "PRIM: the trajectory's step to choose, one per box in order (default: best F-score)", (v: string, previous: number[] | undefined) => [...(previous ?? []), parseWhole0(v)])
    .option('--depth <n>', 'CART: depth of the tree', parseWhole, 3)
    .option('--min-leaf <n>', 'CART: fewest runs in a leaf (default: 1% of the runs)', parseWhole)
    .option('--json', 'print the whole result as JSON (wargame report makes a page of it)')
    .action((file: string, options: DiscoverCommandOptions) => {
      const text = readInput(file, MAX_ROWS_BYTES, (size) => new InputError(`${file}: ${size} is more than a rows file can be (${MAX_ROWS_BYTES} bytes)`));
      const runs = parseRuns(text, file);
      for (const name of runs.repeated) io.stderr.write(`warning: ${file} names the column '${name}' twice; the first is read\n`);
      const inputs = options.inputs === undefined ? defaultInputs(runs.columns, file) : options.inputs.split(',').map((s) => s.trim());
      for (const input of inputs) if (!runs.columns.includes(input)) throw new UsageError(`--inputs: ${file} has no column '${input}'`);
      if (!runs.columns.includes(options.outcome)) throw new UsageError(`--outcome ${options.outcome}: ${file} has no such column (it has ${runs.columns.filter((c) => !inputs.includes(c)).slice(0, 12).join(', ')}, …)`);
      let result;
      try {
        result = discover(runs.rows, {
          inputs,
          outcome: options.outcome,
          threshold: options.threshold,
          below: options.below ?? false,
          peelAlpha: options.peelAlpha,
          pasteAlpha: options.pasteAlpha,
          minMass: options.minMass,
          objective: options.objective,
          boxes: options.boxes,
          steps: options.step,
          maxDepth: options.depth,
          minLeaf: options.minLeaf,
        });
      } catch (error) {
        // Bad option values and inputs without a value in some run are the user's to fix.
        if (error instanceof RangeError) throw new UsageError(Object.entries(OPTION_NAMES).reduce((m, [name, option]) => m.replace(name, option), error.message));
        throw error;
      }
      io.stdout.write(options.json ? `${JSON.stringify({ ...result, file }, null, 2)}\n` : formatDiscovery(result, file));
    });
}

function defaultInputs(columns: readonly string[], file: string): string[] {
  const run = columns.indexOf('run');
  if (run <= 0) throw new UsageError(`${file} has no input columns before 'run' (rows of wargame explore have them): name them with --inputs a,b,…`);
  return columns.slice(0, run);
}

function parseNumber(value: string): number {
  const n = Number(value);
  if (value.trim() === '' || !Number.isFinite(n)) throw new InvalidArgumentError('expected a number');
  return n;
}

function parseWhole(value: string): number {
  const n = parseWholeNumber(value);
  if (n === undefined || n < 1) throw new InvalidArgumentError('expected a whole number ≥ 1');
  return n;
}

function parseWhole0(value: string): number {
  const n = parseWholeNumber(value);
  if (n === undefined) throw new InvalidArgumentError('expected a whole number ≥ 0');
  return n;
}

function parseObjective(value: string): 'lenient1' | 'original' {
  if (value !== 'lenient1' && value !== 'original') throw new InvalidArgumentError('the objective is lenient1 or original');
  return value;
}
