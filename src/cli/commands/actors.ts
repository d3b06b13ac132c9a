import { Command } from 'commander';
import { builtInActors } from '../../scenarios/library-files.js';
import type { CliIo } from '../cli-io.js';

export function actorsCommand(io: CliIo): Command {
  return new Command('actors')
    .description("every actor's interests: weight, expression, and the article passage behind each")
    .option('--json', 'print JSON instead of text')
    .action((options: { json?: boolean }) => {
      const actors = builtInActors();
      if (options.json) {
        io.stdout.write(`${JSON.stringify(actors, null, 2)}\n`);
        return;
      }
      const lines: string[] = [];
      for (const actor of actors) {
        lines.push(`${actor.name} (${actor.id})`, `  ${actor.summary}`, '');
        for (const interest of actor.interests) {
          lines.push(`  ${String(interest.weight).padStart(4)} × ${interest.label} (${actor.id}.${interest.id}): ${interest.expression}`);
          lines.push(`         ${interest.rationale}`);
          lines.push(`         ${interest.citation.article}: “${interest.citation.quote}”`);
        }
        lines.push('', `  actions: ${actor.actions.map((a) => a.id).join(', ')}`);
        if (actor.rationality !== undefined) {
          lines.push(`  rationality: λ ${actor.rationality.value} of its own (--set ${actor.id}.rationality=λ to change it)`, `         ${actor.rationality.rationale}`, '');
        } else {
          lines.push(`  rationality: --set ${actor.id}.rationality=λ (otherwise the scenario's decision.rationality)`, '');
        }
      }
      lines.push(
        'A scenario\'s other numbers: --set initial.<quantity>=…, decision.rationality=…, decision.lookahead=…, horizon=…',
        '(`wargame paths <scenario>` lists every path of a scenario with its value and range)',
        '',
      );
      io.stdout.write(`${lines.join('\n')}`);
    });
}
