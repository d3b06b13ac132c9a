import { beforeAll, describe, expect, it } from 'vitest';
import type { RunRecord } from '../../src/records/run-record.js';
import { page } from '../../src/report/page.js';
import { runReport } from '../../src/report/run-report.js';
import { hormuz, seatedRun, visibleText } from './class-runs.js';

const iran = hormuz.actors.find((a) => a.id === 'iran')!;
const label = (id: string): string => iran.actions.find((a) => a.id === id)!.label;

describe('the report of one run', () => {
  let record: RunRecord;
  let document: string;
  let text: string;
  beforeAll(async () => {
    // A person closes the strait on turn 7, which the model would not.
    record = seatedRun(3, { 7: 'close_strait' });
    document = page('t', await runReport(hormuz, record, 'group-a'));
    text = visibleText(document);
  });

  it("says what the model preferred to a person's choice, and by how much", () => {
    const turn = record.turns[6]!;
    const best = turn.options.reduce((a, b) => (b.expectedUtility > a.expectedUtility ? b : a));
    const chosen = turn.options.find((o) => o.action === 'close_strait')!;
    expect(best.action).not.toBe('close_strait');
    const margin = (best.expectedUtility - chosen.expectedUtility).toFixed(2);
    expect(text).toContain(`A person chose this; the model preferred “${label(best.action)}” by ${margin} points of the actor's score`);
  });

  it('names every option of every turn by its label, never by its id', () => {
    for (const turn of record.turns) {
      const actor = hormuz.actors.find((a) => a.id === turn.actor)!;
      for (const option of turn.options) {
        expect(text).toContain(actor.actions.find((a) => a.id === option.action)!.label);
        expect(text).not.toMatch(new RegExp(`\\b${option.action}\\b`));
      }
    }
  });

  it('quotes the passage behind each term that decided a choice', () => {
    // Regime security separates closing the strait from standing down: escalation.
    const security = iran.interests.find((i) => i.id === 'security')!;
    expect(text).toContain(`“${security.citation.quote}” sources/articles/${security.citation.article}`);
  });

  it('lists the outcomes reached before those not reached', () => {
    const reached = hormuz.outcomes.filter((o) => record.outcomes[o.id]);
    const missed = hormuz.outcomes.filter((o) => !record.outcomes[o.id]);
    expect(reached.length).toBeGreaterThan(0);
    expect(missed.length).toBeGreaterThan(0);
    for (const o of reached) expect(text).toContain(`✔ ${o.label}`);
    for (const o of missed) expect(text).toContain(`✘ not reached: ${o.label}`);
    expect(text.indexOf(reached.at(-1)!.label)).toBeLessThan(text.indexOf('✘ not reached'));
  });

  it('draws the rung and the key quantities as SVG charts with marks', () => {
    const charts = document.match(/<svg[\s\S]*?<\/svg>/g) ?? [];
    expect(charts).toHaveLength(2);
    expect(charts[0]).toMatch(/class="mark-line role-mark/);
    expect(charts[0]).toMatch(/class="mark-symbol role-mark/);
    expect(charts[1]).toContain('Oil price (USD/bbl)');
  });

  it("draws the model's typical path on the rung chart as a dashed line, labelled, and says what it is", () => {
    const rungChart = (document.match(/<svg[\s\S]*?<\/svg>/g) ?? [])[0]!;
    expect(rungChart).toMatch(/<path[^>]*stroke-dasharray="7,5"/);
    expect(rungChart).toMatch(/<text[^>]*>the model's typical path<\/text>/);
    expect(text).toContain("The dashed line is the model's typical path: the median rung at each turn over 200 of its own runs (batch seed 1).");
  });

  it('tells the story turn by turn, every turn played', () => {
    for (const turn of record.turns) expect(document).toContain(`id="turn-${turn.turn}"`);
    expect(text).toContain(`Turn 7 · Iran played by a person Iran: ${record.turns[6]!.chance === null ? label('close_strait') : `${label('close_strait')}:`}`);
  });

  it('loads nothing: no script, no external reference, and a policy that forbids both', async () => {
    expect(document).not.toMatch(/<script|<link|<img|<iframe|url\(/i);
    expect(document).toContain(`content="default-src 'none'`);
    expect(document.replace(/xmlns(:xlink)?="http:\/\/www\.w3\.org\/[^"]*"/g, '')).not.toMatch(/https?:\/\//);
  });

  it('is the same, byte for byte, when made again', async () => {
    expect(page('t', await runReport(hormuz, record, 'group-a'))).toBe(document);
  });
});
