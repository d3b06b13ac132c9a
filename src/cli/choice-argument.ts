import { InvalidArgumentError } from 'commander';

/**
 * An option's parser that accepts one of `choices` and refuses anything else with "the
 * `what` is a, b or c": the choices come from the same list as the library's check
 * (`requireChoice`) and the report's schema, so the three never disagree.
 */
export function choiceArgument<T extends string>(what: string, choices: readonly T[]): (value: string) => T {
  const listed = choices.length === 1 ? choices[0]! : `${choices.slice(0, -1).join(', ')} or ${choices.at(-1)!}`;
  return (value: string): T => {
    if (!(choices as readonly string[]).includes(value)) throw new InvalidArgumentError(`the ${what} is ${listed}`);
    return value as T;
  };
}
