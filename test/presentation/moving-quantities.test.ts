import { describe, expect, it } from 'vitest';
import { movingQuantities } from '../../src/presentation/moving-quantities.js';
import { loadScenario } from '../../src/scenarios/load.js';

describe('the quantities a crisis can move', () => {
  const hormuz = loadScenario('hormuz');
  const moving = movingQuantities(hormuz);
  const slot = (id: string): number => hormuz.quantities.find((q) => q.id === id)!.slot;

  it('include what the trigger, actions, chance outcomes and events change', () => {
    for (const id of ['hormuz_threat', 'oil_price', 'hormuz_flow', 'escalation', 'russia_military_load']) expect(moving.has(slot(id)), id).toBe(true);
  });

  it('leave out the circumstances nothing changes, such as China’s stake in the strait', () => {
    expect(moving.has(slot('china_hormuz_share'))).toBe(false);
  });
});
