import { z } from 'zod';
import { InputError } from '../errors/input-error.js';

const Share = z.number().min(0).max(1);
const Limits = z.array(z.tuple([z.number(), z.number()]));
const Step = z.object({ coverage: Share, density: Share, mass: Share, runs: z.int().min(0), cases: z.int().min(0), restricted: z.int().min(0), limits: Limits });
const Box = z.object({
  trajectory: z.array(Step).min(1),
  peeled: z.int().min(0),
  chosen: z.int().min(0),
  limits: z.array(z.object({ input: z.string(), low: z.number(), high: z.number(), restricted: z.boolean(), quasiP: Share.nullable() })),
  coverage: Share,
  density: Share,
  mass: Share,
  runs: z.int().min(0),
  cases: z.int().min(0),
});
const Bound = z.number().nullable();
const DiscoverySchema = z.object({
  format: z.literal('wargame-discovery/1'),
  file: z.string(),
  outcome: z.string(),
  threshold: z.number(),
  below: z.boolean(),
  inputs: z.array(z.string()).min(1),
  runs: z.int().min(1),
  cases: z.int().min(0),
  scores: z.array(z.object({ input: z.string(), score: Share, p: Share, caseMedian: z.number().nullable(), otherMedian: z.number().nullable() })),
  prim: z.object({
    ranges: Limits,
    peelAlpha: Share,
    pasteAlpha: Share,
    minMass: Share,
    objective: z.enum(['lenient1', 'original']),
    boxes: z.array(Box),
  }),
  cart: z.object({
    maxDepth: z.int().min(1),
    minLeaf: z.int().min(1),
    rules: z.array(
      z.object({
        limits: z.array(z.object({ input: z.string(), low: Bound, high: Bound })),
        runs: z.int().min(0),
        cases: z.int().min(0),
        density: Share,
        coverage: Share,
        mass: Share,
        predicted: z.union([z.literal(0), z.literal(1)]),
      }),
    ),
  }),
});

/** A scenario discovery as `wargame discover --json` writes it, read back (CART's tree itself is not kept: its rules are). */
export type DiscoveryData = z.infer<typeof DiscoverySchema>;

/** The output of `wargame discover --json`, or an InputError naming the field. */
export function parseDiscovery(data: unknown, file: string): DiscoveryData {
  const result = DiscoverySchema.safeParse(data);
  if (result.success) return checked(result.data, file);
  const issue = result.error.issues[0]!;
  const where = issue.path.length === 0 ? '' : ` at ${issue.path.join('.')}`;
  throw new InputError(`${file}: not a discovery result${where}: ${issue.message}`);
}

/** What the schema cannot say: every box has a limit and a range per input, and its chosen step is on its trajectory. */
function checked(data: DiscoveryData, file: string): DiscoveryData {
  const k = data.inputs.length;
  const fail = (what: string): never => {
    throw new InputError(`${file}: not a discovery result: ${what}`);
  };
  if (data.prim.ranges.length !== k) fail(`prim.ranges has ${data.prim.ranges.length} ranges for ${k} inputs`);
  data.prim.boxes.forEach((box, b) => {
    if (box.limits.length !== k) fail(`box ${b + 1} has ${box.limits.length} limits for ${k} inputs`);
    if (box.chosen >= box.trajectory.length || box.peeled >= box.trajectory.length) fail(`box ${b + 1}'s chosen step is not on its trajectory`);
    for (const step of box.trajectory) if (step.limits.length !== k) fail(`a step of box ${b + 1} has ${step.limits.length} limits for ${k} inputs`);
  });
  return data;
}
