import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { actorSubject } from '../../src/brief/article-label.js';
import { roleCard } from '../../src/brief/role-card.js';
import { roleCardsMarkdown } from '../../src/brief/role-card-markdown.js';
import { loadScenario } from '../../src/scenarios/load.js';
import { cli } from '../helpers/cli.js';

const hormuz = loadScenario('hormuz');
const iran = hormuz.actors.find((a) => a.id === 'iran')!;

describe('a role card', () => {
  const card = roleCard(hormuz, iran);
  const markdown = roleCardsMarkdown([card]);

  it('gives every interest in words with its quote, the weightiest first, and no weight', () => {
    expect(card.interests.map((i) => i.label)).toEqual(
      [...iran.interests].sort((a, b) => Math.abs(b.weight) - Math.abs(a.weight)).map((i) => i.label),
    );
    for (const interest of iran.interests) {
      expect(markdown).toContain(`### ${interest.label}`);
      expect(markdown).toContain(`> “${interest.citation.quote}” (article ${interest.citation.article.slice(0, 2)}, `);
    }
    expect(card.interests[0]).not.toHaveProperty('weight');
  });

  it('says what each option does to the world when play starts, outcome by outcome', () => {
    const close = card.options.find((o) => o.label === 'Close the Strait of Hormuz')!;
    expect(close.openAtStart).toBe(true);
    expect(close.changes).toContain('Escalation 3 → 5 (Show of force)');
    expect(close.changes).toContain('China–Iran relations +35 → +15.2');
    expect(close.chances).toEqual([
      { label: 'shipping stops', changes: ['Oil flow through Hormuz 100% → 15%', 'Oil price $78 → $123'] },
      { label: 'under half the usual traffic gets through', changes: ['Oil flow through Hormuz 100% → 45%', 'Oil price $78 → $103'] },
    ]);
    const retaliate = card.options.find((o) => o.label === 'Fire missiles at Israel in reprisal')!;
    expect(retaliate.openAtStart).toBe(false);
    expect(markdown).toContain("_Not open when play starts; it opens when: Strikes not yet answered above 0 and Iran's missile force at least 10._");
  });

  it('carries no model figure: no expected utility, weight or choice probability', () => {
    expect(markdown).not.toMatch(/expected utility|probability|logit|\bweight \d|\d+% of the time/i);
    for (const interest of iran.interests) expect(markdown).not.toContain(`weight ${interest.weight}`);
  });

  it('lists the other actors and none twice', () => {
    expect(card.others.map((o) => o.name)).toEqual(hormuz.actors.filter((a) => a !== iran).map((a) => a.name));
  });
});

describe('wargame brief', () => {
  it('prints one actor’s card as Markdown', async () => {
    const result = await cli('brief', 'hormuz', '--as', 'iran');
    expect(result.code).toBe(0);
    expect(result.out.startsWith('# You are Iran\n')).toBe(true);
  });

  it('writes one printed page per actor with --as all -o cards.html, and Markdown for .md', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'wargame-brief-'));
    expect((await cli('brief', 'hormuz', '--as', 'all', '-o', join(folder, 'cards.html'))).code).toBe(0);
    const page = readFileSync(join(folder, 'cards.html'), 'utf8');
    expect(page.match(/<article class="card">/g)).toHaveLength(hormuz.actors.length);
    for (const actor of hormuz.actors) expect(page).toContain(`<h1>You are ${actorSubject(actor.name).replace(/'/g, '&#39;')}</h1>`);
    expect((await cli('brief', 'hormuz', '--as', 'all', '-o', join(folder, 'cards.md'))).code).toBe(0);
    expect(readFileSync(join(folder, 'cards.md'), 'utf8').match(/^# You are /gm)).toHaveLength(hormuz.actors.length);
  });

  it('refuses an unknown actor with a suggestion, and a file name that does not say which format', async () => {
    expect(await cli('brief', 'hormuz', '--as', 'irn')).toEqual({
      code: 2,
      out: '',
      err: "error: --as: no actor 'irn' in 'hormuz' (did you mean 'iran'?); its actors are china, usa, gulf, russia, israel, north_korea, iran, or all\n",
    });
    const odd = await cli('brief', 'hormuz', '--as', 'iran', '-o', 'card.txt');
    expect(odd.code).toBe(2);
    expect(odd.err).toBe('error: -o card.txt: the file name must end in .html or .md, which says which to write\n');
  });
});

describe('an option not open when play starts', () => {
  it('says what it would do from the opening position, not what it does if taken now', () => {
    const markdown = roleCardsMarkdown([roleCard(hormuz, iran)]);
    const threaten = markdown.slice(markdown.indexOf('### Threaten to close the Strait of Hormuz'), markdown.indexOf('### Close the Strait of Hormuz'));
    expect(threaten).toMatch(/_Not open when play starts; it opens when: .+\._/);
    expect(threaten).toContain('What it would do from where things stand now: Oil price $78 → $84; Iran–United States relations −80 → −83.');
    expect(threaten).not.toContain('If taken now');
  });
});

describe('an option not open when play starts', () => {
  it('says in words what opens it, from its precondition', async () => {
    const card = roleCard(hormuz, hormuz.actors.find((a) => a.id === 'iran')!);
    const retaliate = card.options.find((o) => o.label === 'Fire missiles at Israel in reprisal')!;
    expect(retaliate.openAtStart).toBe(false);
    expect(retaliate.opensWhen).toBe("Strikes not yet answered above 0 and Iran's missile force at least 10");
    const china = roleCardsMarkdown([roleCard(hormuz, hormuz.actors.find((a) => a.id === 'china')!)]);
    expect(china).toContain('opens when: US has struck Iran.');
    expect(china).not.toContain('it may open as the crisis moves');
  });
});
