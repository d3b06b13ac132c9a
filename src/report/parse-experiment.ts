import { z } from 'zod';
import { SENSITIVITY_METHODS } from '../experiments/sensitivity-row.js';
import { SWEEP_DESIGNS } from '../experiments/sweep-design.js';
import { ReportInputError } from './report-input-error.js';
import { shareInconsistency } from './summary-consistency.js';

const Share = z.number().min(0).max(1);
const Header = {
  engineVersion: z.string(),
  scenario: z.strictObject({ id: z.string(), title: z.string(), hash: z.string() }),
  overrides: z.record(z.string(), z.number()),
  seed: z.int().min(0),
  runs: z.int().min(1),
};
const SweepSchema = z.strictObject({
  format: z.literal('wargame-sweep/1'),
  ...Header,
  design: z.enum(SWEEP_DESIGNS),
  factors: z.array(z.string()).min(1),
  requested: z.int().min(0),
  finished: z.int().min(0),
  rows: z.array(
    z.strictObject({ point: z.record(z.string(), z.number()), outcome: z.string(), count: z.int().min(0), runs: z.int().min(1), share: Share, low: Share, high: Share }),
  ),
  /** Absent in sweeps made before they reported quantities. */
  means: z
    .array(z.strictObject({ point: z.record(z.string(), z.number()), quantity: z.string(), runs: z.int().min(1), mean: z.number(), sd: z.number().min(0), low: z.number(), high: z.number() }))
    .optional(),
});
/** An index or its error: null where the output did not vary, so the index is undefined. */
const Index = z.number().nullable().optional();
const SensitivitySchema = z.strictObject({
  format: z.literal('wargame-sensitivity/1'),
  ...Header,
  outcome: z.string(),
  measure: z.literal('mean').optional(),
  method: z.enum(SENSITIVITY_METHODS),
  points: z.int().min(0),
  baseShare: Share.optional(),
  baseMean: z.number().optional(),
  rows: z.array(
    z.strictObject({
      input: z.string(),
      low: z.number(),
      high: z.number(),
      members: z.array(z.string()).optional(),
      shareLow: Share.optional(),
      shareHigh: Share.optional(),
      meanLow: z.number().optional(),
      meanHigh: z.number().optional(),
      swing: Index,
      swingError: Index,
      muStar: Index,
      muStarError: Index,
      mu: Index,
      sigma: Index,
      first: Index,
      firstError: Index,
      firstLow: Index,
      firstHigh: Index,
      total: Index,
      totalError: Index,
      totalLow: Index,
      totalHigh: Index,
    }),
  ),
  /** Absent in analyses made before wargame spoke about them. */
  diagnostics: z.array(z.strictObject({ kind: z.string(), inputs: z.array(z.string()), message: z.string() })).optional(),
});

/** Several analyses from one pass (`wargame sensitivity --outcome all --json`). */
const SensitivitySetSchema = z.strictObject({ format: z.literal('wargame-sensitivity-set/1'), analyses: z.array(z.unknown()).min(1) });

/** Each analysis of a set, or an error naming the file and the analysis. */
export function parseSensitivitySet(data: unknown, file: string): SensitivityData[] {
  const set = parsed(SensitivitySetSchema, data, file, 'set of sensitivity analyses');
  return set.analyses.map((analysis, i) => parsed(SensitivitySchema, analysis, `${file}: analyses.${i}`, 'sensitivity result'));
}

/** A sweep as `wargame sweep --json` writes it (SweepResult, read back). */
export type SweepData = z.infer<typeof SweepSchema>;
/** A sensitivity analysis as `wargame sensitivity --json` writes it: an undefined index reads back as null. */
export type SensitivityData = z.infer<typeof SensitivitySchema>;
export type SensitivityRowData = SensitivityData['rows'][number];

/** The output of `wargame sweep --json`, or a ReportInputError naming the field. */
export function parseSweep(data: unknown, file: string): SweepData {
  const sweep = parsed(SweepSchema, data, file, 'sweep result');
  // Figures a sweep could have counted, checked as a batch summary's are: an edited count
  // would otherwise report a share above 100% and intervals of NaN.
  sweep.rows.forEach((row, i) => {
    const wrong = shareInconsistency(row.count, row.runs, row.share, [row.low, row.high]);
    if (wrong !== undefined) {
      const field = wrong.field === 'interval' ? 'low–high' : wrong.field;
      throw new ReportInputError(`${file}: not a sweep result a sweep could write, at rows.${i}.${field}: ${wrong.problem}`);
    }
  });
  return sweep;
}

/** The output of `wargame sensitivity --json`, or a ReportInputError naming the field. */
export function parseSensitivity(data: unknown, file: string): SensitivityData {
  return parsed(SensitivitySchema, data, file, 'sensitivity result');
}

function parsed<T>(schema: z.ZodType<T>, data: unknown, file: string, what: string): T {
  const result = schema.safeParse(data);
  if (result.success) return result.data;
  const issue = result.error.issues[0]!;
  const where = issue.path.length === 0 ? '' : ` at ${issue.path.join('.')}`;
  throw new ReportInputError(`${file}: not a ${what}${where}: ${issue.message}`);
}
