import { fc, test as property } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { isFinished } from '../../src/engine/run-state.js';
import { isComplete } from '../../src/records/seated-run.js';
import { loadScenario } from '../../src/scenarios/load.js';
import { arbitrarySeed, seatedCommands, seatedSetup, turnCommands, turnSetup } from '../../src/testing/index.js';
import { impure } from '../helpers/faulty-scenario.js';

const s400 = loadScenario('s400');
const hormuz = loadScenario('hormuz');

describe('turnCommands: a model-based test of playTurn', () => {
  property.prop([arbitrarySeed(), turnCommands(s400)], { numRuns: 20 })('every command keeps the run and the model in step', (seed, commands) => {
    fc.modelRun(turnSetup(s400, seed), commands);
  });
});

describe('seatedCommands: a model-based test of a seated run', () => {
  const seats = fc.subarray(hormuz.actors.map((a) => a.id), { minLength: 1 });
  property.prop([arbitrarySeed(), seats, seatedCommands(hormuz)], { numRuns: 15 })('every command keeps the run and the model in step', (seed, seated, commands) => {
    fc.modelRun(seatedSetup(hormuz, seed, seated), commands);
  });
  it('fails, naming the command, when a finished run does not replay', () => {
    // Terms that are not a function of the state: the replay's figures differ from the record's.
    const other = impure(hormuz);
    const run = () => fc.assert(fc.property(seatedCommands(other), (commands) => fc.modelRun(seatedSetup(other, 1, ['iran']), commands)), { numRuns: 50 });
    let failure: unknown;
    try {
      run();
    } catch (error) {
      failure = error;
    }
    expect((failure as Error).message).toMatch(/Counterexample: \[seatChooses\(/);
    expect(((failure as Error).cause as Error).message).toMatch(/^seatChooses\([\d.e-]+\): the finished run's record does not replay: turn \d+ does not replay as recorded/);
  });
});

// The invariants of the end (a finished record replays; a move after the end is refused)
// are checked only by runs that reach it: enough must.
describe('how far the commands go', () => {
  it('take most one-seat runs and a quarter of model runs to the end', () => {
    const finished = <T>(samples: T[], reached: (commands: T) => boolean): number => samples.filter(reached).length / samples.length;
    const seated = finished(fc.sample(seatedCommands(hormuz), { numRuns: 100, seed: 3 }), (commands) => {
      let last: ReturnType<ReturnType<typeof seatedSetup>> | undefined;
      const setup = seatedSetup(hormuz, 1, ['iran']);
      fc.modelRun(() => (last = setup()), commands);
      return isComplete(last!.real.seated);
    });
    const turns = finished(fc.sample(turnCommands(s400), { numRuns: 100, seed: 3 }), (commands) => {
      let last: ReturnType<ReturnType<typeof turnSetup>> | undefined;
      const setup = turnSetup(s400, 1);
      fc.modelRun(() => (last = setup()), commands);
      return isFinished(s400, last!.real.run);
    });
    expect(seated).toBeGreaterThan(0.6);
    expect(turns).toBeGreaterThan(0.15);
  });
});
