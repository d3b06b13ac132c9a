/**
 * The function made from generated source (see generated-code.ts for why that source is
 * safe), made once per distinct source and parameter list in a thread: a scenario compiled
 * again (the same file loaded twice, a variant's spec compiled afresh, a test's many
 * scenarios) gets the function V8 has already parsed, compiled and optimised, rather than
 * warming up a new one. What it returns is made by calling it with this compile's values,
 * so nothing of one scenario reaches another.
 */
export function generatedFunction<T>(parameters: readonly string[], source: string): (...values: unknown[]) => T {
  const key = `${parameters.join(',')}\n${source}`;
  let made = functions.get(key);
  if (made === undefined) {
    // Bounded, so a process generating scenarios without end (a property test) keeps flat memory.
    if (functions.size >= MAX_GENERATED_FUNCTIONS) functions.clear();
    made = new Function(...parameters, source) as (...values: unknown[]) => unknown;
    functions.set(key, made);
  }
  return made as (...values: unknown[]) => T;
}

/** How many functions a thread keeps; past it, they are all made afresh as met. */
export const MAX_GENERATED_FUNCTIONS = 20_000;
const functions = new Map<string, (...values: unknown[]) => unknown>();
