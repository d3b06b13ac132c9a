import { createWriteStream } from 'node:fs';
import { InputError } from '../scenarios/input-error.js';

/**
 * A file of per-run rows, written as the batch goes: `write` waits while the file's buffer
 * is full, so a batch never runs ahead of the disk and memory stays flat.
 */
export async function openRowsFile(path: string): Promise<{ write: (chunk: string | Uint8Array) => Promise<void>; close: () => Promise<void> }> {
  // Room for several chunks of rows: the batch's thread goes on playing runs while the
  // disk catches up, and waits only when it falls that far behind.
  const stream = createWriteStream(path, { highWaterMark: 8 * 1024 * 1024 });
  let failure: Error | undefined;
  let wake: (() => void) | undefined;
  stream.on('error', (error) => {
    failure = error;
    wake?.();
  });
  stream.on('drain', () => wake?.());
  const settle = (): Promise<void> =>
    new Promise((resolve) => {
      wake = () => {
        wake = undefined;
        resolve();
      };
    });
  const check = (): void => {
    if (failure) throw new InputError(`cannot write ${path}: ${failure.message}`);
  };
  await new Promise<void>((resolve) => {
    stream.once('open', () => resolve());
    stream.once('error', () => resolve());
  });
  check();
  return {
    write: async (chunk) => {
      check();
      if (!stream.write(chunk)) await settle();
      check();
    },
    close: async () => {
      if (failure) return;
      await new Promise<void>((resolve) => stream.end(resolve));
      check();
    },
  };
}
