import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { cliIn } from '../helpers/cli.js';
import { hostileFolder, mini } from './fixtures.js';

// Scenario text is written by whoever shared the file; the outputs made from it must show
// it as text. A Markdown role card is rendered by editors and learning platforms with
// the HTML inside it, and a report's charts are built by vega-lite from expressions.
let dir: string;

/** mini.yaml with markup in its brief, a heading after a line break in its title, and a treacherous outcome label. */
const evil = mini
  .replace(
    'brief: Two actors in the standard world.',
    `brief: |-\n  Read <script>alert(1)</script> then [the plan](javascript:alert(1)) and ![a map](https://evil.example/track.png).\n  # Injected heading\n  - injected item\n\n  1. numbered`,
  )
  .replace('title: A small test scenario', 'title: "Small\\n# Injected title heading <img src=x onerror=alert(1)>"')
  .replace('label: Iran threatens the strait', 'label: "Iran <b>threatens</b> the strait\\u2028## Injected trigger heading"')
  .replace('    label: The strait closes\n', '    label: |-\n      The strait \\" closes\n      on two lines\u2028and a third\n');

beforeAll(() => {
  dir = hostileFolder();
  writeFileSync(join(dir, 'evil.yaml'), evil);
});

describe('scenario text in outputs', () => {
  it('is accepted by validate, so the outputs must cope with it', async () => {
    expect((await cliIn(dir, 'validate', 'evil.yaml')).code).toBe(0);
  });

  it('reaches a Markdown role card as text: no HTML, links, images or headings of its own', async () => {
    const run = await cliIn(dir, 'brief', 'evil.yaml', '--as', 'all', '-o', 'card.md');
    expect(run.code, run.err).toBe(0);
    const card = readFileSync(join(dir, 'card.md'), 'utf8');
    expect(card).not.toMatch(/<script|<img|<b>/i);
    expect(card).not.toMatch(/(?<!\\)\](\(javascript:)/);
    expect(card).not.toMatch(/!\[/);
    expect(card).not.toMatch(/^#+ Injected/m);
    expect(card).not.toMatch(/^- injected item/m);
    expect(card).not.toMatch(/^1\. numbered/m);
    expect(card).not.toMatch(/[\u2028\u2029]/);
    // The words are all still there, as text.
    expect(card).toContain('Read &lt;script&gt;alert(1)&lt;/script&gt; then \\[the plan\\](javascript:alert(1)) and !\\[a map\\](https://evil.example/track.png). \\# Injected heading');
    expect(card).toContain('**Small \\# Injected title heading &lt;img src=x onerror=alert(1)&gt;**');
    expect(card).toContain('1\\. numbered');
    // The card's own structure is intact: one title heading per actor.
    expect(card.match(/^# You are /gm)).toHaveLength(2);
  });

  it('reaches a report chart as a title vega-lite cannot misparse: a line break, \\" and U+2028', async () => {
    const record = await cliIn(dir, 'run', 'evil.yaml', '--seed', '1', '--json');
    expect(record.code).toBe(0);
    writeFileSync(join(dir, 'run.json'), record.out);
    writeFileSync(join(dir, 'oat.json'), (await cliIn(dir, 'sensitivity', 'evil.yaml', '--outcome', 'closed', '--runs', '10', '--workers', '1', '--json')).out);
    const run = await cliIn(dir, 'report', 'run.json', 'oat.json', '--scenario', 'evil.yaml', '-o', 'report.html');
    expect(run.err).toBe('');
    expect(run.code).toBe(0);
    expect(readFileSync(join(dir, 'report.html'), 'utf8')).toContain('The strait ⧵&quot; closes on two lines and a third');
  }, 60_000);
});
