/// <reference lib="dom" />
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { chromium, type BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli } from '../helpers/cli.js';
import { CHROMIUM_ARGS, systemChromium } from '../report/system-chromium.js';
import { hostileFolder, scenarioWithActors } from './fixtures.js';

// Labels are written by whoever shared the scenario (or edited the batch summary) and end
// up in HTML reports and role cards that a class opens in a browser. Whatever characters
// and markup they hold, the page must show them as text: no script runs, nothing is
// fetched, and the command making the page does not crash. This renders hostile labels in
// the real browser, since only a browser's parser says what a page really does.

const chars = (from: number, to: number): string[] => Array.from({ length: to - from + 1 }, (_, k) => String.fromCharCode(from + k));

/** Every C0 control, DEL and every C1 control. */
const CONTROLS = [...chars(0x00, 0x1f), '\x7f', ...chars(0x80, 0x9f)];
/** Bidirectional embeddings, overrides and isolates: they make text read other than it is. */
const BIDI_OVERRIDES = [...chars(0x202a, 0x202e), ...chars(0x2066, 0x2069)];
/** Line and paragraph separators, and every space and invisible character that is not a control. */
const SEPARATORS = ['\n', '\u00a0', '\u1680', ...chars(0x2000, 0x200a), '\u2028', '\u2029', '\u202f', '\u205f', '\u3000'];
const INVISIBLE = ['\u00ad', '\u061c', '\u200b', '\u200c', '\u200d', '\u200e', '\u200f', '\u2060', '\ufeff'];
/** Markup that would run, fetch or restructure the page if it reached the parser as markup. */
const INJECTIONS = [
  '<script>window.__pwned=1</script>',
  '<img src=x onerror="window.__pwned=1">',
  '<svg onload=window.__pwned=1>',
  '</title><script>window.__pwned=1</script>',
  '</style><script>window.__pwned=1</script>',
  '</textarea></tspan></text></svg><script>window.__pwned=1</script>',
  '"><script>window.__pwned=1</script>',
  "' onmouseover='window.__pwned=1",
  '<a href="javascript:window.__pwned=1">x</a>',
  '[link](javascript:window.__pwned=1)',
  '![map](http://evil.invalid/track.png)',
  '<iframe src="http://evil.invalid/">',
  '<link rel=stylesheet href="http://evil.invalid/s.css">',
  '<style>@import "http://evil.invalid/s.css";</style>',
  '<meta http-equiv="refresh" content="0;url=http://evil.invalid/">',
  '<base href="http://evil.invalid/">',
  '<!--',
  '-->',
  '<![CDATA[',
  ']]>',
  '&lt;b&gt;',
  '&amp;',
  '&#60;script&#62;',
  '"+(window.__pwned=1)+"',
  '${window.__pwned=1}',
  '{{constructor.constructor("window.__pwned=1")()}}',
  'datum["x"]',
  '\\',
  '\\"',
  '\\n',
  '\\u2028',
  '"',
  "'",
  '`',
  '# heading',
  '* item',
  '| cell |',
  '*emphasis*',
  '_under_',
];
/** What a scenario file's labels may hold: its loader refuses controls (but line feeds) and bidi overrides. */
const ACCEPTED = [...SEPARATORS, ...INVISIBLE, ...INJECTIONS, 'word', ' ', 'ü', '漢'];
const REFUSED = [...CONTROLS.filter((c) => c !== '\n'), ...BIDI_OVERRIDES];

/** A label of at most `max` characters from the pieces, starting and ending with a letter, so that trimming leaves it whole. */
const label = (pieces: readonly string[], max: number) =>
  fc.array(fc.constantFrom(...pieces), { minLength: 1, maxLength: 8 }).map((parts) => `L${parts.join('')}`.slice(0, max - 1) + 'Z');

/** The labels of one scenario, and text for an edited batch summary, which no loader checks. */
const labelsArbitrary = fc.record({
  title: label(ACCEPTED, 160),
  trigger: label(ACCEPTED, 160),
  outcome: label(ACCEPTED, 160),
  actors: fc.tuple(label(ACCEPTED, 60), label(ACCEPTED, 60)),
  actions: fc.tuple(label(ACCEPTED, 120), label(ACCEPTED, 120)),
  chances: fc.tuple(label(ACCEPTED, 120), label(ACCEPTED, 120)),
  edited: label([...CONTROLS, ...BIDI_OVERRIDES, ...ACCEPTED], 400),
});
type Labels = typeof labelsArbitrary extends fc.Arbitrary<infer T> ? T : never;

/** The longest text each label of a scenario may hold: title, trigger, outcome, actors, actions, chance outcomes. */
const MAXIMA = [160, 160, 160, 60, 60, 120, 120, 120, 120] as const;

/**
 * Cases that between them hold every accepted piece, whatever the random ones draw, each
 * filled to its labels' lengths; their edited batch summaries hold every character at all.
 */
