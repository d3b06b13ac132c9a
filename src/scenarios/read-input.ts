import { closeSync, constants, fstatSync, openSync, readSync, type Stats, statSync } from 'node:fs';
import { describeFileError } from '../text/file-error.js';
import { shown } from '../text/shown-text.js';
import { InputError } from '../errors/input-error.js';

const CHUNK_BYTES = 64 * 1024;

/**
 * Reads a user's input file as UTF-8, at most `maxBytes` of it. Only a regular file is
 * read: a FIFO would block until something writes to it, and a device such as
 * `/dev/zero` never ends while its size says 0. So the kind of file is checked before it
 * is opened (and again on the open descriptor, in case the path changed in between), and
 * the bound is on the bytes actually read, not on the size the file system claims.
 *
 * A missing, unreadable or special path is an InputError; a file over `maxBytes` is
 * refused with the error `tooLarge` makes from a description of its size.
 */
export function readInput(path: string, maxBytes: number, tooLarge: (size: string) => Error): string {
  let fd: number;
  try {
    refuseUnlessRegular(path, statSync(path));
    // Non-blocking, so that a FIFO swapped in after the check cannot make the open wait.
    fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new InputError(`cannot read ${shown(path)}: ${describeFileError(error, 'file')}`);
  }
  try {
    const stat = fstatSync(fd);
    refuseUnlessRegular(path, stat);
    if (stat.size > maxBytes) throw tooLarge(`${stat.size} bytes`);
    return readAtMost(fd, stat.size, maxBytes, path, tooLarge).toString('utf8');
  } finally {
    closeSync(fd);
  }
}

function refuseUnlessRegular(path: string, stat: Stats): void {
  if (stat.isDirectory()) throw new InputError(`${shown(path)} is a folder, not a file`);
  if (!stat.isFile()) throw new InputError(`cannot read ${shown(path)}: it is ${kindOf(stat)}, not a regular file`);
}

function kindOf(stat: Stats): string {
  if (stat.isFIFO()) return 'a named pipe (FIFO)';
  if (stat.isCharacterDevice() || stat.isBlockDevice()) return 'a device';
  if (stat.isSocket()) return 'a socket';
  return 'a special file';
}

/**
 * Up to `maxBytes` bytes of the file; one byte more means it is too large, whatever its
 * size said. Read into one buffer sized by the claimed size and grown only if the file
 * turns out longer, so reading costs the file's size once, not once per copy.
 */
function readAtMost(fd: number, claimed: number, maxBytes: number, path: string, tooLarge: (size: string) => Error): Buffer {
  let buffer = Buffer.allocUnsafe(Math.min(maxBytes + 1, Math.max(claimed + 1, CHUNK_BYTES)));
  let total = 0;
  for (;;) {
    if (total === buffer.length) {
      if (total > maxBytes) throw tooLarge(`more than ${maxBytes} bytes`);
      const grown = Buffer.allocUnsafe(Math.min(maxBytes + 1, buffer.length * 2));
      buffer.copy(grown, 0, 0, total);
      buffer = grown;
    }
    let read: number;
    try {
      read = readSync(fd, buffer, total, buffer.length - total, null);
    } catch (error) {
      throw new InputError(`cannot read ${shown(path)}: ${describeFileError(error, 'file')}`);
    }
    if (read === 0) return buffer.subarray(0, total);
    total += read;
    if (total > maxBytes) throw tooLarge(`more than ${maxBytes} bytes`);
  }
}
