import type { Scenario } from '../engine/scenario.js';
import { resolvedSpec } from '../scenarios/compile-scenario.js';
import { loadResolvedScenario } from '../scenarios/load.js';
import type { ResolvedScenario } from '../scenarios/resolved-scenario.js';
import { applyOverrides, type Overrides } from '../scenarios/overrides.js';
import type { ScenarioSpec } from '../scenarios/spec.js';
import { sendScenario, type SentScenario } from './sent-scenario.js';

/**
 * Where a batch's scenario comes from, as plain data: a built-in id or file path, or a spec
 * built in code, with the overrides applied to it. A compiled Scenario holds functions and
 * cannot be sent to a worker thread; this can be resolved into what is (`SentScenario`),
 * and a shard's partial result names it so that another machine can load it again.
 */
export type ScenarioSource = NamedScenarioSource | SpecScenarioSource;

/** A built-in scenario or a scenario file: what a shard's partial result names. */
export interface NamedScenarioSource {
  /** A built-in scenario id or a path to a scenario file. */
  readonly scenario: string;
  /** `--set PATH=VALUE` overrides, PATH → value (`{}` for none). */
  readonly overrides: Overrides;
}

/** A scenario built in code, as plain data: each worker compiles it as `compileScenario` does. */
export interface SpecScenarioSource {
  readonly spec: ScenarioSpec;
  readonly overrides: Overrides;
  /** Whether citations must quote the built-in articles (the default); false skips the check. */
  readonly checkCitations?: boolean;
}

/** Loads and compiles the scenario a source names. */
export function loadSource(source: ScenarioSource): Scenario {
  const resolved = resolveSource(source);
  return resolved.compile(applyOverrides(resolved.spec, source.overrides));
}

/**
 * Loads and compiles the scenario a source names, as `loadSource` does, and packs it for
 * worker threads: they compile what this thread read, so a file edited during a batch
 * cannot reach some threads and not others.
 */
export function sendableSource(source: ScenarioSource): { scenario: Scenario; sent: SentScenario } {
  return sendResolved(resolveSource(source), source.overrides);
}

/**
 * A resolved scenario with overrides applied, compiled, and packed for worker threads
 * (`SentScenario`): a batch's, or an experiment's base, which every point's variant is made from.
 */
export function sendResolved(resolved: ResolvedScenario, overrides: Overrides): { scenario: Scenario; sent: SentScenario } {
  const spec = applyOverrides(resolved.spec, overrides);
  return sendScenario(spec, resolved.placement.documents, () => resolved.compile(spec));
}

/** The scenario a shard names, refusing to go on if it is not the one the batch began with. */
export function loadSameScenario(source: NamedScenarioSource, hash: string): Scenario {
  const scenario = loadSource(source);
  if (scenario.hash !== hash) {
    throw new RangeError(`the scenario '${source.scenario}' changed while the batch ran (hash ${scenario.hash}, expected ${hash})`);
  }
  return scenario;
}

/** The scenario a source names, resolved: read from its file, or the spec built in code. */
function resolveSource(source: ScenarioSource): ResolvedScenario {
  if ('spec' in source) return resolvedSpec(source.spec, source.checkCitations === false ? { articles: false } : {});
  return loadResolvedScenario(source.scenario);
}
