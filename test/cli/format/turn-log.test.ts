import { describe, expect, it } from 'vitest';
import { runScenario } from '../../../src/records/run.js';
import { chooseForSeat, openSeatedRun, seatedRecord, type SeatedRun } from '../../../src/records/seated-run.js';
import { loadScenario } from '../../../src/scenarios/load.js';
import { formatTurnLog } from '../../../src/cli/format/turn-log.js';
import type { ActorSpec } from '../../../src/scenarios/spec.js';
import { compileTest, deterrenceSpec } from '../../helpers/tiny-scenario.js';

// In the deterrence game an anticipating A holds: grabbing brings B's retaliation.
const scenario = compileTest(deterrenceSpec(1));

function playedByPerson(choice: string): string {
  const seated = chooseForSeat(openSeatedRun(scenario, 1, ['a']), choice) as SeatedRun;
  return formatTurnLog(scenario, seatedRecord(seated)!);
}

describe('the turn log', () => {
  it('says a person decided, and what the model preferred, when a person overrules it', () => {
    const log = playedByPerson('grab');
    expect(log).toMatch(/Turn 1 {2}A \(played by a person\) → Grab/);
    expect(log).toMatch(/ {2}decided {3}by a person; the model preferred “Hold” by 0\.50 points: Peace −1\.00, Prize \+0\.50\n/);
    expect(log).not.toMatch(/logit/);
  });

  it('says a person decided as the model would when they agree', () => {
    expect(playedByPerson('hold')).toMatch(/ {2}decided {3}by a person, as the model would: it beats “Grab” by \d+\.\d\d/);
  });

  it('calls a choice between options of equal utility a random draw, not a win', () => {
    const spec = deterrenceSpec(1);
    const [a, b] = spec.actors as [ActorSpec, ActorSpec];
    // B no longer cares about anything: ignore and retaliate score the same.
    const tied = compileTest({ ...spec, actors: [a, { ...b, interests: [{ ...b.interests[0]!, expression: '0 * punishment' }] }] });
    const log = formatTurnLog(tied, runScenario(tied, { seed: 1 }));
    expect(log).toMatch(/Turn 2 {2}B → \w+\n {2}chose {5}“\w+” \(50%\) over “\w+” 50%\n {2}drawn {5}at random: “\w+” scored the same\n/);
    expect(log).not.toMatch(/beats \w+ by 0\.00/);
  });

  it('names the options by their labels, never by their ids', () => {
    const hormuz = loadScenario('hormuz');
    const record = runScenario(hormuz, { seed: 1 });
    const log = formatTurnLog(hormuz, record);
    const first = record.turns[0]!;
    const actor = hormuz.actors.find((a) => a.id === first.actor)!;
    const label = (id: string): string => actor.actions.find((a) => a.id === id)!.label;
    expect(log).toContain(`  chose     “${label(first.choice!)}” (`);
    for (const option of first.options.filter((o) => o.action !== first.choice)) expect(log).toContain(`“${label(option.action)}” `);
    const ids = hormuz.actors.flatMap((a) => a.actions.map((x) => x.id)).filter((id) => id.includes('_'));
    for (const line of log.split('\n').filter((l) => /^ {2}(chose|because|drawn|decided) /.test(l))) {
      for (const id of ids) expect(line).not.toMatch(new RegExp(`(^|[\\s,(])${id}([\\s,)]|$)`));
    }
  });

  it('leaves out changes too small to show, and writes negative values with a true minus sign', () => {
    const hormuz = loadScenario('hormuz');
    const log = formatTurnLog(hormuz, runScenario(hormuz, { seed: 7 }));
    expect(log).toMatch(/relations −\d+/); // the run does show negative values
    for (const [, from, to] of log.matchAll(/(\S+) → (\S+)/g)) expect(from).not.toBe(to);
    expect(log).not.toMatch(/(^|\s)-\d/m);
  });
});
