import { describe, expect, it } from 'vitest';
import { formatValue } from '../../src/presentation/quantity-format.js';
import { loadScenario } from '../../src/scenarios/load.js';

describe('quantity values', () => {
  const hormuz = loadScenario('hormuz');
  const of = (id: string) => hormuz.quantities.find((q) => q.id === id)!;
  it('write every negative number with a true minus sign, whatever the unit', () => {
    expect(formatValue(of('hormuz_flow'), -0.25)).toBe('−25%');
    expect(formatValue(of('oil_price'), -3)).toBe('$−3');
    expect(formatValue(of('rel_china_iran'), -35)).toBe('−35');
    expect(formatValue(of('oil_price'), 78.4)).toBe('$78');
  });
});
