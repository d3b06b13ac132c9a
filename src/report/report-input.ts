import type { BatchSummary } from '../batch/batch-summary.js';
import { BATCH_FORMATS, BATCH_PART_FORMAT, COMPARISON_FORMAT } from '../batch/batch-formats.js';
import { RUN_RECORD_FORMAT, type RunRecord } from '../records/run-record.js';
import { parseRunRecord } from '../records/parse-run-record.js';
import { InputError } from '../errors/input-error.js';
import { MAX_RECORD_BYTES } from '../records/read-record.js';
import { readInput } from '../scenarios/read-input.js';
import { parseBatchSummary } from './parse-batch-summary.js';
import type { BatchComparison } from '../batch/batch-comparison.js';
import { parseComparison } from './parse-comparison.js';
import { parseDiscovery, type DiscoveryData } from './parse-discovery.js';
import { looksLikeTurnRows, parseTurnRows, type TurnRowsData } from './parse-turn-rows.js';
import { parseSensitivity, parseSensitivitySet, parseSweep, type SensitivityData, type SweepData } from './parse-experiment.js';
import { ReportInputError } from './report-input-error.js';
import { withoutByteOrderMark } from '../text/byte-order-mark.js';

/** One file given to `wargame report`, recognised by its `format` field. */
export type ReportInput =
  | { readonly kind: 'run'; readonly file: string; readonly record: RunRecord }
  | { readonly kind: 'batch'; readonly file: string; readonly summary: BatchSummary }
  | { readonly kind: 'sweep'; readonly file: string; readonly sweep: SweepData }
  | { readonly kind: 'sensitivity'; readonly file: string; readonly sensitivity: SensitivityData }
  | { readonly kind: 'discovery'; readonly file: string; readonly discovery: DiscoveryData }
  | { readonly kind: 'turns'; readonly file: string; readonly turns: TurnRowsData }
  | { readonly kind: 'comparison'; readonly file: string; readonly comparison: BatchComparison };

type Reader = (text: string, data: unknown, file: string) => ReportInput;

const readBatch: Reader = (_text, data, file) => ({ kind: 'batch', file, summary: parseBatchSummary(data, file) });

/**
 * The formats a report reads and how each is parsed. A new kind of result joins by adding
 * its format here and a section that draws it.
 */
const READERS: Readonly<Record<string, Reader>> = {
  [RUN_RECORD_FORMAT]: (text, _data, file) => ({ kind: 'run', file, record: parseRunRecord(text, file) }),
  ...Object.fromEntries(BATCH_FORMATS.map((format): [string, Reader] => [format, readBatch])),
  'wargame-sweep/1': (_text, data, file) => ({ kind: 'sweep', file, sweep: parseSweep(data, file) }),
  'wargame-sensitivity/1': (_text, data, file) => ({ kind: 'sensitivity', file, sensitivity: parseSensitivity(data, file) }),
  'wargame-discovery/1': (_text, data, file) => ({ kind: 'discovery', file, discovery: parseDiscovery(data, file) }),
  [COMPARISON_FORMAT]: (_text, data, file) => ({ kind: 'comparison', file, comparison: parseComparison(data, file) }),
};

/** The formats `wargame report` reads, for help and error messages. */
export const REPORT_FORMATS: readonly string[] = [...Object.keys(READERS), 'wargame-sensitivity-set/1'];

/**
 * Reads a file and recognises it, or refuses it in one line naming the file: one input, or
 * several for a set of sensitivity analyses made in one pass (`--outcome all`).
 */
export function readReportInputs(file: string): ReportInput[] {
  // A run record is the largest input a report reads; a batch summary is far smaller.
  const text = withoutByteOrderMark(readInput(file, MAX_RECORD_BYTES, (size) => new InputError(`${file}: ${size} is more than a report input can be (${MAX_RECORD_BYTES} bytes)`)));
  const set = sensitivitySet(text);
  if (set !== undefined) return parseSensitivitySet(set, file).map((sensitivity) => ({ kind: 'sensitivity', file, sensitivity }));
  return [recogniseReportInput(text, file)];
}

/** The data of a set of sensitivity analyses, or undefined for any other text. */
function sensitivitySet(text: string): unknown {
  if (!text.includes(SET_FORMAT)) return undefined;
  try {
    const data: unknown = JSON.parse(text);
    return typeof data === 'object' && data !== null && (data as { format?: unknown }).format === SET_FORMAT ? data : undefined;
  } catch {
    return undefined;
  }
}

const SET_FORMAT = 'wargame-sensitivity-set/1';


/** Recognises text as one of the REPORT_FORMATS, or as per-turn rows (`batch --out-turns`). */
export function recogniseReportInput(withMark: string, file: string): ReportInput {
  const text = withoutByteOrderMark(withMark);
  if (looksLikeTurnRows(text)) return { kind: 'turns', file, turns: parseTurnRows(text, file) };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    // Rows of `batch --out` or `explore --out`: a CSV header line, which a report does not read.
    if (/^[\w.]+(,[\w.]+)+\r?$/.test(text.slice(0, Math.max(0, text.indexOf('\n'))))) {
      throw new ReportInputError(`${file}: CSV rows of another kind than per-turn rows; a report reads per-turn rows (\`wargame batch --out-turns\`), and \`wargame discover\` reads the rows of \`batch --out\` and \`explore --out\`; a sweep or sensitivity analysis is reported from its \`--json\``);
    }
    // The run-record parser words a JSON syntax error with its position.
    return READERS[RUN_RECORD_FORMAT]!(text, undefined, file);
  }
  const format = typeof data === 'object' && data !== null && 'format' in data ? (data as { format: unknown }).format : undefined;
  const reader = typeof format === 'string' ? READERS[format] : undefined;
  if (format === BATCH_PART_FORMAT) {
    throw new ReportInputError(`${file}: a partial result, one shard of a batch (${BATCH_PART_FORMAT}), which a report does not show alone; merge the shards first, \`wargame merge part-*.json --json > summary.json\`, then report summary.json`);
  }
  if (reader === undefined) {
    const named = typeof format === 'string' ? `its format '${format}'` : 'it has no "format" field, so it';
    throw new ReportInputError(`${file}: ${named} is not one wargame report reads (${REPORT_FORMATS.join(', ')})`);
  }
  return reader(text, data, file);
}
