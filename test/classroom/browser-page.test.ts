/// <reference lib="dom" />
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM_ARGS, systemChromium } from '../report/system-chromium.js';
import { type Classroom, DRILL, eventually, startClassroom } from './classroom-fixture.js';

let browser: BrowserContext;
let room: Classroom;

beforeAll(async () => {
  browser = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'wargame-chromium-')), { executablePath: systemChromium(), headless: true, args: CHROMIUM_ARGS });
  // Russia beside the US: the US moves first (a seated Iran would first answer China's pressure).
  room = await startClassroom(['usa', 'russia']);
});
afterAll(async () => {
  await browser?.close();
  await room?.host.close();
});

async function joined(code: string, group = '') {
  const page = await browser.newPage();
  await page.goto(`http://${room.address}/`);
  await page.fill('#code', code);
  await page.fill('#group', group);
  await page.click('button[type=submit]');
  return page;
}

describe('the browser page, in Chromium, on a real host', () => {
  it('says a wrong code is wrong, in words, and stays on the form', async () => {
    const page = await joined('ZZZZ-ZZZZ');
    await page.waitForSelector('#status.bad');
    expect(await page.textContent('#status')).toBe('that code opens no seat in this game: check the code on your card (it looks like ABCD-EFGH)');
    expect(await page.isVisible('#join')).toBe(true);
    await page.close();
  });

  it("shows a seat its options with their effects; the instructor's page pauses the game and opens the model view", async () => {
    const usa = await joined(room.opened.game.codes.seats['usa']!, 'Table 1');
    await usa.waitForSelector('#options button');
    expect(await usa.textContent('#move-heading')).toMatch(/^Your move, United States \(turn \d+\)$/);
    expect(await usa.locator('#options .option', { hasText: 'Strike Iran' }).textContent()).toContain('Escalation: max(escalation, 9) + 1');
    expect(await usa.locator('#options .option').first().textContent()).not.toContain('model: score');
    const teacher = await joined(room.opened.game.codes.instructor);
    await teacher.waitForSelector('#console:not([hidden])');
    await teacher.click('#pause');
    await usa.waitForSelector('#banner:has-text("Paused by the instructor.")');
    await usa.click('#options button');
    await usa.waitForSelector('#status:has-text("the instructor has paused the game")');
    await teacher.click('#pause');
    await teacher.click('#model');
    await usa.waitForSelector('#options .option:has-text("model: score")');
    const before = room.opened.game.seated.turns.length;
    await usa.click('#options button');
    await eventually(() => room.opened.game.seated.turns.length > before);
    await usa.waitForSelector(`#news li:nth-child(${before + 2})`);
    expect(await usa.locator('#history li').count()).toBe(1);
    await usa.close();
    await teacher.close();
  });
});

describe("the instructor's page gives orders, and the groups' pages say the instructor did it", () => {
  it('injects an event from the drill\'s injects: and decides a chance result; a seat reads both in its news', async () => {
    const drill = await startClassroom(['usa', 'russia'], { scenario: DRILL });
    try {
      const open = async (code: string) => {
        const page = await browser.newPage();
        await page.goto(`http://${drill.address}/`);
        await page.fill('#code', code);
        await page.click('button[type=submit]');
        return page;
      };
      const { game } = drill.opened;
      const teacher = await open(game.codes.instructor);
      await teacher.waitForSelector('#console:not([hidden])');
      await teacher.selectOption('#inject', { label: 'A cyberattack shuts down Gulf oil terminals (inject)' });
      await teacher.click('#inject-go');
      await teacher.selectOption('#decide', { label: 'Russia · Offer to mediate → nobody takes it up' });
      await teacher.click('#decide-go');
      await eventually(() => game.seated.orders?.injects.length === 1 && game.seated.orders.outcomes.length === 1);
      const usa = await open(game.codes.seats['usa']!);
      await usa.waitForSelector('#options button');
      await usa.click('#options button');
      await usa.waitForSelector('#news li:has-text("the instructor injected: A cyberattack shuts down Gulf oil terminals")');
      const russia = await open(game.codes.seats['russia']!);
      await russia.waitForSelector('#options button[data-action="offer_mediation"]');
      await russia.click('#options button[data-action="offer_mediation"]');
      const said = await russia.waitForSelector("#news li:has-text(\"the instructor decided: nobody takes it up (the model's chance was\")");
      expect(await said.textContent()).toMatch(/^Russia → Offer to mediate: nobody takes it up · .*the instructor decided: nobody takes it up \(the model's chance was \d+%\)/);
      await Promise.all([teacher.close(), usa.close(), russia.close()]);
    } finally {
      await drill.host.close();
    }
  });
});
