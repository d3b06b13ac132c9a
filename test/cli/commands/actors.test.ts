import { describe, expect, it } from 'vitest';
import { cli } from '../../helpers/cli.js';

describe('wargame actors', () => {
  it("names an actor's own λ with its reason, and how to change it", async () => {
    const { code, out } = await cli('actors');
    expect(code).toBe(0);
    expect(out).toContain('rationality: λ 2 of its own (--set iran.rationality=λ to change it)');
    expect(out).toContain('opportunistic, unstable and unreliable');
    expect(out).toContain('rationality: λ 6 of its own (--set north_korea.rationality=λ to change it)');
    expect(out).toContain("rationality: --set russia.rationality=λ (otherwise the scenario's decision.rationality)");
  });
});
