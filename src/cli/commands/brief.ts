import { Command } from 'commander';
import { extname } from 'node:path';
import { roleCard } from '../../brief/role-card.js';
import { roleCardsHtml } from '../../brief/role-card-html.js';
import { roleCardsMarkdown } from '../../brief/role-card-markdown.js';
import { loadScenario, scenarioFile } from '../../scenarios/load.js';
import { writeOutputFile } from '../../output/atomic-output.js';
import type { CliIo } from '../cli-io.js';
import { refuseOutputAmongInputs } from '../output-among-inputs.js';
import { SEATS_HELP, seatedActors } from '../seat-option.js';
import { UsageError } from '../usage-error.js';

export function briefCommand(io: CliIo): Command {
  return new Command('brief')
    .description("print a role card for students: the situation, an actor's interests with their sources, and what its options do (no model figures)")
    .argument('<scenario>', 'a built-in scenario id or a path to a scenario file')
    .requiredOption('--as <actors>', `one card per actor: ${SEATS_HELP}`)
    .option('-o, --output <file>', 'write to this file: .html for a printable page per actor, .md for Markdown (default: Markdown on standard output)')
    .action((scenarioName: string, options: { as: string; output?: string }) => {
      const scenario = loadScenario(scenarioName);
      const cards = seatedActors(scenario, options.as).map((actor) => roleCard(scenario, actor));
      if (options.output === undefined) {
        io.stdout.write(roleCardsMarkdown(cards));
        return;
      }
      const kind = extname(options.output).toLowerCase();
      if (!['.html', '.htm', '.md', '.markdown'].includes(kind)) {
        throw new UsageError(`-o ${options.output}: the file name must end in .html or .md, which says which to write`);
      }
      const text = kind.startsWith('.htm') ? roleCardsHtml(cards) : roleCardsMarkdown(cards);
      refuseOutputAmongInputs('-o', options.output, [scenarioFile(scenarioName)]);
      writeOutputFile(options.output, text);
    });
}
