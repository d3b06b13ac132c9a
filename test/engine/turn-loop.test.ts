import { fc, test as property } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { assessTurn } from '../../src/engine/assess-turn.js';
import { ChoiceError } from '../../src/engine/choice-error.js';
import { startRun } from '../../src/engine/run-state.js';
import { playAll, playTurns, WAIT } from '../../src/engine/turn-loop.js';
import { playTurn } from '../../src/engine/turn.js';
import { loadScenario } from '../../src/scenarios/load.js';

const hormuz = loadScenario('hormuz');

describe('the turn loop', () => {
  property.prop([fc.nat()], { numRuns: 10 })('plays exactly the turns playTurn plays one by one', (seed) => {
    let run = startRun(hormuz, seed);
    const looped = [...playTurns(hormuz, run)];
    expect(looped).toHaveLength(hormuz.settings.horizon);
    for (const step of looped) {
      const single = playTurn(hormuz, run);
      expect(single).toEqual(step);
      if (!single.ok) throw new Error(single.message);
      run = single.run;
    }
  });

  it('stops before a turn left waiting, with that turn assessed, and resumes from there', () => {
    const start = startRun(hormuz, 3);
    const waitAtFive = (turn: number) => (turn === 5 ? WAIT : undefined);
    const end = playAll(playTurns(hormuz, start, waitAtFive));
    expect(end.run.turn).toBe(4);
    expect(end.waiting).toEqual(assessTurn(hormuz, end.run));
    const rest = playAll(playTurns(hormuz, end.run));
    expect(rest.waiting).toBeUndefined();
    expect(rest.run).toEqual(playAll(playTurns(hormuz, start)).run);
  });

  it('tells decide the mover and its assessment, and throws a ChoiceError for a refused choice', () => {
    const seen: string[] = [];
    const turns = playTurns(hormuz, startRun(hormuz, 1), (turn, actor, assessment) => {
      seen.push(`${turn}:${actor.id}:${assessment.legal.length > 0}`);
      return turn === 2 ? 'no_such_action' : undefined;
    });
    expect(() => playAll(turns)).toThrow(ChoiceError);
    expect(seen).toEqual([`1:${hormuz.actors[0]!.id}:true`, `2:${hormuz.actors[1]!.id}:true`]);
  });
});
