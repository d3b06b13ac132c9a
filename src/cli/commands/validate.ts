import { Command } from 'commander';
import { runOutcomes } from '../../batch/run-outcomes.js';
import { inertOverrides } from '../../scenarios/inert-quantities.js';
import { loadScenario } from '../../scenarios/load.js';
import { escapeUnprintable } from '../../text/printable-text.js';
import { MAX_STEPS_PER_RUN, scenarioSteps } from '../../scenarios/search-size.js';
import type { CliIo } from '../cli-io.js';

/**
 * Trial runs after the static checks: an expression that gives NaN or infinity only at
 * states a run reaches (the trigger's, say) is found here, not in the middle of a class.
 * Their total work is bounded like one run's: a scenario near the cap gets fewer trials.
 */
const TRIAL_RUNS = 10;
const TRIAL_STEPS = MAX_STEPS_PER_RUN;

/** How many trial runs fit in the trial budget, at least one. */
export function trialRuns(stepsPerRun: number): number {
  return Math.max(1, Math.min(TRIAL_RUNS, Math.floor(TRIAL_STEPS / Math.max(1, stepsPerRun))));
}

export function validateCommand(io: CliIo): Command {
  return new Command('validate')
    .description(`check a scenario file: schema, citations, expressions, then up to ${TRIAL_RUNS} trial runs; exit 65 if invalid`)
    .argument('<file>', 'a scenario file (or a built-in id)')
    .action((file: string) => {
      const scenario = loadScenario(file);
      const trials = trialRuns(scenarioSteps(scenario).run);
      for (let seed = 1; seed <= trials; seed++) runOutcomes(scenario, seed);
      // Valid, but an analyst who varies a number nothing reads should hear so.
      for (const inert of inertOverrides(scenario)) io.stderr.write(`warning: ${escapeUnprintable(file)}: ${inert.message}\n`);
      const actions = scenario.actors.reduce((n, a) => n + a.actions.length, 0);
      const count = (n: number, noun: string, plural = `${noun}s`): string => `${n} ${n === 1 ? noun : plural}`;
      const seeds = trials === 1 ? 'trial run with seed 1' : `trial runs with seeds 1–${trials}`;
      // The path is the user's, and may hold anything: the terminal sees it escaped, as in errors.
      io.stdout.write(
        `${escapeUnprintable(file)}: valid — '${scenario.id}', ${count(scenario.actors.length, 'actor')}, ${count(actions, 'action')}, ` +
          `${count(scenario.quantities.length, 'quantity', 'quantities')}, ${count(scenario.outcomes.length, 'outcome')} (${scenario.hash.slice(0, 19)}…); ` +
          `${seeds} complete\n`,
      );
    });
}
