import { describe, expect, it } from 'vitest';
import { gridPoints, parseFactor } from '../../src/experiments/factor.js';

describe('parseFactor', () => {
  it('reads a list of values, evenly spaced steps, or a range', () => {
    expect(parseFactor('iran.rationality=1,2,8')).toEqual({ path: 'iran.rationality', values: [1, 2, 8] });
    expect(parseFactor('horizon=2:8:4')).toEqual({ path: 'horizon', range: [2, 8], values: [2, 4, 6, 8] });
    expect(parseFactor('initial.oil_price=0.1:0.3:3').values).toEqual([0.1, 0.2, 0.3]);
    expect(parseFactor('usa.avoid_war=1:5')).toEqual({ path: 'usa.avoid_war', range: [1, 5] });
  });

  it.each([
    ['iran.rationality', 'expected PATH=v1,v2,…'],
    ['iran.rationality=1,x', "'x' is not a number"],
    ['iran.rationality=5:1', 'lo must be below hi'],
    ['iran.rationality=1:5:1', 'steps must be a whole number ≥ 2'],
    ['iran.rationality=1:2:3:4', 'expected lo:hi or lo:hi:steps'],
  ])('refuses %s', (text, message) => {
    expect(() => parseFactor(text)).toThrow(message);
  });
});

describe('gridPoints', () => {
  it('gives every combination, the first factor varying slowest', () => {
    expect(gridPoints([{ path: 'a', values: [1, 2] }, { path: 'b', values: [3, 4, 5] }])).toEqual([
      { a: 1, b: 3 }, { a: 1, b: 4 }, { a: 1, b: 5 }, { a: 2, b: 3 }, { a: 2, b: 4 }, { a: 2, b: 5 },
    ]);
  });
});
