import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { inertOverrides, inertQuantities } from '../../src/scenarios/inert-quantities.js';
import { builtInScenarioIds, loadScenario, parseScenarioText } from '../../src/scenarios/load.js';
import { cli } from '../helpers/cli.js';

describe('inert quantities: starting values that cannot change a run', () => {
  it('none in the built-in scenarios: every world quantity is read by an interest, precondition, probability or outcome', () => {
    for (const id of builtInScenarioIds()) expect(inertQuantities(loadScenario(id)).map((q) => q.id), id).toEqual([]);
  });

  it('finds a quantity nobody reads, and one read only by effects on it', () => {
    const scenario = parseScenarioText(
      [
        'extends: hormuz',
        'id: with_extras',
        'quantities:',
        '  - {id: unread, label: Unread, unit: u, min: 0, max: 10, initial: 5, meaning: Nothing reads it., source: test}',
        '  - {id: feeds_unread, label: Feeds, unit: u, min: 0, max: 10, initial: 5, meaning: Only an effect on an unread quantity reads it., source: test}',
        'events:',
        '  - {id: drift, label: Drift, probability: 0.5, effects: {unread: unread + feeds_unread}, source: test}',
        '',
      ].join('\n'),
    );
    expect(inertQuantities(scenario).map((q) => q.id)).toEqual(['unread', 'feeds_unread']);
    expect(inertOverrides(scenario).map((o) => o.quantity)).toEqual(['unread', 'feeds_unread']);
  });

  it('counts a quantity read only through an effect on a quantity that matters', () => {
    const scenario = parseScenarioText(
      [
        'extends: hormuz',
        'id: with_a_feeder',
        'quantities:',
        '  - {id: feeder, label: Feeder, unit: u, min: 0, max: 10, initial: 5, meaning: Pushes the oil price., source: test}',
        'events:',
        '  - {id: push, label: Push, probability: 0.5, effects: {oil_price: oil_price + feeder}, source: test}',
        '',
      ].join('\n'),
    );
    expect(inertQuantities(scenario)).toEqual([]);
  });

  it("counts a quantity read only by an instructor's inject on a quantity that matters", () => {
    const scenario = parseScenarioText(
      [
        'extends: hormuz',
        'id: with_an_inject_feeder',
        'quantities:',
        '  - {id: feeder, label: Feeder, unit: u, min: 0, max: 10, initial: 5, meaning: Pushes the oil price when injected., source: test}',
        'injects:',
        '  - {id: push, label: Push, effects: {oil_price: oil_price + feeder}, source: test}',
        '',
      ].join('\n'),
    );
    expect(inertQuantities(scenario)).toEqual([]);
  });

  it('names only the inert quantities a scenario sets itself', () => {
    const base = parseScenarioText('extends: hormuz\nid: v\nquantities:\n  - {id: unread, label: U, unit: u, min: 0, max: 10, initial: 5, meaning: m, source: s}\n');
    expect(inertOverrides(base).map((o) => o.quantity)).toEqual(['unread']);
    expect(inertOverrides(loadScenario('hormuz'))).toEqual([]);
  });
});

describe('wargame validate warns about an inert override, and still accepts the file', () => {
  it('prints a warning line on stderr and exits 0', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'wargame-inert-'));
    const file = join(dir, 'inert.yaml');
    writeFileSync(file, 'extends: s400\nid: inert\nquantities:\n  - {id: morale, label: Morale, unit: u, min: 0, max: 10, initial: 7, meaning: m, source: s}\n');
    const { code, out, err } = await cli('validate', file);
    expect(code).toBe(0);
    expect(out).toContain("valid — 'inert'");
    expect(err).toBe(
      `warning: ${file}: setting 'morale' to 7 changes nothing: no interest, precondition, probability or outcome reads it, directly or through an effect\n`,
    );
  });

  it('says nothing about an override that matters', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'wargame-inert-'));
    const file = join(dir, 'live.yaml');
    writeFileSync(file, 'extends: s400\nid: live\ninitial:\n  rel_iran_usa: -20\n');
    const { code, err } = await cli('validate', file);
    expect(code).toBe(0);
    expect(err).toBe('');
  });
});
