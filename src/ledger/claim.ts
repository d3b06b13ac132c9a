import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { readDocumentWith } from '../scenarios/read-document.js';
import type { Sourced } from '../scenarios/library.js';

const Numbers = z.record(z.string(), z.number());

const Claim = z.strictObject({
  id: z.string().regex(/^[a-z][a-z0-9_]*$/),
  claim: z.string().min(1),
  article: z.string().min(1),
  quote: z.string().min(1),
  mechanism: z.string().min(1),
  scenario: z.string().min(1),
  /**
   * Starting values and weights that hold at every level: only where the article names
   * these causes together with the measured one, and `why` says so.
   */
  context: z
    .strictObject({
      initial: Numbers.optional(),
      weights: z.record(z.string(), Numbers).optional(),
      why: z.string().min(1),
    })
    .optional(),
  circumstance: z.union([
    z.strictObject({ quantity: z.string().min(1), range: z.tuple([z.number(), z.number()]) }),
    z.strictObject({ weight: z.string().regex(/^[a-z0-9_]+\.[a-z0-9_]+$/), range: z.tuple([z.number(), z.number()]) }),
  ]),
  outcome: z.string().min(1),
  direction: z.enum(['up', 'down']),
});

/**
 * One causal claim of the articles: an actor does, or does not do, something because of
 * a circumstance. `circumstance` is a starting value (`quantity`) or an interest weight
 * (`weight: actor.interest`), varied over `range`; `outcome` is a scenario outcome id or
 * `actor.action` (taken at least once in the run); `direction` is how the outcome should
 * move as the circumstance rises.
 */
export type Claim = z.infer<typeof Claim>;

const Ledger = z.strictObject({ claims: z.array(Claim).min(1) });

/** The ledger that ships with wargame: `src/ledger/ledger.yaml`. */
export const LEDGER_FILE = 'src/ledger/ledger.yaml';

/**
 * A ledger file's claims as its schema has them, with the document they came from (for the
 * positions of their fields); a malformed one is a ScenarioError placed at `file:line:column`.
 * `loadLedger` checks what the claims name as well.
 */
export function readLedger(file: string): Sourced<Claim[]> {
  const { value, document } = readDocumentWith(readFileSync(file, 'utf8'), file, Ledger);
  return { value: value.claims, document };
}

/** The overrides a claim's context holds at every level (`--set` paths to values); empty without one. */
export function contextOverrides(claim: Claim): Record<string, number> {
  const overrides: Record<string, number> = {};
  for (const [id, value] of Object.entries(claim.context?.initial ?? {})) overrides[`initial.${id}`] = value;
  for (const [actor, weights] of Object.entries(claim.context?.weights ?? {})) {
    for (const [interest, value] of Object.entries(weights)) overrides[`${actor}.${interest}`] = value;
  }
  return overrides;
}

/** The `--set` path a claim's circumstance varies. */
export function circumstancePath(claim: Claim): string {
  return 'quantity' in claim.circumstance ? `initial.${claim.circumstance.quantity}` : claim.circumstance.weight;
}
