import { z } from 'zod';
import type { BatchSummary } from '../batch/batch-summary.js';
import { BATCH_FORMATS } from '../batch/batch-formats.js';
import { ReportInputError } from './report-input-error.js';
import { summaryInconsistency } from './summary-consistency.js';

const Share = z.number().min(0).max(1);
const BatchSummarySchema = z.strictObject({
  format: z.enum(BATCH_FORMATS),
  engineVersion: z.string(),
  scenario: z.strictObject({ id: z.string(), title: z.string(), hash: z.string() }),
  seed: z.int().min(0),
  firstRun: z.int().min(0).optional(),
  overrides: z.record(z.string(), z.number()).optional(),
  runs: z.int().min(0),
  requested: z.int().min(0),
  outcomes: z.array(
    z.strictObject({
      id: z.string(),
      label: z.string(),
      count: z.int().min(0),
      share: Share,
      interval: z.tuple([Share, Share]),
      meanFirstTurn: z.number().nullable(),
      firstTurns: z
        .strictObject({ p05: z.int().min(0), p50: z.int().min(0), p95: z.int().min(0), histogram: z.array(z.int().min(0)) })
        .nullable()
        .optional(),
    }),
  ),
  quantities: z.array(
    z.strictObject({ id: z.string(), label: z.string(), mean: z.number(), sd: z.number(), p05: z.number(), p50: z.number(), p95: z.number() }),
  ),
});

/** A batch summary (`wargame batch --json`) from parsed JSON, or a ReportInputError naming the field that is missing, malformed or inconsistent. */
export function parseBatchSummary(data: unknown, file: string): BatchSummary {
  const result = BatchSummarySchema.safeParse(data);
  if (result.success) {
    const wrong = summaryInconsistency(result.data);
    if (wrong === undefined) return result.data;
    throw new ReportInputError(`${file}: not a batch summary as wargame writes one at ${wrong.field}: ${wrong.problem}; was the file edited?`);
  }
  const issue = result.error.issues[0]!;
  const where = issue.path.length === 0 ? '' : ` at ${issue.path.join('.')}`;
  throw new ReportInputError(`${file}: not a batch summary${where}: ${issue.message}`);
}
