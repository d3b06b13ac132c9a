import { existsSync } from 'node:fs';
import { Command } from 'commander';
import { compareBatches, type ComparedSummary } from '../../batch/batch-comparison.js';
import { readReportInputs } from '../../report/report-input.js';
import { sweepPoint } from '../../report/sweep-point.js';
import type { CliIo } from '../cli-io.js';
import { formatComparison } from '../format/comparison-text.js';
import { UsageError } from '../usage-error.js';

export function compareCommand(io: CliIo): Command {
  return new Command('compare')
    .description("compare two batch summaries (or two sweep points) outcome by outcome: B's share minus A's, its 95% interval (Newcombe) and a verdict")
    .argument('<a>', 'a batch summary (wargame batch --json or wargame merge --json), or FILE#N: point N (from 1) of a sweep (wargame sweep --json)')
    .argument('<b>', 'another')
    .option('--json', 'print the comparison as JSON (wargame report makes a page of it)')
    .action((a: string, b: string, options: { json?: boolean }) => {
      const comparison = compareBatches({ name: a, summary: summaryIn(a) }, { name: b, summary: summaryIn(b) });
      io.stdout.write(options.json ? `${JSON.stringify(comparison, null, 2)}\n` : formatComparison(comparison));
    });
}

function summaryIn(name: string): ComparedSummary {
  // A file whose own name holds a '#' is read whole.
  const hash = existsSync(name) ? -1 : name.lastIndexOf('#');
  const file = hash < 0 ? name : name.slice(0, hash);
  const inputs = readReportInputs(file);
  const input = inputs[0]!;
  if (hash >= 0) {
    if (inputs.length !== 1 || input.kind !== 'sweep') throw new UsageError(`${name}: FILE#N names a point of a sweep (wargame sweep --json), and ${file} is not one`);
    const n = name.slice(hash + 1);
    const point = /^[1-9]\d*$/.test(n) ? sweepPoint(input.sweep, Number(n)) : undefined;
    if (point === undefined) throw new UsageError(`${name}: ${file} has points 1 to ${input.sweep.finished}; N is one of them`);
    return point;
  }
  if (inputs.length !== 1 || input.kind !== 'batch') throw new UsageError(`${file}: not a batch summary (wargame batch --json)${input?.kind === 'sweep' ? ` but a sweep: name a point of it, ${file}#N` : ''}; compare takes two`);
  return input.summary;
}
