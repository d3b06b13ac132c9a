import { fc, test as property } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { firstVisible } from '../../../src/cli/ui/first-visible.js';

/** A list length, a box height, a scrolling style, and a selected row within the list. */
const scroll = fc
  .tuple(fc.integer({ min: 1, max: 100 }), fc.integer({ min: 1, max: 30 }), fc.boolean())
  .chain(([count, rows, centre]) => fc.tuple(fc.constant(count), fc.constant(rows), fc.constant(centre), fc.nat(count - 1)));

describe('firstVisible', () => {
  property.prop([scroll])('keeps the selected row in view and the window inside the list', ([count, rows, centre, selected]) => {
    const first = firstVisible(selected, count, rows, centre);
    expect(first).toBeGreaterThanOrEqual(0);
    expect(first).toBeLessThanOrEqual(Math.max(0, count - rows));
    expect(selected).toBeGreaterThanOrEqual(first);
    expect(selected).toBeLessThan(first + rows);
  });
});
