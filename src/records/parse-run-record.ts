import { z } from 'zod';
import { ReplayError } from './replay-error.js';
import { RUN_RECORD_FORMAT, type RunRecord } from './run-record.js';
import { formatPath, type Path } from '../scenarios/issue.js';
import { validate } from '../scenarios/schema-issues.js';
import { GroupName } from './group-name.js';
import { withoutByteOrderMark } from '../text/byte-order-mark.js';
import { boundedShapeProblem, countJsonValues, MAX_JSON_VALUES } from './record-shape.js';

const Values = z.record(z.string(), z.number());
const Term = z.strictObject({ interest: z.string(), value: z.number(), contribution: z.number() });
const Option = z.strictObject({ action: z.string(), expectedUtility: z.number(), probability: z.number(), terms: z.array(Term) });
/** A turn with its options unchecked: they are checked one at a time (see `checked`). */
const TurnOutline = z.strictObject({
  turn: z.int().min(1),
  round: z.int().min(1),
  actor: z.string(),
  decidedBy: z.enum(['model', 'human']),
  options: z.array(z.unknown()),
  choice: z.string().nullable(),
  chance: z.strictObject({ outcome: z.string(), probability: z.number(), decidedBy: z.enum(['human', 'instructor']).optional() }).nullable(),
  events: z.array(z.string()),
  // Absent unless a classroom's instructor decided events or injected on the turn.
  instructor: z
    .strictObject({
      events: z.array(z.strictObject({ event: z.string(), fires: z.boolean(), probability: z.number() })).optional(),
      injects: z.array(z.string()).optional(),
    })
    .optional(),
  state: Values,
});
/** A record with its turns unchecked. */
const RecordOutline = z.strictObject({
  format: z.literal(RUN_RECORD_FORMAT),
  engineVersion: z.string(),
  scenario: z.strictObject({ id: z.string(), title: z.string(), hash: z.string() }),
  seed: z.int().min(0),
  settings: z.strictObject({ horizon: z.int().min(1), rationality: z.number().min(0), lookahead: z.int().min(0) }),
  // Absent when the run was under none.
  overrides: Values.optional(),
  // Absent when no group was named.
  group: GroupName.optional(),
  initial: Values,
  trigger: z.strictObject({ id: z.string(), label: z.string(), state: Values }),
  turns: z.array(z.unknown()),
  outcomes: z.record(z.string(), z.boolean()),
});

/**
 * A run record from JSON text, checked field by field. Anything else — not JSON, not a
 * record, a field of the wrong type — is a ReplayError with a one-line reason naming
 * `file`. Whether the record's turns are true is for `replayRun` to check.
 *
 * Hostile records are refused in bounded work and memory: the shape is checked first
 * (list lengths, key counts and lengths, no `__proto__`), and then the record is
 * validated piece by piece, each turn and each option on its own, stopping at the first
 * that is wrong, so a record of a million bad items never becomes a million messages.
 */
export function parseRunRecord(withMark: string, file = '<record>'): RunRecord {
  const text = withoutByteOrderMark(withMark);
  const values = countJsonValues(text);
  if (values > MAX_JSON_VALUES) {
    throw new ReplayError(`${file}: not a run record: it holds about ${values} values, more than a run record can (${MAX_JSON_VALUES})`);
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    const { message } = error as Error;
    // V8 quotes the text around the fault, raw (control characters, half a line): left out.
    const reason = message.split('\n')[0]!.replace(/ at position \d+.*/, '').replace(/, (\.\.\.)?".*$/, '');
    throw new ReplayError(`${file}:${jsonErrorPlace(text, message)} not valid JSON (${reason})`);
  }
  if (data === null || typeof data !== 'object' || (data as { format?: unknown }).format !== RUN_RECORD_FORMAT) {
    throw new ReplayError(`${file}: not a wargame run record (expected "format": "${RUN_RECORD_FORMAT}")`);
  }
  const shape = boundedShapeProblem(data);
  if (shape !== undefined) throw new ReplayError(`${file}: not a valid run record: ${shape}`);
  const record = checked(RecordOutline, data, [], file);
  const turns = record.turns.map((turn, i) => {
    const outline = checked(TurnOutline, turn, ['turns', i], file);
    const options = outline.options.map((option, j) => checked(Option, option, ['turns', i, 'options', j], file));
    return { ...outline, options };
  });
  return { ...record, turns };
}

/** `data` validated against `schema`, or a ReplayError naming the first problem at `at`. */
function checked<T>(schema: z.ZodType<T>, data: unknown, at: Path, file: string): T {
  const result = validate(schema, data);
  if (result.ok) return result.value;
  const [first] = result.issues;
  const others = result.issues.length - 1;
  const more = others > 0 ? ` (and ${others} more problem${others === 1 ? '' : 's'} there)` : '';
  throw new ReplayError(`${file}: not a valid run record: ${formatPath([...at, ...first!.path])}: ${first!.message}${more}`);
}

/** `line:column:` from the position JSON.parse names, or an empty string when it names none. */
function jsonErrorPlace(text: string, message: string): string {
  const named = /at position (\d+)/.exec(message)?.[1];
  // Text cut short: the place to look is its end. A first character no JSON value starts
  // with (another kind of file altogether): there, though V8 names no position.
  const first = /\S/.exec(text);
  const foreign = first !== null && !/[[{"\-\dtfn]/.test(first[0]) && message.startsWith(`Unexpected token '${first[0]}'`);
  const position = named ?? (/end of JSON input/.test(message) ? String(text.length) : foreign ? String(first.index) : undefined);
  if (position === undefined) return '';
  // Counted in place: a record can be tens of megabytes on one line.
  const at = Number(position);
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < at; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return `${line}:${at - lineStart + 1}:`;
}
