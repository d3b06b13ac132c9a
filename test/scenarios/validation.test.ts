import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseScenarioText } from '../../src/scenarios/load.js';
import { problems } from '../helpers/scenario-problems.js';

const MINI = readFileSync(new URL('./fixtures/mini.yaml', import.meta.url), 'utf8');

/** The mini scenario with one piece of text replaced. */
function edit(from: string, to: string): string {
  expect(MINI).toContain(from);
  return MINI.replace(from, to);
}

describe('a valid scenario file', () => {
  it('may write a truth value as YAML true or false, meaning 1 or 0 as in expressions', () => {
    const asYaml = parseScenarioText(edit('when: hormuz_flow < 0.5', 'when: true'), 'mini.yaml');
    const asText = parseScenarioText(edit('when: hormuz_flow < 0.5', "when: 'true'"), 'mini.yaml');
    expect(asYaml.outcomes[0]!.condition.evaluate(asYaml.initial)).toBe(1);
    expect(asText.outcomes[0]!.condition.evaluate(asText.initial)).toBe(1);
    const never = parseScenarioText(edit('when: hormuz_flow < 0.5', 'when: false'), 'mini.yaml');
    expect(never.outcomes[0]!.condition.evaluate(never.initial)).toBe(0);
  });

  it('loads', () => {
    const scenario = parseScenarioText(MINI, 'mini.yaml');
    expect(scenario.id).toBe('mini');
    expect(scenario.actors.map((a) => a.id)).toEqual(['china', 'iran']);
  });

  it('may define its own actors and quantities, and reweigh built-in actors', () => {
    const text = edit('actors: [china, iran]', `actors:
  - china
  - use: iran
    weights: { security: 1 }
  - mediator
quantities:
  - id: talks
    label: Talks under way
    unit: flag
    min: 0
    max: 1
    integer: true
    initial: 0
    meaning: 1 while talks are under way.
    source: Test.
actor_definitions:
  - id: mediator
    name: A mediator
    summary: Wants talks.
    interests:
      - id: talks
        label: Talks
        weight: 1
        expression: talks - escalation / 12
        rationale: It exists to mediate.
        citation:
          article: 05-russia-cautious-in-12-day-war-look-east.txt
          quote: Russia announced its readiness to mediate between Iran, Israel, and the U.S.
    actions:
      - id: convene
        label: Convene talks
        effects:
          talks: 1
          escalation: max(0, escalation - 1)
        citation:
          article: 05-russia-cautious-in-12-day-war-look-east.txt
          quote: Russia announced its readiness to mediate between Iran, Israel, and the U.S.`);
    const scenario = parseScenarioText(text, 'custom.yaml');
    expect(scenario.actors.map((a) => a.id)).toEqual(['china', 'iran', 'mediator']);
    expect(scenario.actors[1]!.interests.find((i) => i.id === 'security')!.weight).toBe(1);
    expect(scenario.quantities.some((q) => q.id === 'talks')).toBe(true);
  });
});

/** The scenario's actors list, then actor_definitions with one minimal actor per id. */
const DEFINING = (actors: string, ...ids: string[]): string =>
  `actors: ${actors}\nactor_definitions:${ids
    .map(
      (id) => `
  - id: ${id}
    name: A mediator
    summary: Wants talks.
    interests:
      - { id: calm, label: Calm, weight: 1, expression: -escalation / 44, rationale: It mediates., citation: { article: 05-russia-cautious-in-12-day-war-look-east.txt, quote: Russia announced its readiness to mediate } }
    actions:
      - { id: talk, label: Talk, citation: { article: 05-russia-cautious-in-12-day-war-look-east.txt, quote: Russia announced its readiness to mediate } }`,
    )
    .join('')}`;

/** An events section with one event of the given probability, before the outcomes. */
const EVENT = (probability: string): string =>
  `events:\n  - id: flare\n    label: Fighting flares\n    probability: ${probability}\n    effects: { oil_price: 90 }\noutcomes:`;

