import { existsSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli } from '../helpers/cli.js';
import { openClassroom } from '../../src/classroom/classroom-setup.js';

describe('wargame host and join refuse bad command lines clearly', () => {
  it('host needs seats, and names an unknown one with a suggestion', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'wargame-host-'));
    expect(await cli('host', 'hormuz', '--save-dir', folder)).toMatchObject({ code: 2, err: expect.stringContaining("--seats: name the actors groups will play, comma-separated; actors in 'hormuz': china, usa") });
    expect(await cli('host', 'hormuz', '--seats', 'usa,irn', '--save-dir', folder)).toMatchObject({ code: 2, err: expect.stringContaining("--seats: no actor 'irn' in 'hormuz' (did you mean 'iran'?)") });
    expect(await cli('host', 'hormuz', '--seats', 'usa,usa', '--save-dir', folder)).toMatchObject({ code: 2, err: expect.stringContaining('--seats: an actor is named twice') });
    expect(await cli('host', '--save-dir', folder)).toMatchObject({ code: 2, err: expect.stringContaining('host needs a scenario (or --resume JOURNAL)') });
    expect(readdirSync(folder)).toEqual([]);
  });

  it('host on a port in use says so, and leaves no journal behind to block a retry', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'wargame-host-'));
    const taken = createServer();
    await new Promise<void>((resolve) => taken.listen(0, '127.0.0.1', resolve));
    const port = (taken.address() as { port: number }).port;
    try {
      const result = await cli('host', 'hormuz', '--seats', 'usa', '--port', String(port), '--bind', '127.0.0.1', '--save-dir', folder);
      expect(result).toMatchObject({ code: 2, err: `error: port ${port} is in use on 127.0.0.1: choose another with --port\n` });
      expect(readdirSync(folder)).toEqual([]);
    } finally {
      taken.close();
    }
  });

  it('host refuses a --bind that is not an address or host name, before it writes a journal', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'wargame-host-'));
    for (const bind of ['', ' ', '127.0.0.1\u001b[2J']) {
      const result = await cli('host', 'hormuz', '--seats', 'usa', '--bind', bind, '--save-dir', folder);
      expect(result.code, JSON.stringify(bind)).toBe(2);
      expect(result.err).toContain('give an IP address (0.0.0.0 for every network, 127.0.0.1 for this machine only) or a host name');
    }
    expect(readdirSync(folder)).toEqual([]);
  });

  it('host --resume on an address this machine no longer has says the journal chose it, and how to move', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'wargame-host-'));
    const journal = join(folder, 'class.journal');
    const opened = openClassroom({ scenario: 'hormuz', overrides: {}, seed: 1, seats: ['usa'], journal, port: 0 });
    // 192.0.2.0/24 is for documentation: no machine has it.
    opened.game.listening(40125, '192.0.2.55');
    opened.journal.close();
    const result = await cli('host', '--resume', journal, '--save-dir', folder, '--no-console');
    expect(result.code).toBe(2);
    expect(result.err).toMatch(/^error: cannot listen on 192\.0\.2\.55:40125: .*; the game last listened there \(its journal says so\): give --bind to listen elsewhere, e\.g\. --bind 0\.0\.0\.0\n$/);
  });

  it('host --resume names a missing journal, and refuses a scenario beside it', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'wargame-host-'));
    const missing = join(folder, 'none.journal');
    expect(await cli('host', '--resume', missing, '--save-dir', folder)).toMatchObject({ code: 66, err: `error: --resume ${missing}: no such file\n` });
    expect(await cli('host', 'hormuz', '--resume', missing, '--save-dir', folder)).toMatchObject({ code: 2, err: expect.stringContaining("--resume continues the journal's game") });
    expect(existsSync(missing)).toBe(false);
  });

  it('join wants host:port, and points to the browser when there is no terminal', async () => {
    expect(await cli('join', 'localhost', '--code', 'ABCD-EFGH')).toMatchObject({ code: 2, err: expect.stringContaining('localhost: give the host\'s address and port as the host printed them') });
    expect(await cli('join', '127.0.0.1:8070', '--code', 'ABCD-EFGH')).toMatchObject({ code: 2, err: expect.stringContaining('open http://127.0.0.1:8070/ in a browser') });
    expect(await cli('join', '127.0.0.1:8070', '--code', 'ABCD-EFGH', '--group', ' padded')).toMatchObject({ code: 2, err: expect.stringContaining('a group name cannot start or end with a space') });
  });

  it('play --resume names a missing or foreign autosave before it needs a terminal', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'wargame-play-'));
    const missing = join(folder, 'none.autosave');
    expect(await cli('play', '--resume', missing)).toMatchObject({ code: 66, err: `error: --resume ${missing}: no such file\n` });
    const foreign = join(folder, 'record.json');
    writeFileSync(foreign, '{"format":"wargame-run/1"}\n');
    expect(await cli('play', '--resume', foreign)).toMatchObject({ code: 66, err: expect.stringContaining(`--resume ${foreign}:1: not a play autosave`) });
    expect(await cli('play', 'hormuz', '--resume', foreign)).toMatchObject({ code: 2, err: expect.stringContaining("--resume continues the autosave's run") });
  });
});
