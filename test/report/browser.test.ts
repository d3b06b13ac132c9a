/// <reference lib="dom" />
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runBatchInThread } from '../../src/batch/batch.js';
import { cli } from '../helpers/cli.js';
import { classFolder, hormuz } from './class-runs.js';
import { CHROMIUM_ARGS, systemChromium } from './system-chromium.js';

/** Where the screenshots go, to be looked at after a run. */
const SCREENS = join(tmpdir(), 'wargame-report-screens');
/** A made-up origin the page is served from, so that every request the page makes is seen. */
const ORIGIN = 'http://report.invalid';

let context: BrowserContext;
let profile: string;
const reports = new Map<string, string>();

beforeAll(async () => {
  const executablePath = systemChromium();
  profile = mkdtempSync(join(tmpdir(), 'wargame-chromium-'));
  context = await chromium.launchPersistentContext(profile, { executablePath, headless: true, args: CHROMIUM_ARGS, viewport: { width: 1280, height: 800 } });
  const { folder, files } = classFolder();
  const batch = join(folder, 'batch.json');
  writeFileSync(batch, JSON.stringify(runBatchInThread(hormuz, { runs: 40, seed: 1 })));
  const made: [string, string[]][] = [
    ['run', ['report', files[0]!]],
    ['class', ['report', ...files, batch]],
    ['batch', ['report', batch]],
    ['cards', ['brief', 'hormuz', '--as', 'all', '-o', join(folder, 'cards.html')]],
  ];
  // Sweeps and sensitivity analyses, small enough to make in seconds, reported from their JSON.
  const vary = ['--vary', 'iran.rationality=1:9', '--vary', 'initial.oil_price=60:120'];
  const experiments: [string, string[]][] = [
    ['sweep', ['sweep', 'hormuz', '--vary', 'iran.rationality=1:9:4', '--runs', '20']],
    ['heatmap', ['sweep', 'hormuz', '--vary', 'iran.rationality=1:9:3', '--vary', 'initial.oil_price=60:120:3', '--runs', '10']],
    ['tornado', ['sensitivity', 'hormuz', '--outcome', 'threat_withdrawn', ...vary, '--vary', 'horizon=8:14', '--runs', '20']],
    ['morris', ['sensitivity', 'hormuz', '--outcome', 'threat_withdrawn', '--method', 'morris', '--trajectories', '4', ...vary, '--runs', '20']],
    ['sobol', ['sensitivity', 'hormuz', '--outcome', 'threat_withdrawn', '--method', 'sobol', '--samples', '8', ...vary, '--runs', '20']],
  ];
  for (const [kind, args] of experiments) {
    const result = await cli(...args, '--json');
    if (result.code !== 0) throw new Error(`wargame ${args.join(' ')}: ${result.err}`);
    const file = join(folder, `${kind}.json`);
    writeFileSync(file, result.out);
    made.push([kind, ['report', file]]);
  }
  // Scenario discovery, trajectories and a comparison, each from what its command writes.
  const rows = join(folder, 'explore.csv');
  const explored = await cli('explore', 'hormuz', '--vary', 'iran.rationality=1:9', '--vary', 'initial.oil_price=60:120', '--samples', '60', '--workers', '1', '--quiet', '--out', rows);
  if (explored.code !== 0) throw new Error(explored.err);
  writeFileSync(join(folder, 'discovery.json'), (await cli('discover', rows, '--outcome', 'china_presses_iran', '--json')).out);
  made.push(['discovery', ['report', join(folder, 'discovery.json')]]);
  const turns = join(folder, 'turns.csv');
  if ((await cli('batch', 'hormuz', '--runs', '30', '--workers', '1', '--quiet', '--out-turns', turns)).code !== 0) throw new Error('batch --out-turns failed');
  made.push(['trajectories', ['report', turns]]);
  const other = join(folder, 'other.json');
  writeFileSync(other, JSON.stringify(runBatchInThread(hormuz, { runs: 40, seed: 2 })));
  writeFileSync(join(folder, 'comparison.json'), (await cli('compare', batch, other, '--json')).out);
  made.push(['comparison', ['report', join(folder, 'comparison.json')]]);
  for (const [kind, args] of made) {
    const result = await cli(...args);
    if (result.code !== 0) throw new Error(`wargame ${args.join(' ')}: ${result.err}`);
    reports.set(kind, kind === 'cards' ? readFileSync(join(folder, 'cards.html'), 'utf8') : result.out);
  }
  mkdirSync(SCREENS, { recursive: true });
}, 15 * 60_000);

afterAll(async () => {
  await context?.close();
  if (profile !== undefined) rmSync(profile, { recursive: true, force: true });
});

interface Opened {
  readonly page: Page;
  readonly requests: string[];
  readonly errors: string[];
}

/** Opens a report as a page, recording every request it makes and every error it logs. */
async function open(kind: string): Promise<Opened> {
  const page = await context.newPage();
  const url = `${ORIGIN}/${kind}.html`;
  const requests: string[] = [];
  const errors: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  await page.route('**/*', (route) =>
    route.request().url() === url ? route.fulfill({ contentType: 'text/html; charset=utf-8', body: reports.get(kind)! }) : route.abort(),
  );
  await page.goto(url, { waitUntil: 'load' });
  return { page, requests, errors };
}

