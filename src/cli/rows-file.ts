import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { InputError } from '../scenarios/input-error.js';

/**
 * A file of per-run rows, written as the batch goes: `write` waits while the file's buffer
 * is full, so a batch never runs ahead of the disk and memory stays flat.
 */
export async function openRowsFile(path: string): Promise<{ write: (text: string) => Promise<void>; close: () => Promise<void> }> {
  const stream = createWriteStream(path);
  let failure: Error | undefined;
  stream.on('error', (error) => {
    failure = error;
  });
  await Promise.race([once(stream, 'open'), once(stream, 'error')]).catch(() => undefined);
  const check = (): void => {
    if (failure) throw new InputError(`cannot write ${path}: ${failure.message}`);
  };
  check();
  return {
    write: async (text) => {
      check();
      if (!stream.write(text)) await Promise.race([once(stream, 'drain'), once(stream, 'error')]).catch(() => undefined);
      check();
    },
    close: async () => {
      if (failure) return;
      await new Promise<void>((resolve) => stream.end(resolve));
      check();
    },
  };
}
