/// <reference lib="dom" />
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { ClassroomClient } from '../../src/classroom/classroom-client.js';
import { BIN, cli } from '../helpers/cli.js';
import { CHROMIUM_ARGS, systemChromium } from '../report/system-chromium.js';
import { eventually } from './classroom-fixture.js';

/**
 * A class as an instructor runs one: the built `wargame host` in its own process on
 * loopback, four groups on their own clients (two terminal clients on the protocol, one
 * browser in Chromium, one more terminal client), the host killed with SIGKILL mid-game and
 * resumed from its journal while everyone reconnects by themselves, the game played to
 * the end and ended by the instructor, and the records replayed and reported.
 */

interface Hosted {
  readonly process: ChildProcess;
  readonly port: number;
  readonly codes: Record<string, string>;
  out: string;
  err: string;
}

const started: ChildProcess[] = [];
let browser: BrowserContext | undefined;

afterAll(async () => {
  for (const child of started) child.kill('SIGKILL');
  await browser?.close();
});

/** Starts `wargame host …` and reads the address and codes it prints. */
async function host(args: readonly string[], cwd: string): Promise<Hosted> {
  const child = spawn(process.execPath, [BIN, 'host', ...args, '--no-console'], { cwd, env: { ...process.env, NO_COLOR: '1' } });
  started.push(child);
  const hosted: Hosted = { process: child, port: 0, codes: {}, out: '', err: '' };
  child.stdout!.on('data', (data: Buffer) => (hosted.out += data.toString()));
  child.stderr!.on('data', (data: Buffer) => (hosted.err += data.toString()));
  await eventually(() => hosted.out.includes('the model plays:') || child.exitCode !== null, 15_000);
  if (child.exitCode !== null) throw new Error(`host exited ${child.exitCode}: ${hosted.err}`);
  const port = Number(/127\.0\.0\.1:(\d+)\//.exec(hosted.out)![1]);
  const codes: Record<string, string> = {};
  for (const [, name, code] of hosted.out.matchAll(/^ {2}(\S.*?) {2,}([2-9A-Z]{4}-[2-9A-Z]{4})/gm)) codes[name!] = code!;
  return { ...hosted, process: child, port, codes, get out() { return hosted.out; }, get err() { return hosted.err; } };
}

function exited(child: ChildProcess): Promise<number | null> {
  return child.exitCode !== null ? Promise.resolve(child.exitCode) : new Promise((resolve) => child.once('exit', (code) => resolve(code)));
}

describe('a class of four groups over loopback', () => {
  it('plays to the end through a kill -9 of the host, and the records replay and report', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'wargame-class-'));
    const first = await host(['hormuz', '--seats', 'usa,iran,russia,china', '--seed', '5', '--port', '0', '--bind', '127.0.0.1', '--save-dir', folder], folder);
    expect(Object.keys(first.codes)).toEqual(['United States', 'Iran', 'Russia', 'China', 'instructor', 'watch']);
    const address = `127.0.0.1:${first.port}`;
    const terminal = (name: string, group: string) => new ClassroomClient(address, first.codes[name]!, { group, maxRetryMs: 200 });
    const usa = terminal('United States', 'Table 1');
    const iran = terminal('Iran', 'Table 2');
    const russia = terminal('Russia', 'Table 3');
    const watcher = new ClassroomClient(address, first.codes['watch']!, { maxRetryMs: 200 });
    const clients = [usa, iran, russia, watcher];

    browser = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'wargame-chromium-')), { executablePath: systemChromium(), headless: true, args: CHROMIUM_ARGS });
    const page: Page = await browser.newPage();
    const elsewhere: string[] = [];
    page.on('request', (request) => {
      if (!request.url().startsWith(`http://${address}/`) && !request.url().startsWith(`ws://${address}/`)) elsewhere.push(request.url());
    });
    await page.goto(`http://${address}/`);
    await page.fill('#code', first.codes['China']!.toLowerCase());
    await page.fill('#group', 'Table 4');
    await page.click('button[type=submit]');
    await page.waitForSelector('#game:not([hidden])');
    expect(await page.textContent('#who')).toBe('You play China · Table 4 · seed 5');

    await eventually(() => clients.every((c) => c.view !== undefined));
    const turnsNow = () => watcher.view!.turns.length;
    /** Plays the turn the game waits on: a terminal seat's first option, or the browser seat's first button. */
    const playOne = async () => {
      const toMove = watcher.view!.toMove;
      const before = turnsNow();
      if (toMove === 'china') {
        await page.waitForSelector(`#move-heading:has-text("turn ${before + 1}")`);
        await page.click('#options button');
      } else {
        const seat = { usa, iran, russia }[toMove as 'usa' | 'iran' | 'russia'];
        await eventually(() => seat.view?.yours !== undefined && seat.view.turns.length === before);
        seat.move(seat.view!.yours![0]!.action);
      }
      await eventually(() => turnsNow() > before);
    };

    // Three seated turns, then the host dies without warning.
    for (let i = 0; i < 3; i++) await playOne();
    const before = turnsNow();
    first.process.kill('SIGKILL');
    await exited(first.process);
    await eventually(() => clients.every((c) => !c.connected));

    const journal = join(folder, 'wargame-hormuz-seed5.journal');
    // No --port or --bind: the journal noted where the first host listened (a port it was
    // given with --port 0, on loopback only), and the resumed host listens there again.
    const second = await host(['--resume', journal, '--save-dir', folder], folder);
    expect(second.port).toBe(first.port);
    expect(new Set([...second.out.matchAll(/http:\/\/([\d.]+):\d+\//g)].map((m) => m[1]))).toEqual(new Set(['127.0.0.1']));
    // On a machine with loopback alone, every network shows as 127.0.0.1 too: the journal says where it listened.
    const listens = readFileSync(journal, 'utf8').trim().split('\n').map((line) => JSON.parse(line) as { type?: string; bind?: string }).filter((entry) => entry.type === 'listen');
    expect(listens.at(-1)).toEqual({ type: 'listen', port: first.port, bind: '127.0.0.1' });
    expect(second.codes['Iran']).toBe(first.codes['Iran']);
    // Everyone comes back by themselves, to the game exactly as it was.
    await eventually(() => clients.every((c) => c.connected && c.view !== undefined), 10_000);
    await eventually(() => watcher.view!.turns.length === before && watcher.view!.seats.every((s) => s.connected), 10_000);
    expect(await page.textContent('#seats')).toContain('China (Table 4) · connected');

    while (watcher.view!.toMove !== undefined) await playOne();
    expect(turnsNow()).toBe(14);
    // The browser seat saw every move as news, and its own history.
    await page.waitForSelector('#news li:nth-child(15)');
    expect(await page.locator('#news li').count()).toBe(15);
    expect(await page.locator('#history li').count()).toBe(2);

    const instructor = new ClassroomClient(address, first.codes['instructor']!, { reconnect: false });
    await instructor.next('welcome');
    instructor.send({ type: 'end' });
    const ended = await instructor.next('ended');
    expect(await exited(second.process)).toBe(0);
    expect(ended.records).toHaveLength(4);
    for (const c of [...clients, instructor]) c.close();
    expect(elsewhere).toEqual([]);

    const files = readdirSync(folder).filter((f) => f.endsWith('.json')).sort();
    expect(files).toEqual(['wargame-hormuz-table-1-seed5.json', 'wargame-hormuz-table-2-seed5.json', 'wargame-hormuz-table-3-seed5.json', 'wargame-hormuz-table-4-seed5.json']);
    const record = JSON.parse(readFileSync(join(folder, files[3]!), 'utf8'));
    expect(record.group).toBe('Table 4');
    expect(record.turns.filter((t: { decidedBy: string }) => t.decidedBy === 'human').map((t: { actor: string }) => t.actor).sort()).toEqual(['china', 'china', 'iran', 'iran', 'russia', 'russia', 'usa', 'usa']);
    const replayed = await cli('replay', join(folder, files[0]!));
    expect(replayed.err).toBe('');
    expect(replayed.code).toBe(0);
    const report = await cli('report', ...files.map((f) => join(folder, f)), '--runs', '20');
    expect(report.code).toBe(0);
    for (const group of ['Table 1', 'Table 2', 'Table 3', 'Table 4']) expect(report.out).toContain(group);
  });
});
