import { fc, test as property } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { loadResolvedScenario } from '../../src/scenarios/load.js';
import { nearestPath } from '../../src/scenarios/nearest-path.js';
import { applyOverrides, overrideKeys } from '../../src/scenarios/overrides.js';

const s400 = loadResolvedScenario('s400');
const paths = overrideKeys(s400.spec).map((k) => k.path);

describe('the path nearest to one that does not exist', () => {
  it.each([
    ['initial.oil', 'initial.oil_price'],
    ['RUSSIA.rationality', 'russia.rationality'],
    ['Russia.Ukraine_War', 'russia.ukraine_war'],
    ['russia.ukraine_wr', 'russia.ukraine_war'],
    ['horizn', 'horizon'],
    ['oil_price', 'initial.oil_price'],
    ['initial.iran_air_defense', 'initial.iran_air_defence'],
  ])('for %s is %s', (given, nearest) => {
    expect(nearestPath(given, paths)).toBe(nearest);
  });

  property.prop([fc.constantFrom(...paths), fc.array(fc.boolean(), { minLength: 40, maxLength: 40 })])('is the path itself in any other case', (path, upper) => {
    const given = [...path].map((c, i) => (upper[i] ? c.toUpperCase() : c)).join('');
    fc.pre(given !== path);
    expect(nearestPath(given, paths)).toBe(path);
  });

  property.prop([fc.constantFrom(...paths), fc.string({ minLength: 1, maxLength: 12 })])('is one of the paths, for any text at all', (path, text) => {
    expect(paths).toContain(nearestPath(`${path}${text}`, paths));
    expect(paths).toContain(nearestPath(text, paths));
  });

  it('is named in the error for a wrong path, with the command that lists them all', () => {
    expect(() => applyOverrides(s400.spec, { 'initial.oil': 80 })).toThrow(
      "override initial.oil: no quantity 'oil' in 's400' (did you mean 'initial.oil_price'?); `wargame paths <scenario>` lists every path with its value and range",
    );
    expect(() => applyOverrides(s400.spec, { 'RUSSIA.rationality': 2 })).toThrow(/^override RUSSIA\.rationality: .*\(did you mean 'russia\.rationality'\?\).*`wargame paths <scenario>`/);
  });
});
