/**
 * The `format` strings of the files a batch writes, named once here for the writers
 * (summarize, toPartialBatch, compareBatches) and the readers (report, merge), so the two
 * cannot drift apart. A new version of a file is a new constant; a reader lists the
 * versions it still takes. The public interfaces (BatchSummary, PartialBatch,
 * BatchComparison) spell the same strings as literal types, since the index names no
 * internal; the compiler refuses a writer whose constant differs from its interface's.
 */

/** A batch summary (`batch --json`, `merge --json`); version 3 added `firstTurns` to each outcome. */
export const BATCH_FORMAT = 'wargame-batch/3';
/** The summary before `firstTurns`, which a report still reads. */
export const BATCH_FORMAT_V2 = 'wargame-batch/2';
/** Every batch-summary version a report reads, newest first. */
export const BATCH_FORMATS = [BATCH_FORMAT, BATCH_FORMAT_V2] as const;

/** A shard's partial result (`batch --shard K/N --out part.json`), which `merge` reads. */
export const BATCH_PART_FORMAT = 'wargame-batch-part/1';

/** Two batch summaries compared (`compare --json`). */
export const COMPARISON_FORMAT = 'wargame-comparison/1';
