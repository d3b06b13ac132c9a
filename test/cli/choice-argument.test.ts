import fc from 'fast-check';
import { InvalidArgumentError } from 'commander';
import { describe, expect, it } from 'vitest';
import { choiceArgument } from '../../src/cli/choice-argument.js';
import { EXPLORE_DESIGNS } from '../../src/discovery/explore-design.js';
import { SENSITIVITY_METHODS } from '../../src/experiments/sensitivity-row.js';
import { SWEEP_DESIGNS } from '../../src/experiments/sweep-design.js';
import { cli } from '../helpers/cli.js';

describe('choiceArgument', () => {
  it('accepts exactly the choices, as given, and refuses any other text naming them all', () => {
    const parse = choiceArgument('design', ['grid', 'lhs'] as const);
    fc.assert(
      fc.property(fc.oneof(fc.constantFrom('grid', 'lhs', 'Grid', ' lhs', 'lhs ', ''), fc.string()), (text) => {
        if (text === 'grid' || text === 'lhs') expect(parse(text)).toBe(text);
        else expect(() => parse(text)).toThrow(new InvalidArgumentError('the design is grid or lhs'));
      }),
    );
  });

  it('lists three choices as "a, b or c", and one alone', () => {
    expect(() => choiceArgument('method', SENSITIVITY_METHODS)('x')).toThrow('the method is oat, morris or sobol');
    expect(() => choiceArgument('format', ['csv'] as const)('x')).toThrow('the format is csv');
  });

  it.each([
    ['sweep', '--design', SWEEP_DESIGNS],
    ['explore', '--design', EXPLORE_DESIGNS],
    ['sensitivity', '--method', SENSITIVITY_METHODS],
  ] as const)("%s %s refuses what the library refuses, listing the library's choices (exit 2, a usage error)", async (command, option, choices) => {
    const { code, err } = await cli(command, 'hormuz', option, 'foo');
    expect(code).toBe(2);
    expect(err).toContain(`the ${option === '--method' ? 'method' : 'design'} is ${choices.slice(0, -1).join(', ')} or ${choices.at(-1)}`);
  });
});
