import { describe, expect, it } from 'vitest';
import { headlineText } from '../../src/presentation/headline.js';
import { formatValue } from '../../src/presentation/quantity-format.js';
import { headlineQuantity, unitFormat } from '../../src/presentation/unit-format.js';
import { compileScenario } from '../../src/scenarios/compile-scenario.js';
import { builtInLibrary } from '../../src/scenarios/library-files.js';
import { builtInScenarioIds, loadScenario } from '../../src/scenarios/load.js';
import { deterrenceSpec } from '../helpers/tiny-scenario.js';

const hormuz = loadScenario('hormuz');
const of = (id: string) => hormuz.quantities.find((q) => q.id === id)!;

describe("a unit's format, as the world declares it", () => {
  it('reads each built-in unit as its format', () => {
    expect(unitFormat(of('hormuz_flow'))).toBe('percent');
    expect(unitFormat(of('oil_price'))).toBe('currency');
    expect(unitFormat(of('escalation'))).toBe('rung');
    expect(unitFormat(of('rel_china_iran'))).toBe('signed');
    expect(formatValue(of('hormuz_flow'), 0.853)).toBe('85%');
    expect(formatValue(of('escalation'), 3)).toMatch(/^3 \(.+\)$/);
  });

  it('lists the unit of every quantity in every built-in scenario, so none falls back to a plain number by oversight', () => {
    const { units } = builtInLibrary().world.value;
    const unlisted = builtInScenarioIds().flatMap((id) => loadScenario(id).quantities.filter((q) => !(q.unit in units)).map((q) => `${id}: ${q.id} (${q.unit})`));
    expect(unlisted).toEqual([]);
  });

  it('reads a unit the world does not list as a plain number', () => {
    const spec = deterrenceSpec(0);
    const scenario = compileScenario({ ...spec, quantities: spec.quantities.map((q) => ({ ...q, unit: 'widgets' })) }, { articles: false });
    expect(unitFormat(scenario.quantities[0]!)).toBe('number');
    expect(formatValue(scenario.quantities[0]!, 2.25)).toBe('2.3');
  });
});

describe('the headline quantity', () => {
  it("is the world's unless the scenario names one", () => {
    expect(headlineQuantity(hormuz)?.id).toBe('escalation');
    const spec = deterrenceSpec(0);
    const own = compileScenario({ ...spec, headline: spec.quantities[0]!.id }, { articles: false });
    expect(headlineQuantity(own)?.id).toBe(spec.quantities[0]!.id);
    expect(headlineQuantity(compileScenario(spec, { articles: false }))).toBeUndefined();
  });

  it('must be one of the scenario\'s quantities', () => {
    const spec = deterrenceSpec(0);
    expect(() => compileScenario({ ...spec, headline: 'nope' }, { articles: false })).toThrow("headline: unknown quantity 'nope'");
  });

  it('reads a rung by name, with its stage as detail that may give way', () => {
    const text = headlineText(of('escalation'), 2);
    expect(text.lead).toBe('escalation rung 2: ');
    expect(text.detail).toMatch(/^ \(.+\)$/);
    expect(headlineText(of('oil_price'), 78)).toEqual({ lead: 'oil price: ', value: '$78', detail: undefined });
  });
});
