import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadScenario, parseScenarioText } from '../../src/scenarios/load.js';
import { problems } from '../helpers/scenario-problems.js';

const MINI = readFileSync(new URL('./fixtures/mini.yaml', import.meta.url), 'utf8');
const INJECTS = `injects:
  - id: cyber_outage
    label: A cyberattack shuts down Gulf oil terminals
    effects:
      oil_price: oil_price + 12
outcomes:`;

/** The mini scenario with `injects:` before its outcomes, one piece of that text replaced. */
function withInjects(from = '', to = ''): string {
  expect(INJECTS).toContain(from);
  return MINI.replace('outcomes:', INJECTS.replace(from, to));
}

describe("a scenario's injects: events only the instructor sets off", () => {
  it('are compiled with their effects, apart from the random events', () => {
    const scenario = parseScenarioText(withInjects(), 'mini.yaml');
    expect(scenario.injects.map((e) => [e.id, e.label])).toEqual([['cyber_outage', 'A cyberattack shuts down Gulf oil terminals']]);
    expect(scenario.events).toEqual([]);
    const slot = scenario.quantities.find((q) => q.id === 'oil_price')!.slot;
    expect([...scenario.injects[0]!.effect.slots]).toEqual([slot]);
  });

  it("change the scenario's hash, and a scenario without them keeps the hash it had", () => {
    const plain = parseScenarioText(MINI, 'mini.yaml');
    const empty = parseScenarioText(MINI.replace('outcomes:', 'injects: []\noutcomes:'), 'mini.yaml');
    const withOne = parseScenarioText(withInjects(), 'mini.yaml');
    expect(empty.hash).toBe(plain.hash);
    expect(withOne.hash).not.toBe(plain.hash);
    // The built-in scenarios declare none: their records' hashes are what they were.
    expect(loadScenario('hormuz').injects).toEqual([]);
  });

  it('may be added by a variation of a built-in scenario (the test fixture of a classroom drill)', () => {
    const drill = loadScenario(new URL('../classroom/fixtures/hormuz-drill.yaml', import.meta.url).pathname);
    expect(drill.injects.map((e) => e.id)).toEqual(['cyber_outage', 'un_talks']);
    expect(drill.events.map((e) => e.id)).toEqual(loadScenario('hormuz').events.map((e) => e.id));
  });
});

describe('a bad inject is reported at file:line:column', () => {
  const cases: [string, string, string, string[]][] = [
    [
      'a probability, which an inject has none of',
      '    effects:',
      '    probability: 0.5\n    effects:',
      ['bad.yaml:20:18: an inject has no probability: it happens when the instructor injects it (a random event belongs under events:)'],
    ],
    ['a missing label', '    label: A cyberattack shuts down Gulf oil terminals\n', '', ["bad.yaml:18:5: missing required field 'label'"]],
    ['an effect on an unknown quantity', 'oil_price: oil_price + 12', 'oil_prise: oil_price + 12', ["bad.yaml:21:7: effect on unknown quantity 'oil_prise'"]],
    ['an unknown quantity in its effect', 'oil_price: oil_price + 12', 'oil_price: oil_prise + 12', ["bad.yaml:21:18: unknown quantity 'oil_prise' (did you mean 'oil_price'?)"]],
    [
      'a misspelt field',
      '    effects:',
      '    efects:',
      ["bad.yaml:18:5: missing required field 'effects'", "bad.yaml:20:5: unknown field 'efects' (did you mean 'effects'?); expected one of: id, label, effects, citation, source"],
    ],
    [
      'two injects with one id',
      'outcomes:',
      '  - id: cyber_outage\n    label: Again\n    effects:\n      oil_price: 1\noutcomes:',
      ["bad.yaml:22:9: duplicate inject id 'cyber_outage'"],
    ],
  ];

  it.each(cases)('%s', (_, from, to, expected) => {
    expect(problems(withInjects(from, to))).toEqual(expected);
  });

  it("refuses an inject with a random event's id, since the instructor names either by id alone", () => {
    const text = withInjects().replace(
      'injects:',
      'events:\n  - id: cyber_outage\n    label: A random outage\n    probability: 0.1\n    effects:\n      oil_price: oil_price + 1\ninjects:',
    );
    expect(problems(text)).toEqual(["bad.yaml:24:9: 'cyber_outage' is already an event's id; an inject needs an id of its own"]);
  });
});
