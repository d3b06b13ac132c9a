import { z } from 'zod';
import type { BatchComparison } from '../batch/batch-comparison.js';
import { COMPARISON_FORMAT } from '../batch/batch-formats.js';
import { InputError } from '../errors/input-error.js';

const Share = z.number().min(0).max(1);
const Difference = z.number().min(-1).max(1);
const Batch = z.strictObject({
  name: z.string(),
  scenario: z.strictObject({ id: z.string(), title: z.string(), hash: z.string() }),
  engineVersion: z.string(),
  seed: z.int().min(0),
  runs: z.int().min(0),
  overrides: z.record(z.string(), z.number()),
});
const ComparisonSchema = z.strictObject({
  format: z.literal(COMPARISON_FORMAT),
  a: Batch,
  b: Batch,
  outcomes: z.array(
    z.strictObject({
      id: z.string(),
      label: z.string(),
      a: z.strictObject({ count: z.int().min(0), share: Share }),
      b: z.strictObject({ count: z.int().min(0), share: Share }),
      difference: Difference,
      interval: z.tuple([Difference, Difference]),
      verdict: z.enum(['higher', 'lower', 'no clear difference']),
    }),
  ),
  unmatched: z.array(z.string()),
  notes: z.array(z.string()),
});

/** The output of `wargame compare --json`, or an InputError naming the field. */
export function parseComparison(data: unknown, file: string): BatchComparison {
  const result = ComparisonSchema.safeParse(data);
  if (result.success) {
    for (const [i, o] of result.data.outcomes.entries()) {
      if (!(o.interval[0] <= o.difference && o.difference <= o.interval[1])) throw new InputError(`${file}: not a comparison as wargame writes one at outcomes.${i}.interval: it does not hold the difference`);
    }
    return result.data;
  }
  const issue = result.error.issues[0]!;
  const where = issue.path.length === 0 ? '' : ` at ${issue.path.join('.')}`;
  throw new InputError(`${file}: not a comparison${where}: ${issue.message}`);
}
