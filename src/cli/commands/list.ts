import { Command } from 'commander';
import { builtInActors } from '../../scenarios/library-files.js';
import { builtInScenarioIds, loadResolvedScenario } from '../../scenarios/load.js';
import type { CliIo } from '../cli-io.js';

export function listCommand(io: CliIo): Command {
  return new Command('list')
    .description('list the built-in scenarios and actors')
    .option('--json', 'print JSON instead of text')
    .action((options: { json?: boolean }) => {
      // Resolved, not compiled: a title and a list of ids need no expression compiled.
      const scenarios = builtInScenarioIds().map((id) => {
        const { spec } = loadResolvedScenario(id);
        return { id, title: spec.title, actors: spec.actors.map((a) => a.id), horizon: spec.horizon, outcomes: spec.outcomes.map((o) => o.id) };
      });
      const actors = builtInActors().map((a) => ({ id: a.id, name: a.name, summary: a.summary }));
      if (options.json) {
        io.stdout.write(`${JSON.stringify({ scenarios, actors }, null, 2)}\n`);
        return;
      }
      const idWidth = Math.max(...scenarios.map((s) => s.id.length), ...actors.map((a) => a.id.length));
      const lines = ['Scenarios'];
      for (const s of scenarios) {
        lines.push(`  ${s.id.padEnd(idWidth)}  ${s.title}`);
        lines.push(`  ${''.padEnd(idWidth)}  ${s.horizon} turns; actors in turn order: ${s.actors.join(', ')}`);
      }
      lines.push('', 'Actors');
      for (const a of actors) lines.push(`  ${a.id.padEnd(idWidth)}  ${a.name}`);
      lines.push('', 'Try: wargame run hormuz --seed 7   ·   wargame actors   ·   wargame play hormuz');
      io.stdout.write(`${lines.join('\n')}\n`);
    });
}
