import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors/input-error.js';
import { readInput } from '../../src/scenarios/read-input.js';

let dir: string;
const tooLarge = (size: string): Error => new Error(`too large: ${size}`);

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'wargame-read-'));
  writeFileSync(join(dir, 'a-file'), 'x');
  writeFileSync(join(dir, 'ten'), 'héllo wörld'.slice(0, 9)); // 11 bytes in UTF-8
  execFileSync('mkfifo', [join(dir, 'fifo')]);
});

describe('readInput', () => {
  it('reads a regular file as UTF-8', () => {
    expect(readInput(join(dir, 'ten'), 100, tooLarge)).toBe('héllo wör');
  });

  it('says in words why a path cannot be read', () => {
    const under = join(dir, 'a-file', 'scenario.yaml');
    expect(() => readInput(under, 100, tooLarge)).toThrow(new InputError(`cannot read ${under}: part of the path is a file, not a folder`));
    expect(() => readInput(dir, 100, tooLarge)).toThrow(new InputError(`${dir} is a folder, not a file`));
  });

  it('refuses a file over the limit, by the bytes in it', () => {
    expect(() => readInput(join(dir, 'ten'), 10, tooLarge)).toThrow('too large: 11 bytes');
    expect(readInput(join(dir, 'ten'), 11, tooLarge)).toBe('héllo wör');
  });

  it('refuses a named pipe without opening it (opening one would wait for a writer)', () => {
    const fifo = join(dir, 'fifo');
    expect(() => readInput(fifo, 100, tooLarge)).toThrow(new InputError(`cannot read ${fifo}: it is a named pipe (FIFO), not a regular file`));
  });

  it.each(['/dev/zero', '/dev/urandom', '/dev/null'])('refuses the device %s, whose size says nothing of its length', (device) => {
    expect(() => readInput(device, 100, tooLarge)).toThrow(new InputError(`cannot read ${device}: it is a device, not a regular file`));
  });
});
