import { Command } from 'commander';
import { summarize } from '../../batch/batch-summary.js';
import { parsePartialBatch } from '../../batch/parse-partial-batch.js';
import { mergePartialBatches } from '../../batch/partial-batch.js';
import { readInput } from '../../scenarios/read-input.js';
import { InputError } from '../../errors/input-error.js';
import type { CliIo } from '../cli-io.js';
import { formatBatchSummary } from '../format/batch-summary.js';

/** A partial result is a few hundred kilobytes; anything far larger is not one. */
const MAX_PART_BYTES = 64 * 1024 * 1024;

export function mergeCommand(io: CliIo): Command {
  return new Command('merge')
    .description('merge the partial results of a sharded batch (batch --shard K/N --out part.json)')
    .argument('<parts...>', 'partial result files, in any order')
    .option('--json', 'print the summary as JSON')
    .action((files: string[], options: { json?: boolean }) => {
      const parts = files.map((name) => ({
        name,
        part: parsePartialBatch(name, readInput(name, MAX_PART_BYTES, (size: string) => new InputError(`${name} is ${size}; a partial result is far smaller`))),
      }));
      const { scenario, statistics, seed, requested } = mergePartialBatches(parts);
      const summary = summarize(scenario, statistics, seed, requested);
      io.stdout.write(options.json ? `${JSON.stringify(summary, null, 2)}\n` : formatBatchSummary(summary));
    });
}