function casesHoldingEverything(): Labels[] {
  const edited = `G${[...CONTROLS, ...BIDI_OVERRIDES, ...SEPARATORS, ...INVISIBLE].join('')}<script>window.__pwned=1</script>Z`;
  const rest = [SEPARATORS.join(''), INVISIBLE.join(''), ...INJECTIONS];
  const cases: Labels[] = [];
  while (rest.length > 0) {
    const [title, trigger, outcome, a0, a1, c0, c1, d0, d1] = MAXIMA.map((max) => {
      let text = 'L';
      while (rest.length > 0 && text.length + rest[0]!.length < max) text += rest.shift()!;
      return `${text}Z`;
    }) as [string, string, string, string, string, string, string, string, string];
    cases.push({ title, trigger, outcome, actors: [a0, a1], actions: [c0, c1], chances: [d0, d1], edited });
  }
  return cases;
}

/** A YAML double-quoted string: JSON's, with everything outside printable ASCII escaped. */
const yamlString = (text: string): string =>
  JSON.stringify(text).replace(/[^\x20-\x7e]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);

/** A two-actor scenario whose title, trigger, outcome, actor names, actions and chance outcomes carry the labels. */
function scenarioText(labels: Labels): string {
  let action = 0;
  let chance = 0;
  return scenarioWithActors({ actions: 2, outcomes: 2, interests: 1, term: 'escalation' }, { lookahead: 1, horizon: 4 })
    .replace('title: A small test scenario', `title: ${yamlString(labels.title)}`)
    .replace('label: Iran threatens the strait', `label: ${yamlString(labels.trigger)}`)
    .replace('label: The strait closes', `label: ${yamlString(labels.outcome)}`)
    .replace('name: Actor first', `name: ${yamlString(labels.actors[0])}`)
    .replace('name: Actor second', `name: ${yamlString(labels.actors[1])}`)
    .replace(/label: Action \d+/g, () => `label: ${yamlString(labels.actions[action++ % 2]!)}`)
    .replace(/label: Outcome \d+/g, () => `label: ${yamlString(labels.chances[chance++ % 2]!)}`);
}

/**
 * Text as a page's text content can be compared with a label: without whitespace,
 * controls and invisible characters, which HTML collapses, drops or replaces (U+FFFD for
 * NUL), and with the backslash look-alike chart titles use (⧵) read as a backslash.
 */
const visible = (text: string): string => text.replace(/[\s\p{Cc}\p{Cf}\p{Z}\ufffd]/gu, '').replaceAll('⧵', '\\');

/** What a hostile script's `window.__pwned=1` logs. */
const PWNED = 'wargame-test: a script from a label ran';

/** Where the pages are served from: a made-up origin, so that every request they make is seen. */
const ORIGIN = 'http://labels.invalid';

let chromiumMissing: string | undefined;
let executablePath = '';
try {
  executablePath = systemChromium();
} catch (error) {
  chromiumMissing = (error as Error).message;
}

let context: BrowserContext;
let profile: string;
let dir: string;

beforeAll(async () => {
  dir = hostileFolder();
  if (chromiumMissing !== undefined) return;
  profile = mkdtempSync(join(tmpdir(), 'wargame-chromium-'));
  context = await chromium.launchPersistentContext(profile, { executablePath, headless: true, args: CHROMIUM_ARGS });
}, 60_000);

afterAll(async () => {
  await context?.close();
  if (profile !== undefined) rmSync(profile, { recursive: true, force: true });
  if (dir !== undefined) rmSync(dir, { recursive: true, force: true });
});

/** What a page did when opened: the requests it made, dialogs it opened, and what it holds. */
async function open(html: string) {
  const page = await context.newPage();
  const url = `${ORIGIN}/page.html`;
  const requests: string[] = [];
  const dialogs: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  // Every hostile script sets window.__pwned: a setter installed before the page's own
  // parsing tells, even if the page then navigates away or its context is destroyed.
  const scripts: string[] = [];
  page.on('console', (message) => {
    if (message.text() === PWNED) scripts.push(message.location().url);
  });
  await page.addInitScript((pwned) => {
    Object.defineProperty(window, '__pwned', { configurable: false, get: () => undefined, set: () => console.log(pwned) });
  }, PWNED);
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await page.route('**/*', (route) => (route.request().url() === url ? route.fulfill({ contentType: 'text/html; charset=utf-8', body: html }) : route.abort()));
  await page.goto(url, { waitUntil: 'load' });
  // Until the network is quiet, so that what a broken image's onerror or a refresh would do has been done.
  await page.waitForLoadState('networkidle');
  const seen = await page.evaluate(() => ({
    text: document.body.textContent ?? '',
    // Elements and attributes a label could only have made by reaching the parser as markup.
    active: Array.from(document.querySelectorAll('*')).flatMap((element) => [
      ...(/^(script|iframe|img|object|embed|base|meta|link|style)$/i.test(element.tagName) && element.closest('body') !== null ? [element.tagName] : []),
      ...Array.from(element.attributes).filter((a) => /^on/i.test(a.name) || /^\s*javascript:/i.test(a.value)).map((a) => `${element.tagName}[${a.name}]`),
    ]),
    location: window.location.href,
  })).catch((error: Error) => ({ text: '', active: [`no page to look at: ${error.message}`], location: page.url() }));
  await page.close();
  return { scripts, requests, dialogs, url, ...seen };
}

