import type { Scenario } from '../engine/scenario.js';
import type { Library } from './library.js';
import type { ResolvedScenario } from './resolved-scenario.js';
import type { ScenarioSpec } from './spec.js';

/**
 * Scenario files resolved, and their specs compiled, once per thread: the same text from
 * the same file gives the same ResolvedScenario, and the same spec (by content, overrides
 * included) the same compiled Scenario. Compiling is a pure function of these, so nothing
 * a caller sees changes but the time: a scenario loaded again shares its compiled code,
 * its planner and the thread's memo of its decisions with the first load, and V8's
 * optimised code with them. (A test suite that loads the built-in scenarios hundreds of
 * times spent about a sixth of its processor time compiling and warming them up again.)
 *
 * A Scenario is read-only (see `Scenario`): one handed out here may be handed out again.
 * The file's text is part of the key, so a file edited between loads is read afresh. Both
 * caches are small and drop their oldest entry when full, so a process that makes
 * scenarios without end (a property test) keeps flat memory.
 */
export function resolvedOnce(file: string, text: string, library: Library, resolve: () => ResolvedScenario): ResolvedScenario {
  let files = resolvedByLibrary.get(library);
  if (files === undefined) resolvedByLibrary.set(library, (files = new Recent(RESOLVED_KEPT)));
  const key = `${file.length}:${file}\0${text}`;
  const known = files.get(key);
  if (known !== undefined) return known;
  const resolved = resolve();
  const compiled = new Recent<Scenario>(COMPILED_KEPT);
  const made: ResolvedScenario = {
    ...resolved,
    compile: (spec) => {
      const specKey = exactJson(spec);
      return compiled.get(specKey) ?? compiled.set(specKey, resolved.compile(spec));
    },
  };
  return files.set(key, made);
}

/** Files kept per library, and compiled specs per file. */
export const RESOLVED_KEPT = 32;
export const COMPILED_KEPT = 16;
const resolvedByLibrary = new WeakMap<Library, Recent<ResolvedScenario>>();

/**
 * A spec as text that tells apart every two specs that compile differently: its JSON, -0
 * kept apart from 0, keys in the spec's own order (the order overrides were given in
 * reaches records and the `--set` commands printed, so it must not be merged).
 */
function exactJson(spec: ScenarioSpec): string {
  return JSON.stringify(spec, (_key, value: unknown) => (Object.is(value, -0) ? '\u0000-0' : value));
}

/** A map that keeps its most recently used entries only. */
class Recent<T> {
  private readonly entries = new Map<string, T>();

  constructor(private readonly kept: number) {}

  get(key: string): T | undefined {
    const value = this.entries.get(key);
    if (value !== undefined) {
      this.entries.delete(key);
      this.entries.set(key, value);
    }
    return value;
  }

  set(key: string, value: T): T {
    if (this.entries.size >= this.kept) this.entries.delete(this.entries.keys().next().value!);
    this.entries.set(key, value);
    return value;
  }
}
