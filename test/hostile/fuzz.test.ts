import { fc, test as property } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { replayRun } from '../../src/records/replay.js';
import { runOutcomes } from '../../src/batch/run-outcomes.js';
import { reportError } from '../../src/cli/report-error.js';
import { EXIT } from '../../src/cli/exit-codes.js';
import { parseRunRecord } from '../../src/records/parse-run-record.js';
import { loadScenario, parseScenarioText } from '../../src/scenarios/load.js';
import { scenarioSteps } from '../../src/scenarios/search-size.js';
import { mini, realRecord, scenarioWithActors } from './fixtures.js';

// Random mutations of valid files. Whatever the mutation, wargame must answer as for a
// user's mistake (65 and the like) or accept the file; exit 70, a bug in wargame, never.
const exitFor = (error: unknown): number => reportError(error, { write: () => undefined });

/** Text edits: cut, repeat, insert, overwrite a span, or swap two lines. */
const textMutation = (text: string) =>
  fc.oneof(
    fc.record({ kind: fc.constant('cut' as const), at: fc.nat(text.length), length: fc.nat(200) }),
    fc.record({ kind: fc.constant('repeat' as const), at: fc.nat(text.length), length: fc.nat(200), times: fc.integer({ min: 2, max: 50 }) }),
    fc.record({ kind: fc.constant('insert' as const), at: fc.nat(text.length), text: hostileText }),
    fc.record({ kind: fc.constant('overwrite' as const), at: fc.nat(text.length), text: hostileText }),
    fc.record({ kind: fc.constant('swap' as const), a: fc.nat(200), b: fc.nat(200) }),
  );

const hostileText = fc.oneof(
  fc.string({ maxLength: 20 }),
  fc.constantFrom('__proto__', 'constructor', 'toString', '1e309', '-1e308', 'NaN', '&a', '*a', '!!js/function', '{', '[', ']', '}', '"', "'", ':', '\n  ', '\x1b[2J', '\u202e', '\0', '9'.repeat(400)),
  fc.double().map(String),
  fc.integer().map(String),
);

type TextMutation = ReturnType<typeof textMutation> extends fc.Arbitrary<infer T> ? T : never;

function mutate(text: string, mutations: readonly TextMutation[]): string {
  let out = text;
  for (const m of mutations) {
    switch (m.kind) {
      case 'cut':
        out = out.slice(0, m.at) + out.slice(m.at + m.length);
        break;
      case 'repeat':
        out = out.slice(0, m.at) + out.slice(m.at, m.at + m.length).repeat(m.times) + out.slice(m.at + m.length);
        break;
      case 'insert':
        out = out.slice(0, m.at) + m.text + out.slice(m.at);
        break;
      case 'overwrite':
        out = out.slice(0, m.at) + m.text + out.slice(m.at + m.text.length);
        break;
      case 'swap': {
        const lines = out.split('\n');
        const [a, b] = [m.a % lines.length, m.b % lines.length];
        [lines[a], lines[b]] = [lines[b]!, lines[a]!];
        out = lines.join('\n');
      }
    }
  }
  return out;
}

const scenarios = [mini, scenarioWithActors({ actions: 3, outcomes: 2, interests: 2, term: '-escalation / 12' }, { lookahead: 1, horizon: 6 })];

describe('the scenario loader, on random mutations of valid scenario files', () => {
  property.prop([fc.constantFrom(...scenarios).chain((text) => fc.tuple(fc.constant(text), fc.array(textMutation(text), { minLength: 1, maxLength: 4 })))], {
    numRuns: 150,
  })('refuses or accepts, and never fails as a bug would', ([text, mutations]) => {
    const mutated = mutate(text, mutations);
    try {
      const scenario = parseScenarioText(mutated, 'fuzz.yaml');
      // A mutation that still loads is run too, when it is small enough to run in a test.
      if (scenarioSteps(scenario).run < 5_000_000) runOutcomes(scenario, 1);
    } catch (error) {
      expect(exitFor(error), String((error as Error).stack)).toBe(EXIT.data);
    }
  });
});

/** JSON with keys sorted, -0 as 0: two records equal as data give the same text. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_, v: unknown) =>
    v !== null && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : 1))) : v,
  );
}

const s400 = loadScenario('s400');
const original = realRecord();
const originalText = JSON.stringify(original);
const pretty = JSON.stringify(original, null, 2);

/** Structural edits: set a field somewhere in the record to a hostile value or key. */
const structuralMutation = fc.record({
  turn: fc.nat(13),
  part: fc.constantFrom('state', 'outcomes', 'initial', 'option', 'term', 'turn', 'top'),
  key: fc.oneof(
    { arbitrary: fc.constantFrom('__proto__', 'constructor', 'toString', 'valueOf', 'hasOwnProperty', '__defineGetter__'), weight: 3 },
    { arbitrary: fc.constantFrom('seed', 'turn', 'choice', 'value', 'escalation'), weight: 1 },
    { arbitrary: fc.string({ maxLength: 8 }), weight: 1 },
  ),
  value: fc.oneof(fc.double({ noNaN: true, noDefaultInfinity: true }), fc.boolean(), fc.jsonValue({ maxDepth: 2 }), fc.constantFrom(1e308, -0, 0.1 + 0.2)),
});

type StructuralMutation = typeof structuralMutation extends fc.Arbitrary<infer T> ? T : never;

function mutateRecord(m: StructuralMutation): string {
  const record = realRecord() as Record<string, any>;
  const turn = record.turns[m.turn % record.turns.length];
  const target: Record<string, unknown> =
    m.part === 'state' ? turn.state
    : m.part === 'outcomes' ? record.outcomes
    : m.part === 'initial' ? record.initial
    : m.part === 'option' ? (turn.options[0] ?? turn)
    : m.part === 'term' ? (turn.options[0]?.terms[0] ?? turn)
    : m.part === 'turn' ? turn
    : record;
  // Written into the text, so that a `__proto__` key arrives as JSON carries it.
  target.fuzz_marker = 0;
  const text = JSON.stringify(record);
  expect(text).toContain('"fuzz_marker":0');
  return text.replace('"fuzz_marker":0', `${JSON.stringify(m.key)}:${JSON.stringify(m.value)}`);
}

/** Reads and replays a record as `wargame replay` would; an altered record must never replay as valid. */
function readAndReplay(text: string): void {
  let accepted: { record: unknown; replayed: unknown };
  try {
    const record = parseRunRecord(text, 'fuzz.json');
    accepted = { record, replayed: replayRun(s400, record) };
  } catch (error) {
    expect(exitFor(error), String((error as Error).stack)).toBe(EXIT.data);
    return;
  }
  // Accepted: then the text must hold the record itself, every key JSON gives included.
  expect(canonical(JSON.parse(text))).toBe(canonical(original));
  expect(canonical(accepted.record)).toBe(canonical(original));
  expect(canonical(accepted.replayed)).toBe(canonical(original));
}

describe('the record reader, on random mutations of a real record', () => {
  property.prop([fc.constantFrom(originalText, pretty).chain((text) => fc.tuple(fc.constant(text), fc.array(textMutation(text), { minLength: 1, maxLength: 3 })))], {
    numRuns: 200,
  })('refuses an edited text, or reads one equal to the record as data, never failing as a bug would', ([text, mutations]) => {
    readAndReplay(mutate(text, mutations));
  });

  property.prop([structuralMutation], { numRuns: 300 })('refuses a record with any field added or changed, prototype keys included', (m) => {
    readAndReplay(mutateRecord(m));
  });
});
