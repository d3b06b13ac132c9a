import { closeSync, fsyncSync, openSync, readFileSync, truncateSync, writeSync } from 'node:fs';
import { z } from 'zod';
import { BIND_ADDRESS } from './bind-address.js';
import { InputError } from '../errors/input-error.js';
import { describeFileError } from '../text/file-error.js';
import type { InstructorOrder } from './instructor-orders.js';

export const JOURNAL_FORMAT = 'wargame-classroom/1';

/**
 * The first line of a classroom journal: what game this is and its keys. Codes are kept so
 * that a resumed host lets the same students back in with the codes on their desks (the
 * file is created readable by its owner only).
 */
export const JournalHeader = z.strictObject({
  format: z.literal(JOURNAL_FORMAT),
  /** The scenario as given to `host`: a built-in id or a file's path. */
  scenario: z.string(),
  overrides: z.record(z.string(), z.number()),
  hash: z.string(),
  seed: z.int(),
  seats: z.array(z.string()).min(1),
  codes: z.record(z.string(), z.string()),
  instructor: z.string(),
  watch: z.string(),
  port: z.int().min(0).max(65535),
});
export type JournalHeader = z.infer<typeof JournalHeader>;

/** An instructor's order (see `InstructorOrder`): an input of the run, replayed on resume. */
export const Order = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('event'), event: z.string(), fires: z.boolean() }),
  z.strictObject({ kind: z.literal('inject'), inject: z.string() }),
  z.strictObject({ kind: z.literal('outcome'), actor: z.string(), action: z.string(), outcome: z.string() }),
  z.strictObject({ kind: z.literal('withdraw') }),
]) satisfies z.ZodType<InstructorOrder>; // what it reads is an order, or the build fails

export const JournalEntry = z.discriminatedUnion('type', [
  /** An accepted move: `by` is 'timer' when the turn timer ran out and the model played. */
  z.strictObject({ type: z.literal('move'), turn: z.int(), seat: z.string(), action: z.string().nullable(), by: z.enum(['human', 'timer']) }),
  z.strictObject({ type: z.literal('group'), seat: z.string(), group: z.string() }),
  z.strictObject({ type: z.literal('pause') }),
  z.strictObject({ type: z.literal('resume') }),
  z.strictObject({ type: z.literal('model-view'), open: z.boolean() }),
  z.strictObject({ type: z.literal('timer'), seconds: z.int() }),
  z.strictObject({ type: z.literal('end') }),
  /** The instructor injected an event or decided a chance result for what comes next. */
  z.strictObject({ type: z.literal('order'), order: Order }),
  /**
   * Where the host listened, so a resumed host listens there again: the port (even after
   * `--port 0`) and the address bound to (absent in journals of engine 0.3.3 and earlier,
   * whose hosts resumed on every network).
   */
  z.strictObject({ type: z.literal('listen'), port: z.int().min(1).max(65535), bind: z.string().regex(BIND_ADDRESS).optional() }),
]);
export type JournalEntry = z.infer<typeof JournalEntry>;

/** Where accepted changes go before anyone is told they happened. */
export interface JournalSink {
  append(entry: JournalEntry): void;
}

/**
 * An append-only file of JSON lines. Each entry is written and fsynced before `append`
 * returns, so a move acknowledged to a student survives a crash or `kill -9` of the host.
 */
export class JournalFile implements JournalSink {
  private constructor(private readonly fd: number, readonly path: string) {}

  /** Creates a new journal starting with `header`; refuses to replace an existing file. */
  static create(path: string, header: object, option = '--journal'): JournalFile {
    let fd: number;
    try {
      fd = openSync(path, 'wx', 0o600);
    } catch (error) {
      const why = isExisting(error) ? 'a journal already exists there; to continue that game use --resume, or choose another --journal' : describeFileError(error, 'file');
      throw new InputError(`${option} ${path}: ${why}`);
    }
    const journal = new JournalFile(fd, path);
    journal.write(header);
    return journal;
  }

  /** Opens an existing journal to append to, after it has been read. */
  static reopen(path: string, wholeBytes: number): JournalFile {
    // A line the host died writing was never acknowledged: it goes, so the next entry starts on a line of its own.
    truncateSync(path, wholeBytes);
    return new JournalFile(openSync(path, 'a'), path);
  }

  append(entry: object): void {
    this.write(entry);
  }

  close(): void {
    closeSync(this.fd);
  }

  private write(value: unknown): void {
    writeSync(this.fd, `${JSON.stringify(value)}\n`);
    fsyncSync(this.fd);
  }
}

export interface ReadJournal {
  readonly header: JournalHeader;
  readonly entries: readonly JournalEntry[];
  /** True when the last line was cut short (the host died while writing it): it was never acknowledged, so it is dropped. */
  readonly cutShort: boolean;
  /** Bytes of whole lines: a resumed host cuts the file here before appending. */
  readonly wholeBytes: number;
}

/** A journal's whole lines, parsed, with their line numbers; a last line cut short is left out (it was never acknowledged). */
export function readJournalLines(path: string, option: string): { lines: { value: unknown; number: number }[]; cutShort: boolean; wholeBytes: number } {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new InputError(`${option} ${path}: ${describeFileError(error, 'file')}`);
  }
  const lines = text.split('\n');
  const last = lines.pop()!;
  if (lines.length === 0) throw new InputError(`${option} ${path}: it is empty or cut short before its first line`);
  return {
    lines: lines.map((line, i) => ({ value: parseLine(path, line, i + 1), number: i + 1 })),
    cutShort: last !== '',
    wholeBytes: Buffer.byteLength(text) - Buffer.byteLength(last),
  };
}

/** Reads a journal for `--resume`; a broken line other than a cut-short last one is an InputError naming it. */
export function readJournal(path: string): ReadJournal {
  const { lines, cutShort, wholeBytes } = readJournalLines(path, '--resume');
  const header = JournalHeader.safeParse(lines[0]!.value);
  if (!header.success) throw new InputError(`--resume ${path}:1: not a classroom journal header (${header.error.issues[0]!.message})`);
  const entries = lines.slice(1).map(({ value, number }) => {
    const entry = JournalEntry.safeParse(value);
    if (!entry.success) throw new InputError(`--resume ${path}:${number}: not a journal entry (${entry.error.issues[0]!.message})`);
    return entry.data;
  });
  return { header: header.data, entries, cutShort, wholeBytes };
}

function parseLine(path: string, line: string, number: number): unknown {
  try {
    return JSON.parse(line);
  } catch {
    throw new InputError(`--resume ${path}:${number}: not JSON; the journal was altered or is corrupt`);
  }
}

function isExisting(error: unknown): boolean {
  return (error as NodeJS.ErrnoException | undefined)?.code === 'EEXIST';
}