describe('an invalid scenario file is reported at file:line:column', () => {
  const cases: [string, string, string, string[]][] = [
    ['bad YAML indentation', 'horizon: 4', 'horizon: 4\n  bad: indent', ['bad.yaml:8:10: YAML: nested mappings are not allowed in compact mappings; 1 more syntax problem follows, often caused by this one']],
    ['a lone YAML syntax error, with no count of echoes', 'horizon: 4', 'horizon: [4', ['bad.yaml:9:1: YAML: flow sequence in block collection must be sufficiently indented and end with a ]']],
    ['a duplicate key', 'horizon: 4', 'horizon: 4\nhorizon: 5', ["bad.yaml:9:1: YAML: map keys must be unique; 'horizon' appears twice"]],
    ['a missing field', 'horizon: 4\n', '', ["bad.yaml:1:1: missing required field 'horizon'"]],
    ['fields missing from one map, named on one line', 'title: A small test scenario\nbrief: Two actors in the standard world.\n', '', ["bad.yaml:1:1: missing required fields 'title', 'brief'"]],
    [
      'a misspelt field',
      'horizon: 4',
      'horizn: 4',
      [
        "bad.yaml:1:1: missing required field 'horizon'",
        "bad.yaml:8:1: unknown field 'horizn' (did you mean 'horizon'?); expected one of: id, title, brief, citations, actors, actor_definitions, horizon, decision, quantities, initial, trigger, events, injects, outcomes, headline",
      ],
    ],
    ['text for a number', 'horizon: 4', 'horizon: soon', ["bad.yaml:8:10: expected a number, found the text 'soon'"]],
    ['a fraction for a whole number', 'horizon: 4', 'horizon: 2.5', ['bad.yaml:8:10: expected a whole number, found 2.5']],
    ['a number out of range', 'lookahead: 1', 'lookahead: 7', ['bad.yaml:11:14: must be at most 3, not 7']],
    ['a negative rationality', 'rationality: 8', 'rationality: -1', ['bad.yaml:10:16: must be at least 0, not -1']],
    ['an unknown actor', 'actors: [china, iran]', 'actors: [china, rusia]', ["bad.yaml:7:17: unknown actor 'rusia' (did you mean 'russia'?); known actors: china, gulf, iran, israel, north_korea, russia, usa"]],
    ['an actor listed twice', 'actors: [china, iran]', 'actors: [china, iran, china]', ["bad.yaml:7:23: actor 'china' is listed twice"]],
    ['a weight for an unknown interest', 'actors: [china, iran]', 'actors: [china, {use: iran, weights: {securty: 3}}]', ["bad.yaml:7:39: Iran has no interest 'securty' (did you mean 'security'?)"]],
    ['an initial value for an unknown quantity', 'actors: [china, iran]', 'actors: [china, iran]\ninitial:\n  oil_prize: 80', ["bad.yaml:9:3: unknown quantity 'oil_prize' (did you mean 'oil_price'?)"]],
    ['an initial value out of range', 'actors: [china, iran]', 'actors: [china, iran]\ninitial:\n  escalation: 99', ["bad.yaml:9:15: initial value 99 is outside escalation's range [0, 44]"]],
    ['a relation starting past ±100', 'actors: [china, iran]', 'actors: [china, iran]\ninitial:\n  rel_china_iran: 150', ["bad.yaml:9:19: initial value 150 is outside rel_china_iran's start range [-100, 100]"]],
    ['an unknown quantity in an expression', 'when: hormuz_flow < 0.5', 'when: hormuz_flw < 0.5', ["bad.yaml:20:11: unknown quantity 'hormuz_flw' (did you mean 'hormuz_flow'?)"]],
    ['a syntax error inside an expression, at its column', 'when: hormuz_flow < 0.5', 'when: hormuz_flow < * 0.5', ['bad.yaml:20:25: syntax error: value expected']],
    ['an effect on an unknown quantity', 'hormuz_threat: 1', 'hormuz_tret: 1', ["bad.yaml:16:5: effect on unknown quantity 'hormuz_tret'"]],
    ['a list for an expression', 'hormuz_threat: 1', 'hormuz_threat: [1]', ['bad.yaml:16:20: expected a number, true or false, or an expression in text']],
    ['a quote not in the article', 'quote: Roughly', 'quote: Almost exactly', ['bad.yaml:6:12: this quote does not appear verbatim in 02-iran-abandoned-by-key-allies.txt']],
    [
      'an unknown article',
      'article: 02-iran-abandoned-by-key-allies.txt',
      'article: 02-iran-abandoned.txt',
      ["bad.yaml:5:14: unknown article '02-iran-abandoned.txt'; articles: 01-vulnerable-in-eastern-iran.txt, 02-iran-abandoned-by-key-allies.txt, 03-unfaithful-allies-rift-with-the-east.txt, 04-iran-faces-crisis-alone-crink.txt, 05-russia-cautious-in-12-day-war-look-east.txt"],
    ],
    ['an escape sequence in a title', 'title: A small test scenario', 'title: "A small \\e[2J test"', ['bad.yaml:2:8: must not contain control characters or direction overrides']],
    ['a direction override in a title', 'title: A small test scenario', 'title: "A small \u202e test"', ['bad.yaml:2:8: must not contain control characters or direction overrides']],
    ['an event probability over 1', 'outcomes:', EVENT('2'), ['bad.yaml:20:18: probability 2 is outside [0, 1]']],
    ['a negative event probability', 'outcomes:', EVENT('-1'), ['bad.yaml:20:18: probability -1 is outside [0, 1]']],
    ['an actor defined under a built-in id', 'actors: [china, iran]', DEFINING('[china, russia]', 'russia'), ["bad.yaml:9:9: 'russia' is a built-in actor; give yours another id, or reweigh the built-in one with {use: russia, weights: …}"]],
    ['an actor defined twice', 'actors: [china, iran]', DEFINING('[china, talker]', 'talker', 'talker'), ["bad.yaml:16:9: actor 'talker' is defined twice"]],
    ['an actor defined but never listed', 'actors: [china, iran]', DEFINING('[china, iran]', 'talker'), ["bad.yaml:9:9: actor 'talker' is defined but not listed in actors, so it would never act"]],
    ['an outcome with a quantity\'s id, which would share its column in a batch\'s rows', '- id: closed', '- id: hormuz_flow', ["bad.yaml:18:9: outcome id 'hormuz_flow' is also the column of quantity 'hormuz_flow' in a batch's rows; give the outcome another id"]],
    ['an outcome named like a row\'s run index', '- id: closed', '- id: run', ["bad.yaml:18:9: outcome id 'run' is also the column of the run index in a batch's rows; give the outcome another id"]],
    [
      'an outcome named like another\'s turn column',
      'when: hormuz_flow < 0.5',
      'when: hormuz_flow < 0.5\n  - id: closed_turn\n    label: Closed on a turn\n    when: hormuz_flow < 0.2',
      ["bad.yaml:21:9: outcome id 'closed_turn' is also the column of the turn of outcome 'closed' in a batch's rows; give the outcome another id"],
    ],
    ['a list instead of a scenario', MINI, '- just\n- a list\n', ['bad.yaml:1:1: expected a map of fields, found a list']],
    ['an empty file', MINI, '', ['bad.yaml:1:1: expected a map of fields, found nothing (null)']],
  ];

  it.each(cases)('%s', (_, from, to, expected) => {
    expect(problems(edit(from, to))).toEqual(expected);
  });

  it('reports chance outcomes whose probabilities cannot sum to 1', () => {
    const text = edit('actors: [china, iran]', `actors: [china, iran, gambler]
actor_definitions:
  - id: gambler
    name: Gambler
    summary: Takes chances.
    interests:
      - { id: luck, label: Luck, weight: 1, expression: oil_price / 100, rationale: Test., citation: { article: 03-unfaithful-allies-rift-with-the-east.txt, quote: heavily discounted oil exports to China } }
    actions:
      - id: bet
        label: Bet
        citation: { article: 03-unfaithful-allies-rift-with-the-east.txt, quote: heavily discounted oil exports to China }
        outcomes:
          - { id: win, label: Win, probability: 0.5 }
          - { id: lose, label: Lose, probability: 0.3 }
      - id: bet_twice
        label: Bet twice
        citation: { article: 03-unfaithful-allies-rift-with-the-east.txt, quote: heavily discounted oil exports to China }
        outcomes:
          - { id: win, label: Win, probability: rest }
          - { id: lose, label: Lose, probability: rest }`);
    expect(problems(text)).toEqual([
      "bad.yaml:19:11: the chance outcomes' probabilities sum to 0.8, not 1 (or give one 'rest')",
      "bad.yaml:25:11: only one chance outcome may have probability 'rest'",
    ]);
  });
});

