import { Command } from 'commander';
import { loadScenario } from '../../scenarios/load.js';
import type { CliIo } from '../cli-io.js';

export function validateCommand(io: CliIo): Command {
  return new Command('validate')
    .description('check a scenario file: schema, citations, expressions; exit 65 if invalid')
    .argument('<file>', 'a scenario file (or a built-in id)')
    .action((file: string) => {
      const scenario = loadScenario(file);
      const actions = scenario.actors.reduce((n, a) => n + a.actions.length, 0);
      const count = (n: number, noun: string, plural = `${noun}s`): string => `${n} ${n === 1 ? noun : plural}`;
      io.stdout.write(
        `${file}: valid — '${scenario.id}', ${count(scenario.actors.length, 'actor')}, ${count(actions, 'action')}, ` +
          `${count(scenario.quantities.length, 'quantity', 'quantities')}, ${count(scenario.outcomes.length, 'outcome')} (${scenario.hash.slice(0, 19)}…)\n`,
      );
    });
}
