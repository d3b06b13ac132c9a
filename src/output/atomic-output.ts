import { closeSync, fsyncSync, linkSync, openSync, realpathSync, renameSync, statSync, unlinkSync, writeSync } from 'node:fs';
import { type FileHandle, open, rename, unlink } from 'node:fs/promises';
import { randomBytes } from 'node:crypto';
import { basename, dirname, join } from 'node:path';
import { describeFileError } from '../text/file-error.js';
import { shown } from '../text/shown-text.js';
import { OutputError } from './output-error.js';

/**
 * Where an output's bytes go before it is complete. A regular file (or a name not yet
 * taken) is written to a temporary file beside it and renamed over it only once complete
 * and flushed, so the target is either what it was or the whole new output, never half of
 * it, and an existing file is untouched by a command that fails. A device, pipe or socket
 * (`/dev/stdout`, a FIFO) cannot be replaced by a rename, so it is written in place.
 */
interface OutputPlan {
  /** The file the output ends up in: symbolic links resolved, so a link stays a link. */
  readonly target: string;
  /** The temporary file written first, or undefined when the target is written in place. */
  readonly temporary: string | undefined;
  /** Permission bits: an existing file's own, so replacing it keeps who may read it. */
  readonly mode: number;
}

function planOutput(path: string): OutputPlan {
  let stats;
  try {
    stats = statSync(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw outputError(path, error);
  }
  if (stats === undefined) return { target: path, temporary: temporaryBeside(path), mode: 0o666 };
  if (stats.isDirectory()) throw new OutputError(`cannot write ${shown(path)}: it is a folder, not a file`);
  if (!stats.isFile()) return { target: path, temporary: undefined, mode: 0o666 };
  const target = realpathSync(path);
  return { target, temporary: temporaryBeside(target), mode: stats.mode & 0o7777 };
}

/** A hidden name in the target's own folder: a rename within one file system is atomic. */
function temporaryBeside(target: string): string {
  return join(dirname(target), `.${basename(target)}.${process.pid}-${randomBytes(4).toString('hex')}.tmp`);
}

/** `creating`: the error came from creating the file, where a folder that is there may still refuse it. */
function outputError(path: string, error: unknown, creating = false): OutputError {
  if (error instanceof OutputError) return error;
  // A folder that is there but makes no new files (/proc, /sys) says ENOENT too: not "no such folder".
  const refused = creating && (error as NodeJS.ErrnoException).code === 'ENOENT' && isFolder(dirname(path));
  const why = refused ? 'its folder takes no new files' : describeFileError(error, 'folder');
  return new OutputError(`cannot write ${shown(path)}: ${why}`, { cause: error });
}

function isFolder(path: string): boolean {
  try {
    return statSync(path, { throwIfNoEntry: false })?.isDirectory() ?? false;
  } catch {
    return false;
  }
}

/** Writes every byte: a write may take fewer than it was given (a disk filling up). */
function writeAllSync(fd: number, bytes: Uint8Array): void {
  for (let done = 0; done < bytes.length; ) done += writeSync(fd, bytes, done, bytes.length - done);
}

async function writeAll(handle: FileHandle, bytes: Uint8Array): Promise<void> {
  for (let done = 0; done < bytes.length; ) done += (await handle.write(bytes, done, bytes.length - done)).bytesWritten;
}

/** A device such as /dev/stdout cannot be flushed to a disk; that is not a failure. */
function isUnflushable(error: unknown): boolean {
  return ['EINVAL', 'ENOTSUP', 'EOPNOTSUPP', 'EROFS'].includes((error as NodeJS.ErrnoException).code ?? '');
}

function removeQuietly(path: string | undefined): void {
  if (path === undefined) return;
  try {
    unlinkSync(path);
  } catch {
    // Already gone, or never made: nothing of the output is left either way.
  }
}

/**
 * Writes `text` to `path` whole or not at all (see OutputPlan), flushed to the disk
 * before it takes the target's name. With `replace: false` an existing file is never
 * replaced: the complete file is linked to the name, which fails if the name is taken.
 * Throws an OutputError (exit 73) naming the path and what went wrong.
 */
export function writeOutputFile(path: string, text: string | Uint8Array, { replace = true }: { replace?: boolean } = {}): void {
  const plan = planOutput(path);
  const bytes = typeof text === 'string' ? Buffer.from(text) : text;
  let fd: number | undefined;
  let created = false;
  try {
    fd = openSync(plan.temporary ?? plan.target, plan.temporary === undefined ? 'w' : 'wx', plan.mode);
    created = true;
    writeAllSync(fd, bytes);
    try {
      fsyncSync(fd);
    } catch (error) {
      if (!isUnflushable(error)) throw error;
    }
    closeSync(fd);
    fd = undefined;
    if (plan.temporary !== undefined) {
      if (replace) renameSync(plan.temporary, plan.target);
      else linkSync(plan.temporary, plan.target);
    }
  } catch (error) {
    if (fd !== undefined) closeSync(fd);
    removeQuietly(plan.temporary);
    throw outputError(path, error, !created);
  }
  if (!replace) removeQuietly(plan.temporary);
}

/** An output written piece by piece, that takes its name only when `commit` says it is whole. */
export interface OutputFile {
  /** Queues bytes; waits only while more than a few megabytes are still to be written. */
  write(chunk: string | Uint8Array): Promise<void>;
  /** Writes what is queued, flushes it to the disk and gives it the target's name. */
  commit(): Promise<void>;
  /** Drops what was written: the target is left as it was. */
  discard(): Promise<void>;
}

/**
 * Room for several chunks of rows: the batch's thread goes on playing runs while the disk
 * catches up, and waits only when it falls that far behind.
 */
const QUEUED_BYTES = 8 * 1024 * 1024;

/**
 * Opens an output to be written piece by piece (a batch's rows). Every write error is kept
 * and thrown by the next `write` or by `commit`, whenever it arrives, so a full disk can
 * never end in a cut file and exit status 0.
 */
export async function openOutputFile(path: string): Promise<OutputFile> {
  const plan = planOutput(path);
  const written = plan.temporary ?? plan.target;
  let handle: FileHandle;
  try {
    handle = await open(written, plan.temporary === undefined ? 'w' : 'wx', plan.mode);
  } catch (error) {
    throw outputError(path, error, true);
  }
  let failure: unknown;
  let queued = 0;
  let writing: Promise<void> = Promise.resolve();
  let closed = false;
  const check = (): void => {
    if (failure !== undefined) throw outputError(path, failure);
  };
  const close = async (): Promise<void> => {
    if (closed) return;
    closed = true;
    await handle.close();
  };
  return {
    async write(chunk) {
      check();
      const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
      queued += bytes.length;
      writing = writing.then(async () => {
        try {
          if (failure === undefined) await writeAll(handle, bytes);
        } catch (error) {
          failure = error;
        } finally {
          queued -= bytes.length;
        }
      });
      if (queued > QUEUED_BYTES) await writing;
      check();
    },
    async commit() {
      try {
        await writing;
        check();
        try {
          await handle.sync();
        } catch (error) {
          if (!isUnflushable(error)) throw error;
        }
        await close();
        if (plan.temporary !== undefined) await rename(plan.temporary, plan.target);
      } catch (error) {
        await close().catch(() => undefined);
        if (plan.temporary !== undefined) await unlink(plan.temporary).catch(() => undefined);
        throw outputError(path, error);
      }
    },
    async discard() {
      await writing;
      await close().catch(() => undefined);
      if (plan.temporary !== undefined) await unlink(plan.temporary).catch(() => undefined);
    },
  };
}
