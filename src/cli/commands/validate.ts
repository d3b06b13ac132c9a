import { Command } from 'commander';
import { runOutcomes } from '../../engine/run.js';
import { loadScenario } from '../../scenarios/load.js';
import type { CliIo } from '../cli-io.js';

/**
 * Trial runs after the static checks: an expression that gives NaN or infinity only at
 * states a run reaches (the trigger's, say) is found here, not in the middle of a class.
 */
const TRIAL_RUNS = 10;

export function validateCommand(io: CliIo): Command {
  return new Command('validate')
    .description(`check a scenario file: schema, citations, expressions, then ${TRIAL_RUNS} trial runs; exit 65 if invalid`)
    .argument('<file>', 'a scenario file (or a built-in id)')
    .action((file: string) => {
      const scenario = loadScenario(file);
      for (let seed = 1; seed <= TRIAL_RUNS; seed++) runOutcomes(scenario, seed);
      const actions = scenario.actors.reduce((n, a) => n + a.actions.length, 0);
      const count = (n: number, noun: string, plural = `${noun}s`): string => `${n} ${n === 1 ? noun : plural}`;
      io.stdout.write(
        `${file}: valid — '${scenario.id}', ${count(scenario.actors.length, 'actor')}, ${count(actions, 'action')}, ` +
          `${count(scenario.quantities.length, 'quantity', 'quantities')}, ${count(scenario.outcomes.length, 'outcome')} (${scenario.hash.slice(0, 19)}…); ` +
          `trial runs with seeds 1–${TRIAL_RUNS} complete\n`,
      );
    });
}
