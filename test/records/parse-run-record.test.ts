import { describe, expect, it } from 'vitest';
import { ReplayError } from '../../src/records/replay-error.js';
import { runScenario } from '../../src/records/run.js';
import { parseRunRecord } from '../../src/records/parse-run-record.js';
import { loadScenario } from '../../src/scenarios/load.js';

const record = runScenario(loadScenario('s400'), { seed: 2 });
const text = JSON.stringify(record);
const refusal = (json: string): string => {
  try {
    parseRunRecord(json, 'run.json');
  } catch (error) {
    expect(error).toBeInstanceOf(ReplayError);
    return (error as Error).message;
  }
  throw new Error('accepted');
};

describe('parseRunRecord', () => {
  it('reads back what the engine writes', () => {
    expect(parseRunRecord(text)).toEqual(record);
  });

  it('reads a record an editor saved with a byte-order mark', () => {
    expect(parseRunRecord(`\ufeff${text}`)).toEqual(record);
  });

  it.each([
    ['not JSON', 'turn 1: China pressed Iran', /^run\.json: not valid JSON \(.+\)$/],
    ['not JSON, at its first character, without the raw text V8 quotes', '\n  precious notes\n', /^run\.json:2:3: not valid JSON \(Unexpected token 'p'\)$/],
    ['a broken line of JSON, at its line and column', '{\n  "format": "wargame-run/1",\n  seed: 1\n}', /^run\.json:3:3: not valid JSON \(.+\)$/],
    ['another kind of JSON', '{"hello": "world"}', /^run\.json: not a wargame run record \(expected "format": "wargame-run\/1"\)$/],
    ['a negative seed', text.replace('"seed":2', '"seed":-1'), /^run\.json: not a valid run record: seed: must be at least 0, not -1$/],
    ['a turn that is not an object', text.replace(/"turns":\[\{/, '"turns":[null,{'), /^run\.json: not a valid run record: turns\[0\]: expected a map of fields, found nothing \(null\)$/],
    ['an unknown decider', text.replace('"decidedBy":"model"', '"decidedBy":"robot"'), /^run\.json: not a valid run record: turns\[0\]\.decidedBy: must be one of: model, human$/],
  ])('refuses %s in one line', (_, json, message) => {
    const text = refusal(json);
    expect(text).toMatch(message);
    expect(text).not.toContain('\n');
  });
});

describe('parseRunRecord on hostile records', () => {
  const parsed = JSON.parse(text) as { turns: { options: unknown[]; state: Record<string, number> }[] };
  const withTurns = (turns: unknown): string => JSON.stringify({ ...parsed, turns });

  it.each([
    ['a __proto__ key, which an object would drop', text.replace('"state":{', '"state":{"__proto__":1,'), /^run\.json: not a valid run record: trigger\.state\.__proto__: the key '__proto__' is not allowed$/],
    ['a list of a million bad items, as one problem', withTurns([{ ...parsed.turns[0], events: Array(1_000_000).fill(0) }]), /^run\.json: not a valid run record: turns\[0\]\.events: 1000000 entries; a run record lists at most 1000 here$/],
    ['a hundred thousand bad turns, at the first', withTurns(Array(100_000).fill('x')), /^run\.json: not a valid run record: turns\[0\]: expected a map of fields, found the text 'x'$/],
    ['a bad option, at its turn and place', withTurns([{ ...parsed.turns[0], options: [{ action: 1 }] }]), /^run\.json: not a valid run record: turns\[0\]\.options\[0\]\.action: expected a string, found 1 \(and 1 more problem there\)$/],
    ['millions of empty lists, before parsing them', `{"format":"wargame-run/1","turns":[${Array(2_100_000).fill('[]').join(',')}]}`, /^run\.json: not a run record: it holds about \d+ values, more than a run record can \(4000000\)$/],
    ['a text cut short, at its end', text.slice(0, 100), /^run\.json:1:101: not valid JSON \(/],
  ])('refuses %s', (_, json, message) => {
    expect(refusal(json)).toMatch(message);
  });
});
