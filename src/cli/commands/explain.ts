import { Command, InvalidArgumentError } from 'commander';
import { decisionMargin } from '../../experiments/decision-margin.js';
import { loadScenario } from '../../scenarios/load.js';
import type { CliIo } from '../cli-io.js';
import { formatDecisionMargin } from '../format/decision-margin.js';
import { DEFAULT_SEED, parseSeed } from '../options.js';
import { overridesOf, setOption } from '../set-option.js';
import { UsageError } from '../usage-error.js';
import { parseWholeNumber } from '../whole-number.js';

export function explainCommand(io: CliIo): Command {
  return new Command('explain')
    .description("one decision's margin: the choice against each rival, term by term, and the weights at which another option would win")
    .argument('<scenario>', 'a built-in scenario id or a path to a scenario file')
    .requiredOption('--turn <n>', 'the turn to explain (from 1)', parseTurn)
    .option('--seed <n>', 'seed of the run', parseSeed, DEFAULT_SEED)
    .option('--json', 'print JSON')
    .addOption(setOption())
    .action((name: string, options: { turn: number; seed: number; json?: boolean; set?: string[] }) => {
      const scenario = loadScenario(name, overridesOf(options));
      if (options.turn > scenario.settings.horizon) {
        throw new UsageError(`--turn ${options.turn}: '${scenario.id}' has ${scenario.settings.horizon} turns`);
      }
      const margin = decisionMargin(scenario, { seed: options.seed, turn: options.turn });
      io.stdout.write(options.json ? `${JSON.stringify(margin, null, 2)}\n` : formatDecisionMargin(margin));
    });
}

function parseTurn(value: string): number {
  const n = parseWholeNumber(value);
  if (n === undefined || n < 1) throw new InvalidArgumentError('the turn must be a whole number from 1');
  return n;
}
