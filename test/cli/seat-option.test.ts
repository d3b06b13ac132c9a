import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { seatedActors } from '../../src/cli/seat-option.js';
import { loadScenario } from '../../src/scenarios/load.js';
import { cli } from '../helpers/cli.js';
import { classFolder, visibleText } from '../report/class-runs.js';

const hormuz = loadScenario('hormuz');
/** The error play gives once its options are good: no terminal in a test. */
const NO_TERMINAL = 'the terminal UI needs an interactive terminal';

describe('--as, read the same way by play and brief', () => {
  it.each(['play', 'brief'])('%s refuses an empty --as rather than seating nobody', async (command) => {
    const { code, err } = await cli(command, 'hormuz', '--as', '');
    expect(code).toBe(2);
    expect(err).toContain("--as '': name at least one actor (china, usa, gulf, russia, israel, north_korea, iran), or all");
  });

  it.each(['play', 'brief'])('%s takes a list of actors', async (command) => {
    const { code, err, out } = await cli(command, 'hormuz', '--as', 'iran,usa');
    if (command === 'play') expect(err).toContain(NO_TERMINAL);
    else {
      expect(code).toBe(0);
      expect(out.match(/^# You are .*$/gm)).toEqual([expect.stringContaining('United States'), '# You are Iran']);
    }
  });

  it.each(['play', 'brief'])('%s takes all', async (command) => {
    const { code, err, out } = await cli(command, 'hormuz', '--as', 'all');
    if (command === 'play') expect(err).toContain(NO_TERMINAL);
    else {
      expect(code).toBe(0);
      expect(out.match(/^# You are /gm)).toHaveLength(7);
    }
  });

  it.each(['play', 'brief'])('%s refuses an unknown actor the same way, suggesting the one meant', async (command) => {
    const { code, err } = await cli(command, 'hormuz', '--as', 'iran,irn');
    expect(code).toBe(2);
    expect(err).toContain("--as: no actor 'irn' in 'hormuz' (did you mean 'iran'?); its actors are china, usa, gulf, russia, israel, north_korea, iran, or all");
  });

  it('counts an actor named twice once, in turn order, and refuses an empty name between commas or all among others', () => {
    expect(seatedActors(hormuz, 'iran, china,iran').map((a) => a.id)).toEqual(['china', 'iran']);
    expect(() => seatedActors(hormuz, 'iran,,china')).toThrow('an empty name between commas');
    expect(() => seatedActors(hormuz, 'all,iran')).toThrow('all already names every actor');
  });
});

describe('report given the same run twice', () => {
  it('counts a file given twice once, and says so', async () => {
    const { files } = classFolder();
    const twice = await cli('report', files[0]!, files[1]!, files[0]!, '--runs', '20');
    expect(twice.code).toBe(0);
    expect(twice.err).toContain(`report: ${files[0]} is given more than once; it is counted once`);
    const once = await cli('report', files[0]!, files[1]!, '--runs', '20');
    expect(visibleText(twice.out)).toBe(visibleText(once.out));
  });

  it('warns when two files hold the very same run', async () => {
    const { folder, files } = classFolder();
    const copy = join(folder, 'copy.json');
    copyFileSync(files[0]!, copy);
    const { code, err } = await cli('report', files[0]!, copy, '--runs', '20');
    expect(code).toBe(0);
    expect(err).toContain(`report: ${copy} holds the same run as ${files[0]}`);
  });
});
