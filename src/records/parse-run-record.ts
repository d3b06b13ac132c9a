import { z } from 'zod';
import { ReplayError } from '../engine/replay-error.js';
import { RUN_RECORD_FORMAT, type RunRecord } from './run-record.js';
import { formatPath } from '../scenarios/issue.js';
import { validate } from '../scenarios/schema-issues.js';

const Values = z.record(z.string(), z.number());
const Term = z.strictObject({ interest: z.string(), value: z.number(), contribution: z.number() });
const Option = z.strictObject({ action: z.string(), expectedUtility: z.number(), probability: z.number(), terms: z.array(Term) });
const Turn = z.strictObject({
  turn: z.int().min(1),
  round: z.int().min(1),
  actor: z.string(),
  decidedBy: z.enum(['model', 'human']),
  options: z.array(Option),
  choice: z.string().nullable(),
  chance: z.strictObject({ outcome: z.string(), probability: z.number() }).nullable(),
  events: z.array(z.string()),
  state: Values,
});
const RunRecordSchema = z.strictObject({
  format: z.literal(RUN_RECORD_FORMAT),
  engineVersion: z.string(),
  scenario: z.strictObject({ id: z.string(), title: z.string(), hash: z.string() }),
  seed: z.int().min(0),
  settings: z.strictObject({ horizon: z.int().min(1), rationality: z.number().min(0), lookahead: z.int().min(0) }),
  // Absent when the run was under none.
  overrides: Values.optional(),
  initial: Values,
  trigger: z.strictObject({ id: z.string(), label: z.string(), state: Values }),
  turns: z.array(Turn),
  outcomes: z.record(z.string(), z.boolean()),
});

/**
 * A run record from JSON text, checked field by field. Anything else — not JSON, not a
 * record, a field of the wrong type — is a ReplayError with a one-line reason naming
 * `file`. Whether the record's turns are true is for `replayRun` to check.
 */
export function parseRunRecord(text: string, file = '<record>'): RunRecord {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    const { message } = error as Error;
    const reason = message.split('\n')[0]!.replace(/ at position \d+.*/, '');
    throw new ReplayError(`${file}:${jsonErrorPlace(text, message)} not valid JSON (${reason})`);
  }
  if (data === null || typeof data !== 'object' || (data as { format?: unknown }).format !== RUN_RECORD_FORMAT) {
    throw new ReplayError(`${file}: not a wargame run record (expected "format": "${RUN_RECORD_FORMAT}")`);
  }
  const result = validate(RunRecordSchema, data);
  if (!result.ok) {
    const [first] = result.issues;
    const more = result.issues.length > 1 ? ` (and ${result.issues.length - 1} more problems)` : '';
    throw new ReplayError(`${file}: not a valid run record: ${formatPath(first!.path)}: ${first!.message}${more}`);
  }
  return result.value;
}

/** `line:column:` from the position JSON.parse names, or an empty string when it names none. */
function jsonErrorPlace(text: string, message: string): string {
  const position = /at position (\d+)/.exec(message)?.[1];
  if (position === undefined) return '';
  const before = text.slice(0, Number(position));
  const line = before.split('\n').length;
  return `${line}:${Number(position) - before.lastIndexOf('\n')}:`;
}
