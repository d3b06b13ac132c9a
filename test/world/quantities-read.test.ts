import { describe, expect, it } from 'vitest';
import { builtInScenarioIds, loadScenario } from '../../src/scenarios/load.js';

// Every quantity of the world that is not a flag is something an actor cares about: some
// interest, citing its article, reads it. (Flags are facts that preconditions and outcomes
// read.) In 0.2, rel_iran_usa and rel_iran_israel were read only by a probability.

describe('every world quantity is read by an interest the articles justify', () => {
  for (const id of builtInScenarioIds()) {
    it(`${id}: each non-flag quantity is read by some actor's interest`, () => {
      const scenario = loadScenario(id);
      const read = new Set(scenario.actors.flatMap((a) => a.interests.flatMap((i) => [...(i.term.reads ?? [])])));
      const unread = scenario.quantities.filter((q) => q.unit !== 'flag' && !read.has(q.slot)).map((q) => q.id);
      expect(unread).toEqual([]);
    });
  }

  it('the check notices an unread quantity', () => {
    const scenario = loadScenario('hormuz');
    const read = new Set(scenario.actors.filter((a) => a.id !== 'iran').flatMap((a) => a.interests.flatMap((i) => [...(i.term.reads ?? [])])));
    // Only Iran reads its relations with the US and Israel.
    expect(scenario.quantities.filter((q) => q.unit !== 'flag' && !read.has(q.slot)).map((q) => q.id)).toContain('rel_iran_israel');
  });
});
