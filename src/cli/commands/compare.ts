import { Command } from 'commander';
import { compareBatches } from '../../batch/batch-comparison.js';
import type { BatchSummary } from '../../batch/batch-summary.js';
import { readReportInputs } from '../../report/report-input.js';
import type { CliIo } from '../cli-io.js';
import { formatComparison } from '../format/comparison-text.js';
import { UsageError } from '../usage-error.js';

export function compareCommand(io: CliIo): Command {
  return new Command('compare')
    .description("compare two batch summaries outcome by outcome: B's share minus A's, its 95% interval (Newcombe) and a verdict")
    .argument('<a>', 'a batch summary (wargame batch --json or wargame merge --json)')
    .argument('<b>', 'another')
    .option('--json', 'print the comparison as JSON (wargame report makes a page of it)')
    .action((a: string, b: string, options: { json?: boolean }) => {
      const comparison = compareBatches({ name: a, summary: summaryIn(a) }, { name: b, summary: summaryIn(b) });
      io.stdout.write(options.json ? `${JSON.stringify(comparison, null, 2)}\n` : formatComparison(comparison));
    });
}

function summaryIn(file: string): BatchSummary {
  const inputs = readReportInputs(file);
  const input = inputs[0]!;
  if (inputs.length !== 1 || input.kind !== 'batch') throw new UsageError(`${file}: not a batch summary (wargame batch --json); compare takes two`);
  return input.summary;
}
