import { describe, expect, it } from 'vitest';
import { ESCALATION_LADDER, escalationRung } from '../../src/world/escalation-ladder.js';

describe("Kahn's escalation ladder", () => {
  it('has 44 rungs above the baseline, numbered in order', () => {
    expect(ESCALATION_LADDER).toHaveLength(45);
    ESCALATION_LADDER.forEach((rung, i) => expect(rung.rung).toBe(i));
  });

  it('names the rungs the scenarios use', () => {
    expect(escalationRung(1).name).toBe('Ostensible crisis');
    expect(escalationRung(3).name).toBe('Solemn and formal declarations');
    expect(escalationRung(9).name).toBe('Dramatic military confrontations');
    expect(escalationRung(12).name).toBe('Large conventional war (or actions)');
    expect(escalationRung(44).name).toBe('Spasm or insensate war');
  });

  it("groups rungs by Kahn's thresholds", () => {
    expect(escalationRung(4).stage).toBe('Traditional crises');
    expect(escalationRung(20).stage).toBe('Intense crises');
    expect(escalationRung(21).stage).toBe('Bizarre crises');
  });

  it('clamps and rounds levels off the ladder', () => {
    expect(escalationRung(-3).rung).toBe(0);
    expect(escalationRung(99).rung).toBe(44);
    expect(escalationRung(2.6).rung).toBe(3);
  });
});
