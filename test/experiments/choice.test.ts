import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { requireChoice } from '../../src/experiments/choice.js';

describe('requireChoice', () => {
  it('passes the choices and refuses anything else, naming the option, the choices and the value', () => {
    const choices = ['oat', 'morris', 'sobol'] as const;
    fc.assert(
      fc.property(fc.oneof(fc.constantFrom<unknown>(...choices, 'OAT', undefined, null, 1), fc.string()), (value) => {
        if ((choices as readonly unknown[]).includes(value)) expect(() => requireChoice('method', value, choices)).not.toThrow();
        else expect(() => requireChoice('method', value, choices)).toThrow(new RangeError(`method must be one of oat, morris, sobol, not ${String(value)}`));
      }),
    );
  });
});
