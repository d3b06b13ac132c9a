import { deserialize, serialize } from 'node:v8';
import type { Scenario } from '../engine/scenario.js';
import { compileSpec } from '../scenarios/compile.js';
import { formatPath, type Path } from '../scenarios/issue.js';
import type { ScenarioSpec } from '../scenarios/spec.js';

/**
 * A batch's scenario as its worker threads are sent it: the spec this thread compiled
 * (overrides applied, already checked) and where each expression was written, serialized
 * once into shared memory, so a chunk's task carries it without a copy. A worker compiles
 * it and checks the hash, and needs neither the scenario file nor the library, the YAML
 * parser or the schema: it is ready in about half the time.
 */
export interface SentScenario {
  readonly id: string;
  readonly hash: string;
  /** v8-serialized `{ spec, origins }`, over a SharedArrayBuffer. */
  readonly bytes: Uint8Array;
}

interface SentContent {
  readonly spec: ScenarioSpec;
  /** Formatted spec path → where the expression there was written (`file:line:column`). */
  readonly origins: Readonly<Record<string, string>>;
}

/** Compiles `spec` with `compile`, recording the origin it gives each expression, and packs both for the workers. */
export function sendScenario(
  spec: ScenarioSpec,
  origin: (path: Path) => string,
  compile: (origin: (path: Path) => string) => Scenario,
): { scenario: Scenario; sent: SentScenario } {
  const origins: Record<string, string> = {};
  const scenario = compile((path) => (origins[formatPath(path)] = origin(path)));
  const packed = serialize({ spec, origins } satisfies SentContent);
  const bytes = new Uint8Array(new SharedArrayBuffer(packed.length));
  bytes.set(packed);
  return { scenario, sent: { id: spec.id, hash: scenario.hash, bytes } };
}

/** The scenario a worker was sent, compiled; throws if it is not the one the batch began with. */
export function compileSentScenario(sent: SentScenario): Scenario {
  // Read from a copy: the shared bytes are not this thread's to hand to the deserializer.
  const { spec, origins } = deserialize(sent.bytes.slice()) as SentContent;
  const origin = (path: Path): string => origins[formatPath(path)] ?? formatPath(path);
  // Checked already, by the thread that sent it; the hash shows it is the same spec.
  const compiled = compileSpec(spec, { origin, checkSearchSize: false });
  if (!compiled.ok || compiled.scenario.hash !== sent.hash) {
    const found = compiled.ok ? `hash ${compiled.scenario.hash}` : `${compiled.issues.length} issue(s)`;
    throw new RangeError(`a worker thread compiled the scenario '${sent.id}' differently (${found}, expected ${sent.hash})`);
  }
  return compiled.scenario;
}
