import { afterEach, describe, expect, it } from 'vitest';
import { App } from '../../../src/cli/ui/App.js';
import { relationNames } from '../../../src/presentation/relation-names.js';
import { openSeatedRun } from '../../../src/records/seated-run.js';
import { parseScenarioText } from '../../../src/scenarios/load.js';
import { KEYS, mount } from '../../helpers/ink.js';
import { pretendSave } from '../../helpers/pretend-save.js';

const CITATION = '{ article: 05-russia-cautious-in-12-day-war-look-east.txt, quote: Russia announced its readiness to mediate }';

/** A scenario of its own actor and Iran: the world's relations are mostly between actors who do not take part. */
const mediation = parseScenarioText(
  `id: mediation
title: A mediator and Iran
brief: A mediator tries to calm Iran.
citations: [${CITATION}]
actors: [mediator, iran]
horizon: 4
decision: { rationality: 8, lookahead: 1 }
quantities:
  - { id: rel_iran_mediator, label: Talks climate, unit: relation, min: -100, max: 100, initial: 5, between: [mediator, iran], meaning: t, source: t }
trigger: { id: threat, label: Iran threatens the strait, effects: { hormuz_threat: 1 } }
actor_definitions:
  - id: mediator
    name: A mediator
    summary: Wants talks.
    interests:
      - { id: calm, label: Calm, weight: 1, expression: -escalation / 44, rationale: It mediates., citation: ${CITATION} }
    actions:
      - { id: talk, label: Talk, effects: { escalation: 'max(0, escalation - 1)' }, citation: ${CITATION} }
      - { id: wait, label: Wait, citation: ${CITATION} }
outcomes:
  - { id: calm, label: Calm returns, when: escalation < 1 }
`,
  'mediation.yaml',
);
const relation = (id: string) => mediation.quantities.find((q) => q.id === id)!;

let ui: Awaited<ReturnType<typeof mount>> | undefined;
afterEach(() => ui?.unmount());

describe('relationNames', () => {
  it("names an actor outside the scenario from the relation's label, one inside it as the scenario does", () => {
    expect(relationNames(mediation, relation('rel_china_iran'))).toEqual(['China', 'Iran']);
    expect(relationNames(mediation, relation('rel_gulf_russia'))).toEqual(['Gulf states', 'Russia']);
    // A label not of the form `A–B relations` names no one: the scenario's own names do.
    expect(relationNames(mediation, relation('rel_iran_mediator'))).toEqual(['A mediator', 'Iran']);
  });
});

describe('the world panel of a scenario with actors of its own', () => {
  it.each([
    [100, 30],
    [80, 24],
  ])('names both actors of every relation at %i×%i, never by id', async (columns, rows) => {
    ui = await mount(<App seated={openSeatedRun(mediation, 1, [])} onSave={pretendSave} />);
    await ui.resize(columns, rows);
    await ui.press(KEYS.home);
    await ui.shows('World after the trigger');
    // `wargame run` calls it `China–Iran relations`; here it was `china–Iran +35`.
    await ui.shows('China–Iran +35');
    if (rows >= 30) await ui.shows(/Israel–Russia \+45 +Gulf states–Russia \+45/);
    for (let turn = 1; turn <= 4; turn++) {
      await ui.press(KEYS.right);
      await ui.shows(`turn ${turn} of 4`);
      const cells = ui.frame().match(/\S+(?: \S+)?–\S+(?: [a-z]+)? [+−]\d+/g) ?? [];
      expect(cells.length, ui.frame()).toBeGreaterThan(0);
      for (const cell of cells) expect(cell, ui.frame()).toMatch(/^(?:[A-Z]\S*(?: [a-z]+)?|mediator)–[A-Z]\S*(?: [a-z]+)? [+−]\d+$/);
    }
  });
});