describe.each([
  ['run', 2],
  ['class', 3],
  ['batch', 2],
  ['cards', 0],
  ['sweep', 1],
  ['heatmap', 1],
  ['tornado', 1],
  ['morris', 1],
  ['sobol', 1],
  ['discovery', 3],
  ['trajectories', 1],
  ['comparison', 1],
])('the %s report in Chromium', (kind, charts) => {
  // One page per report, opened once and read by every test below, in an order that leaves
  // it as the next one needs it: the narrower widths and print media come last. (Opening it
  // for each test rendered every chart five times: a third of the file's time.)
  let opened: Opened;
  beforeAll(async () => {
    opened = await open(kind);
  });
  afterAll(async () => {
    await opened?.page.close();
  });

  it('loads nothing but itself and logs no error', async () => {
    const { requests, errors } = opened;
    expect(requests).toEqual([`${ORIGIN}/${kind}.html`]);
    expect(errors).toEqual([]);
  });

  it(`draws its ${charts} charts, with marks, inside the page width`, async () => {
    const { page } = opened;
    const drawn = await page.$$eval('figure > svg', (svgs) =>
      svgs.map((svg) => ({ marks: svg.querySelectorAll('g[class^="mark-"] path, g[class^="mark-"] line').length, width: svg.getBoundingClientRect().width })),
    );
    expect(drawn).toHaveLength(charts);
    for (const chart of drawn) {
      expect(chart.marks).toBeGreaterThan(0);
      expect(chart.width).toBeGreaterThan(300);
    }
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth)).toBe(true);
  });

  it('is set large enough to read on a projector, and a screenshot shows it', async () => {
    const { page } = opened;
    expect(await page.evaluate(() => parseFloat(getComputedStyle(document.body).fontSize))).toBeGreaterThanOrEqual(18);
    const png = await page.screenshot({ path: join(SCREENS, `${kind}.png`), fullPage: false });
    expect(png.subarray(1, 4).toString()).toBe('PNG');
  });

  it('draws no axis label over another at 1200 px, two-line outcome names included', async () => {
    const { page } = opened;
    await page.setViewportSize({ width: 1200, height: 900 });
    const overlaps = await page.$$eval('figure > svg', (svgs) =>
      svgs.flatMap((svg, chart) => {
        // Vega hides the ticks' labels that would collide by making them transparent.
        const shown = Array.from(svg.querySelectorAll('g[class~="role-axis-label"] text')).filter((t) => getComputedStyle(t).opacity !== '0');
        const boxes = shown.map((t) => ({ text: t.textContent, box: t.getBoundingClientRect() }));
        return boxes.flatMap((a, i) =>
          boxes.slice(i + 1).filter((b) => a.box.left < b.box.right && b.box.left < a.box.right && a.box.top < b.box.bottom && b.box.top < a.box.bottom).map((b) => `chart ${chart}: '${a.text}' over '${b.text}'`),
        );
      }),
    );
    expect(overlaps).toEqual([]);
  });

  it('prints to PDF on A4 and on Letter, with nothing wider than the paper', async () => {
    const { page } = opened;
    for (const format of ['A4', 'Letter']) {
      const pdf = await page.pdf({ format, path: join(SCREENS, `${kind}-${format}.pdf`) });
      expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
      expect(pdf.toString('latin1').match(/\/Type\s*\/Page\b/g)?.length ?? 0).toBeGreaterThan(0);
    }
    // A4 less the page margins is about 680 CSS pixels wide.
    await page.setViewportSize({ width: 680, height: 900 });
    await page.emulateMedia({ media: 'print' });
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth)).toBe(true);
  });
});

describe.each(['run', 'class'])("the model's typical path on the %s report's rung chart, in Chromium", (kind) => {
  it('is a dashed line across the turns, its label shown inside the chart', async () => {
    const { page } = await open(kind);
    // The rung chart is the one whose y axis is the escalation rung (a class report leads with its outcomes).
    const drawn = await page.$$eval('figure > svg', (svgs) => {
      const svg = svgs.find((s) => Array.from(s.querySelectorAll('text')).some((t) => t.textContent === 'escalation rung'))!;
      const chart = svg.getBoundingClientRect();
      const dashed = Array.from(svg.querySelectorAll('path')).filter((p) => getComputedStyle(p).strokeDasharray.replace(/px/g, '').replace(/\s/g, '') === '7,5');
      const label = Array.from(svg.querySelectorAll('text')).find((t) => t.textContent === "the model's typical path");
      const box = label?.getBoundingClientRect();
      return {
        dashed: dashed.map((p) => p.getBoundingClientRect().width / chart.width),
        label: box === undefined ? undefined : { visible: getComputedStyle(label!).opacity !== '0', inside: box.left >= chart.left && box.right <= chart.right && box.top >= chart.top && box.bottom <= chart.bottom },
      };
    });
    expect(drawn.dashed).toHaveLength(1);
    expect(drawn.dashed[0]).toBeGreaterThan(0.5); // from the trigger to the last turn, not a stub
    expect(drawn.label).toEqual({ visible: true, inside: true });
    await page.close();
  });
});
