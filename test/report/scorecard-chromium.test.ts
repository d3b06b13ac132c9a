import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli } from '../helpers/cli.js';
import { classFolder } from './class-runs.js';
import { CHROMIUM_ARGS, systemChromium } from './system-chromium.js';

let context: BrowserContext;
let profile: string;

beforeAll(async () => {
  profile = mkdtempSync(join(tmpdir(), 'wargame-scorecard-chromium-'));
  context = await chromium.launchPersistentContext(profile, { executablePath: systemChromium(), headless: true, args: CHROMIUM_ARGS });
}, 60_000);

afterAll(async () => {
  await context?.close();
  rmSync(profile, { recursive: true, force: true });
});

/** The report's text as Chromium shows it. */
async function shown(args: string[]): Promise<string> {
  const made = await cli('report', ...args);
  if (made.code !== 0) throw new Error(made.err);
  const page = await context.newPage();
  await page.setContent(made.out);
  return page.locator('body').innerText();
}

describe("a report's scorecards", () => {
  it("place each group's side among the model's runs, in plain words, in a class report", async () => {
    const { files } = classFolder();
    const text = await shown([...files, '--runs', '20']);
    expect(text).toContain('How well each group served its side');
    for (const name of ['group-a', 'group-b', 'group-c']) {
      expect(text).toMatch(new RegExp(`${name}, Iran: the end of this run served Iran's interests better than \\d+% of the model's own 500 runs of this scenario\\.`));
    }
    expect(text).toMatch(/(Better|Worse) than the model's usual end: /);
  }, 60_000);

  it("appear in a single group's report too", async () => {
    const { files } = classFolder();
    expect(await shown([files[0]!])).toContain('How well each group served its side');
  }, 60_000);
});
