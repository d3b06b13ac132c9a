import { z } from 'zod';
import { BATCH_PART_FORMAT } from './batch-formats.js';
import { MergeError, type PartialBatch } from './partial-batch.js';
import { withoutByteOrderMark } from '../text/byte-order-mark.js';

// Apart from partial-batch.ts: reading a part needs a schema (zod), which `wargame batch`,
// writing one, does not load.

const whole = z.number().int().nonnegative();
const partSchema = z.object({
  format: z.literal(BATCH_PART_FORMAT),
  engineVersion: z.string(),
  scenario: z.object({ id: z.string(), title: z.string(), hash: z.string() }),
  source: z.object({ scenario: z.string(), overrides: z.record(z.string(), z.number()) }),
  seed: whole,
  requested: whole,
  from: whole,
  to: whole,
  statistics: z.object({
    runs: whole,
    counts: z.array(whole),
    firstTurnSums: z.array(whole),
    // Parts written before the first-turn distribution was kept lack it: merged, the summary then lacks it too.
    firstTurns: z.array(z.array(z.tuple([whole, whole]))).optional(),
    sums: z.array(z.string().regex(/^-?\d+$/)),
    squares: z.array(z.string().regex(/^\d+$/)),
    bins: z.array(z.array(z.tuple([whole, whole, z.number(), z.number()]))),
  }),
});

/** A part read from `name`'s text; throws MergeError when it is not one. */
export function parsePartialBatch(name: string, withMark: string): PartialBatch {
  const text = withoutByteOrderMark(withMark);
  let data: unknown;
  let proto = false;
  try {
    // A '__proto__' key is dropped as it is copied (JavaScript takes it for the
    // prototype): a part could claim overrides that the merge would then ignore.
    data = JSON.parse(text, (key, value: unknown) => {
      if (key === '__proto__') proto = true;
      return value;
    });
  } catch (error) {
    throw new MergeError(`${name}: not JSON (${error instanceof Error ? error.message : String(error)})`);
  }
  if (proto) throw new MergeError(`${name}: not a partial batch result: the key '__proto__' is not allowed`);
  const format = typeof data === 'object' && data !== null ? (data as { format?: unknown }).format : undefined;
  if (format !== BATCH_PART_FORMAT) {
    // Another of wargame's files (a summary, most often) or none: said in words, not as a schema path.
    const kind = typeof format === 'string' && format.startsWith('wargame-') ? `a ${format} file` : 'not one of wargame\'s files';
    throw new MergeError(`${name}: not a shard's partial result (${kind}); merge reads what \`wargame batch --shard K/N --out part.json\` writes`);
  }
  const parsed = partSchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new MergeError(`${name}: not a partial batch result: ${issue.path.join('.') || 'the file'}: ${issue.message}`);
  }
  const part = parsed.data;
  if (part.to < part.from || part.to - part.from !== part.statistics.runs || part.to > part.requested) {
    throw new MergeError(`${name}: its range ${part.from}–${part.to} does not match its ${part.statistics.runs} runs of ${part.requested}`);
  }
  return part;
}
