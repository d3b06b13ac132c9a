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
      io.stdout.write(
        `${file}: valid — '${scenario.id}', ${scenario.actors.length} actors, ${actions} actions, ` +
          `${scenario.quantities.length} quantities, ${scenario.outcomes.length} outcomes (${scenario.hash.slice(0, 19)}…)\n`,
      );
    });
}
