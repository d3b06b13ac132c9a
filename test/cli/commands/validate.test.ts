import { describe, expect, it } from 'vitest';
import { trialRuns } from '../../../src/cli/commands/validate.js';
import { MAX_STEPS_PER_RUN } from '../../../src/scenarios/search-size.js';

describe('validate: trial runs', () => {
  it('runs ten when runs are cheap, fewer as they grow, and always at least one', () => {
    expect(trialRuns(1000)).toBe(10);
    expect(trialRuns(MAX_STEPS_PER_RUN / 10)).toBe(10);
    expect(trialRuns(MAX_STEPS_PER_RUN / 4)).toBe(4);
    expect(trialRuns(MAX_STEPS_PER_RUN)).toBe(1);
    expect(trialRuns(0)).toBe(10);
  });
});