describe('a hostile scenario file is refused at load, and nothing in it runs', () => {
  const hostile: [string, string, string][] = [
    ["hormuz_threat: 'import({x: 1})'", "bad.yaml:16:20: the function 'import' is not allowed; allowed functions: abs, ceil, clamp, exp, floor, log, log10, max, min, pow, round, sign, sqrt", 'import'],
    [`hormuz_threat: 'evaluate("1 + 1")'`, "bad.yaml:16:20: the function 'evaluate' is not allowed; allowed functions: abs, ceil, clamp, exp, floor, log, log10, max, min, pow, round, sign, sqrt", 'evaluate'],
    [`hormuz_threat: 'parse("1")'`, "bad.yaml:16:20: the function 'parse' is not allowed; allowed functions: abs, ceil, clamp, exp, floor, log, log10, max, min, pow, round, sign, sqrt", 'parse'],
    [`hormuz_threat: 'createUnit("pwn")'`, "bad.yaml:16:20: the function 'createUnit' is not allowed; allowed functions: abs, ceil, clamp, exp, floor, log, log10, max, min, pow, round, sign, sqrt", 'createUnit'],
    ['hormuz_threat: escalation.constructor', 'bad.yaml:16:20: property and index access (like `a.b` or `a[1]`) is not allowed', 'property access'],
    ['hormuz_threat: "escalation = 44"', 'bad.yaml:16:20: assignment is not allowed: expressions may only read state', 'assignment'],
    ['hormuz_threat: "f(x) = x"', 'bad.yaml:16:20: function definitions are not allowed', 'function definition'],
    ['hormuz_threat: "[1, 2]"', 'bad.yaml:16:20: matrices and arrays are not allowed', 'a matrix'],
    ['hormuz_threat: no_such_thing', "bad.yaml:16:20: unknown quantity 'no_such_thing'", 'an unknown symbol'],
    [`hormuz_threat: '${'1+'.repeat(300)}1'`, 'bad.yaml:16:20: expression is 601 characters long; the limit is 500', 'oversized input'],
    ["hormuz_threat: !!js/function 'function(){}'", 'bad.yaml:16:20: YAML: unresolved tag: tag:yaml.org,2002:js/function', 'a code tag'],
  ];

  it.each(hostile)('%s', (replacement, expected) => {
    expect(problems(edit('hormuz_threat: 1', replacement))).toEqual([expected]);
  });

  it('refuses an alias bomb', () => {
    const bomb = ['a: &a [1,1,1,1,1,1,1,1,1,1]', 'b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a,*a]', 'c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b,*b]', 'd: [*c,*c,*c,*c,*c,*c,*c,*c,*c,*c]'].join('\n');
    expect(problems(bomb)).toEqual(['bad.yaml:1:1: YAML: excessive alias count indicates a resource exhaustion attack']);
  });

  it("refuses runaway nesting in one line, without the parser's internals", () => {
    // Where the parser gives up depends on the stack it has, so the column is not pinned.
    const lines = problems(`a: ${'['.repeat(5000)}`);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^bad\.yaml:1:\d+: YAML: nested too deeply$/);
  });

  it('refuses an oversized file before parsing it', () => {
    expect(problems(`# ${'x'.repeat(600_000)}\n`)).toEqual(['bad.yaml:1:1: file is 600003 bytes; the limit is 524288']);
  });
});