/** Runs wargame in this process; a crash or a refusal fails the case with its message. */
async function made(...args: string[]): Promise<string> {
  const result = await cli(...args);
  expect(result.code, `wargame ${args.join(' ')}: ${result.err}`).toBe(0);
  return result.out;
}

describe.skipIf(chromiumMissing !== undefined)('hostile labels in the HTML outputs, rendered in Chromium', () => {
  it('show as text in role cards and in run, sensitivity and batch reports: no crash, nothing runs, loads or becomes markup', async () => {
    let n = 0;
    await fc.assert(
      fc.asyncProperty(labelsArbitrary, async (labels) => {
        const folder = join(dir, `case-${n++}`);
        const scenario = `${folder}.yaml`;
        writeFileSync(scenario, scenarioText(labels));
        const card = `${folder}-cards.html`;
        await made('brief', scenario, '--as', 'all', '-o', card);
        const runFile = `${folder}-run.json`;
        writeFileSync(runFile, await made('run', scenario, '--seed', '1', '--json'));
        const runReport = await made('report', runFile, '--scenario', scenario);
        // A sensitivity analysis charts the outcome under its label, a title vega-lite builds
        // expressions from; the label comes from the scenario of the runs reported with it.
        const sensitivityFile = `${folder}-oat.json`;
        writeFileSync(sensitivityFile, await made('sensitivity', scenario, '--outcome', 'closed', '--runs', '4', '--workers', '1', '--json'));
        const sensitivityReport = await made('report', runFile, sensitivityFile, '--scenario', scenario);
        // A batch summary is plain JSON: whoever shares one can put any text in it.
        const summary = JSON.parse(await made('batch', scenario, '--runs', '8', '--seed', '1', '--json')) as {
          scenario: { title: string };
          outcomes: { label: string }[];
          quantities: { label: string }[];
        };
        summary.scenario.title += labels.edited;
        summary.outcomes[0]!.label = labels.edited;
        summary.quantities[0]!.label = labels.edited;
        const batchFile = `${folder}-batch.json`;
        writeFileSync(batchFile, JSON.stringify(summary));
        const batchReport = await made('report', batchFile);

        const pages: [string, string, string[]][] = [
          ['role card', readFileSync(card, 'utf8'), [labels.title, labels.trigger, ...labels.actors, ...labels.actions, ...labels.chances]],
          ['run report', runReport, [labels.title, labels.trigger, ...labels.actors, ...labels.actions, labels.outcome, ...labels.chances]],
          ['batch report', batchReport, [labels.title, labels.edited]],
          ['run and sensitivity report', sensitivityReport, [labels.title, labels.outcome]],
        ];
        // Opened side by side: each waits for a quiet network, which is most of its time.
        const opened = await Promise.all(pages.map(([, html]) => open(html)));
        for (const [k, [name, , shown]] of pages.entries()) {
          const page = opened[k]!;
          expect(page.scripts, `${name}: a label's script ran`).toEqual([]);
          expect(page.dialogs, `${name}: a dialog opened`).toEqual([]);
          expect(page.requests, `${name}: it asked for more than itself`).toEqual([page.url]);
          expect(page.location, `${name}: it navigated away`).toBe(page.url);
          expect(page.active, `${name}: a label became markup`).toEqual([]);
          for (const text of shown) expect(visible(page.text), `${name}: ${JSON.stringify(text)} is not shown as text`).toContain(visible(text));
        }
      }),
      { seed: 25, numRuns: 6, examples: casesHoldingEverything().map((labels) => [labels]), endOnFailure: true },
    );
  }, 120_000);

  it('cannot come from a scenario file with a control character or bidi override: 65, and no card', async () => {
    for (const c of REFUSED) {
      const scenario = join(dir, 'refused.yaml');
      const card = join(dir, 'refused.html');
      writeFileSync(scenario, scenarioText({ ...casesHoldingEverything()[0]!, title: `T${c}Z` }));
      const result = await cli('brief', scenario, '--as', 'all', '-o', card);
      expect(result.code, `U+${c.charCodeAt(0).toString(16).padStart(4, '0')}: ${result.err}`).toBe(65);
      expect(result.err).toMatch(/must not contain control characters or direction overrides/);
      expect(existsSync(card)).toBe(false);
    }
  });
});
