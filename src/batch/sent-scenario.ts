import { deserialize, serialize } from 'node:v8';
import type { Scenario } from '../engine/scenario.js';
import { compileSpec } from '../scenarios/compile.js';
import { formatPath, type Path } from '../scenarios/issue.js';
import { Locator, type PlainLocator } from '../scenarios/locator.js';
import type { ScenarioSpec } from '../scenarios/spec.js';

/**
 * A batch's scenario as its worker threads are sent it: the spec this thread compiled
 * (overrides applied, already checked) and the texts of the files it came from, serialized
 * once into shared memory, so a chunk's task carries it without a copy. A worker compiles
 * it and checks the hash, and needs neither the scenario file nor the library, the YAML
 * parser or the schema: it is ready in about half the time. Where an expression was
 * written is worked out from the texts only when a run-time error names it (the YAML parser
 * is loaded then, to find the positions): placing every
 * expression up front cost a third of a small batch's CPU (0.16 of 0.55 s for `hormuz`).
 */
export interface SentScenario {
  readonly id: string;
  readonly hash: string;
  /** v8-serialized `{ spec, documents }` (`SentContent`), over a SharedArrayBuffer. */
  readonly bytes: Uint8Array;
}

interface SentContent {
  readonly spec: ScenarioSpec;
  /** The files the spec was resolved from, to place its expressions; absent for a spec built in code. */
  readonly documents: PlainLocator | undefined;
}

/** Compiles `spec` with `compile` and packs it, with the `documents` it came from, for the workers. */
export function sendScenario(spec: ScenarioSpec, documents: PlainLocator | undefined, compile: () => Scenario): { scenario: Scenario; sent: SentScenario } {
  const scenario = compile();
  const packed = serialize({ spec, documents } satisfies SentContent);
  const bytes = new Uint8Array(new SharedArrayBuffer(packed.length));
  bytes.set(packed);
  return { scenario, sent: { id: spec.id, hash: scenario.hash, bytes } };
}

/** The scenario a worker was sent, compiled; throws if it is not the one the batch began with. */
export function compileSentScenario(sent: SentScenario): Scenario {
  // Read from a copy: the shared bytes are not this thread's to hand to the deserializer.
  const { spec, documents } = deserialize(sent.bytes.slice()) as SentContent;
  let locator: Locator | undefined;
  const origin = (path: Path): string => (documents === undefined ? formatPath(path) : (locator ??= Locator.fromPlain(documents)).where(path));
  // Checked already, by the thread that sent it; the hash shows it is the same spec.
  const compiled = compileSpec(spec, { origin, lazyOrigins: true, checkSearchSize: false });
  if (!compiled.ok || compiled.scenario.hash !== sent.hash) {
    const found = compiled.ok ? `hash ${compiled.scenario.hash}` : `${compiled.issues.length} issue(s)`;
    throw new RangeError(`a worker thread compiled the scenario '${sent.id}' differently (${found}, expected ${sent.hash})`);
  }
  return compiled.scenario;
}