describe('the YAML layer', () => {
  it('refuses a __proto__ key, which JavaScript objects cannot hold as data', () => {
    expect(problems(edit('hormuz_threat: 1', 'hormuz_threat: 1\n    __proto__: 5'))).toEqual(["bad.yaml:17:5: the key '__proto__' is not allowed"]);
  });

  it('refuses keys that are lists or maps', () => {
    expect(problems(edit('horizon: 4', '? [horizon]\n: 4'))).toEqual(['bad.yaml:8:3: YAML: keys must be plain values, not lists or maps']);
  });

  it('counts columns without a byte-order mark', () => {
    expect(problems(`\uFEFF${edit('horizon: 4', 'horizon: soon')}`)).toEqual(["bad.yaml:8:10: expected a number, found the text 'soon'"]);
  });

  it('points at the start of an expression folded over several lines, not at a wrong line', () => {
    const folded = edit('when: hormuz_flow < 0.5', 'when: hormuz_flow <\n      * 0.5');
    expect(problems(folded)).toEqual(['bad.yaml:20:11: syntax error: value expected']);
  });

  it('lists fifty problems, then counts the rest', () => {
    // How long a file wrong in bulk (20,000 unknown keys) takes to refuse is bench/bench.mjs's.
    const keys = Array.from({ length: 2_000 }, (_, i) => `k${i}: 1`).join('\n  ');
    const lines = problems(edit('actors: [china, iran]', `actors: [china, iran]\ninitial:\n  ${keys}`));
    expect(lines).toHaveLength(51);
    expect(lines[0]).toBe("bad.yaml:9:3: unknown quantity 'k0'");
    expect(lines[50]).toBe('… and 1950 more problems');
  });
});
