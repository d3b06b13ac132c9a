import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { relationAliases } from '../../src/scenarios/relation-names.js';

const actorId = fc.stringMatching(/^[a-z][a-z0-9_]{0,10}$/);

describe('relationAliases', () => {
  it('names a relation rel_a_b first, in the order given, then rel_b_a', () => {
    expect(relationAliases(['iran', 'usa'])).toEqual(['rel_iran_usa', 'rel_usa_iran']);
  });

  it('gives the same two names whichever way round the actors come', () => {
    fc.assert(
      fc.property(actorId, actorId, (a, b) => {
        const [id, reversed] = relationAliases([a, b]);
        expect(relationAliases([b, a])).toEqual([reversed, id]);
      }),
    );
  });
});
