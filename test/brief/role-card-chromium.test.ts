import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli } from '../helpers/cli.js';
import { CHROMIUM_ARGS, systemChromium } from '../report/system-chromium.js';

let context: BrowserContext;
let profile: string;
/** What a student reads on the printed cards, as Chromium lays them out. */
let text: string;
let headings: string[];

beforeAll(async () => {
  profile = mkdtempSync(join(tmpdir(), 'wargame-cards-chromium-'));
  context = await chromium.launchPersistentContext(profile, { executablePath: systemChromium(), headless: true, args: CHROMIUM_ARGS });
  const file = join(profile, 'cards.html');
  const made = await cli('brief', 'hormuz', '--as', 'all', '-o', file);
  if (made.code !== 0) throw new Error(made.err);
  const page = await context.newPage();
  await page.setContent(readFileSync(file, 'utf8'));
  text = await page.locator('body').innerText();
  headings = await page.locator('h1').allInnerTexts();
}, 60_000);

afterAll(async () => {
  await context?.close();
  rmSync(profile, { recursive: true, force: true });
});

describe('the printed role cards', () => {
  it("name each actor as a student would: 'the United States', 'the Gulf states'", () => {
    expect(headings).toEqual(['You are China', 'You are the United States', 'You are the Gulf states', 'You are Russia', 'You are Israel', 'You are North Korea', 'You are Iran']);
  });

  it("say nothing of the model's weights or readings", () => {
    expect(text).not.toMatch(/\bweigh(t|ts|s|ed)?\b/i);
    expect(text).not.toMatch(/\bthe model\b/i);
    expect(text).not.toContain('Weight 3, not 4');
  });

  it("attribute passages to articles by number and name, not by a file's path", () => {
    expect(text).not.toContain('sources/articles/');
    expect(text).not.toContain('.txt');
    expect(text).toContain('article 02, Iran abandoned by key allies');
  });
});
