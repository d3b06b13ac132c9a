import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runBatchInThread } from '../../src/batch/batch.js';
import { runScenario } from '../../src/records/run.js';
import { withGroup } from '../../src/records/run-record.js';
import { loadScenario } from '../../src/scenarios/load.js';
import { cli } from '../helpers/cli.js';
import { classFolder, hormuz, visibleText } from './class-runs.js';

describe('wargame report', () => {
  it('writes one run’s debrief to the file named by -o', async () => {
    const { folder, files } = classFolder();
    const out = join(folder, 'report.html');
    const result = await cli('report', files[0]!, '-o', out);
    expect(result).toEqual({ code: 0, out: '', err: '' });
    const text = visibleText(readFileSync(out, 'utf8'));
    expect(text).toContain('Iran threatens to close the Strait of Hormuz — group-a');
    expect(text).toContain('played by people: Iran; the model played the rest');
  });

  it('names each run by the group its record names, and by its file name when it names none', async () => {
    const { folder, files, records } = classFolder();
    const named = [0, 1].map((i) => {
      const file = join(folder, `saved-${i}.json`);
      writeFileSync(file, JSON.stringify(withGroup(records[i]!, ['Table 4', 'Ministry <B>'][i]!)));
      return file;
    });
    const text = visibleText((await cli('report', ...named, files[2]!, '--runs', '20')).out);
    expect(text).toMatch(/Table 4 0 of 1 choices were the model's own preference/);
    expect(text).toContain('Ministry <B>');
    expect(text).toContain('group-c');
    expect(text).not.toContain('saved-0');
    const one = visibleText((await cli('report', named[0]!)).out);
    expect(one).toContain('Iran threatens to close the Strait of Hormuz — Table 4');
  });

  it('compares a class with a batch of the model run for the report, --runs of them', async () => {
    const { files } = classFolder();
    const result = await cli('report', ...files, '--runs', '30', '--seed', '9');
    expect(result.code).toBe(0);
    const text = visibleText(result.out);
    expect(text).toContain("the model's figures: 30 runs made for this report, batch seed 9");
    const model = runBatchInThread(hormuz, { runs: 30, seed: 9 });
    const closed = model.outcomes.find((o) => o.id === 'strait_closed')!;
    expect(text).toContain(`2 of 3 groups: Iran closes the strait (flow below half); the model does in ${(closed.share * 100).toFixed(closed.share > 0 && closed.share < 0.01 ? 2 : 1)}%`);
  });

  it('takes the model’s distribution from a batch summary among the inputs, and reports a batch alone', async () => {
    const { folder, files } = classFolder();
    const batch = join(folder, 'batch.json');
    writeFileSync(batch, JSON.stringify(runBatchInThread(hormuz, { runs: 25, seed: 4 })));
    const withClass = await cli('report', ...files, batch);
    expect(visibleText(withClass.out)).toContain("the model's figures: 25 runs, batch seed 4 (batch.json)");
    const alone = await cli('report', batch);
    expect(visibleText(alone.out)).toContain('Iran threatens to close the Strait of Hormuz: 25 runs of the model');
    // The outcomes' shares, and when each first held.
    expect(alone.out.match(/<svg/g)).toHaveLength(2);
  });

  it('compares runs made under overrides with the model under the same overrides, and refuses to mix them with others', async () => {
    const { folder, files } = classFolder();
    const overrides = { 'iran.rationality': 2 };
    const under = loadScenario('hormuz', overrides);
    const changed = [1, 2].map((seed) => {
      const file = join(folder, `changed-${seed}.json`);
      writeFileSync(file, JSON.stringify(runScenario(under, { seed })));
      return file;
    });
    const result = await cli('report', ...changed, '--runs', '20');
    expect(result.code).toBe(0);
    const text = visibleText(result.out);
    expect(text).toContain('hormuz · under --set iran.rationality=2 · the model');
    const model = runBatchInThread(under, { runs: 20, seed: 1 });
    const withdrawn = model.outcomes.find((o) => o.id === 'threat_withdrawn')!;
    expect(text).toContain(`Iran's threat is withdrawn by the end; the model does in ${(withdrawn.share * 100).toFixed(withdrawn.share > 0 && withdrawn.share < 0.01 ? 2 : 1)}%`);
    const mixed = await cli('report', changed[0]!, files[0]!);
    expect(mixed.code).toBe(65);
    expect(mixed.err).toContain("a run of scenario 'hormuz' under other overrides (--set) or in another version");
  });

  it('refuses to set side by side runs of different scenarios', async () => {
    const { folder, files } = classFolder();
    const other = join(folder, 'strike.json');
    writeFileSync(other, JSON.stringify(runScenario(loadScenario('strike'), { seed: 1 })));
    const result = await cli('report', files[0]!, other);
    expect(result.code).toBe(65);
    expect(result.err).toBe(`${other}: a run of scenario 'strike', not of the built-in 'hormuz' the other runs are compared in; a report sets side by side only runs of the same scenario\n`);
  });

  it('refuses a record that does not replay, naming the file and the field', async () => {
    const { folder, records } = classFolder();
    const altered = structuredClone(records[0]!) as unknown as { turns: { options: { expectedUtility: number }[] }[] };
    altered.turns[3]!.options[0]!.expectedUtility = 99;
    const file = join(folder, 'altered.json');
    writeFileSync(file, JSON.stringify(altered));
    const result = await cli('report', file);
    expect(result.code).toBe(65);
    expect(result.err).toMatch(new RegExp(`^${file.replace(/[.]/g, '\\.')}: turn 4 does not replay as recorded: its options\\[0\\]\\.expectedUtility is 99 in the record`));
  });

  it('refuses a file of another kind and a missing file, in one line each: another kind of file is bad data (65), a missing one exit 66', async () => {
    const { folder } = classFolder();
    const file = join(folder, 'scenario.json');
    writeFileSync(file, '{"format":"wargame-scenario/1"}');
    const other = await cli('report', file);
    expect(other).toEqual({ code: 65, out: '', err: `${file}: its format 'wargame-scenario/1' is not one wargame report reads (wargame-run/1, wargame-batch/3, wargame-batch/2, wargame-sweep/1, wargame-sensitivity/1, wargame-discovery/1, wargame-comparison/1, wargame-sensitivity-set/1)\n` });
    const missing = await cli('report', join(folder, 'nope.json'));
    expect(missing.code).toBe(66);
    expect(missing.err).toBe(`error: cannot read ${join(folder, 'nope.json')}: no such file\n`);
  });

  it('reports a sweep and each kind of sensitivity analysis by outcome label, with its figures in a table', async () => {
    const { folder } = classFolder();
    const vary = ['--vary', 'iran.rationality=1:9', '--vary', 'initial.oil_price=60:120'];
    const made = async (name: string, ...args: string[]): Promise<string> => {
      const file = join(folder, `${name}.json`);
      writeFileSync(file, (await cli(...args, '--json')).out);
      return visibleText((await cli('report', file)).out);
    };
    const sweep = await made('sweep', 'sweep', 'hormuz', '--vary', 'iran.rationality=1:9:3', '--runs', '10');
    expect(sweep).toContain('Iran threatens to close the Strait of Hormuz: a sweep over iran.rationality');
    expect(sweep).toContain("Iran's threat is withdrawn by the end");
    expect(sweep).toMatch(/hormuz · a grid, 3 points · 10 runs a point, seed 1/);
    const oat = await made('oat', 'sensitivity', 'hormuz', '--outcome', 'threat_withdrawn', ...vary, '--runs', '10');
    expect(oat).toContain("what moves “Iran's threat is withdrawn by the end”");
    expect(oat).toMatch(/iran\.rationality 1–9 \d+\.\d% \d+\.\d% \d\.\d{3} \d\.\d{3}/);
    const morris = await made('morris', 'sensitivity', 'hormuz', '--outcome', 'threat_withdrawn', '--method', 'morris', '--trajectories', '3', ...vary, '--runs', '10');
    expect(morris).toContain('Morris elementary effects');
    expect(morris).toContain('μ* ± error μ σ');
    const sobol = await made('sobol', 'sensitivity', 'hormuz', '--outcome', 'open_war', '--method', 'sobol', '--samples', '4', ...vary, '--runs', '5');
    expect(sobol).toContain('Not drawn, since the share did not vary there and the index is undefined: iran.rationality, initial.oil_price.');
    expect(sobol).toContain('iran.rationality 1–9 — —–— — —–—');
  });
});

describe('report headers', () => {
  it("name inputs by file name, never by the instructor's absolute path", async () => {
    const { folder, files } = classFolder();
    const batch = join(folder, 'batch.json');
    writeFileSync(batch, JSON.stringify(runBatchInThread(hormuz, { runs: 20, seed: 1 })));
    for (const args of [[...files, batch], [batch]]) {
      const { code, out } = await cli('report', ...args);
      expect(code).toBe(0);
      expect(out).not.toContain(folder);
      expect(visibleText(out)).toContain('batch.json');
    }
  });
});
