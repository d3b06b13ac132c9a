import { describe, expect, it } from 'vitest';
import { describeFileError } from '../../src/text/file-error.js';

const errno = (code: string): NodeJS.ErrnoException => Object.assign(new Error(`${code}: raw`), { code });

describe('describeFileError', () => {
  it.each([
    ['ENOENT', 'file', 'no such file'],
    ['ENOENT', 'folder', 'no such folder'],
    ['ENOTDIR', 'file', 'part of the path is a file, not a folder'],
    ['EACCES', 'file', 'permission denied'],
    ['ENOSPC', 'folder', 'the disk is full'],
  ] as const)('puts %s (%s) in words', (code, kind, words) => {
    expect(describeFileError(errno(code), kind)).toBe(words);
  });

  it('falls back to the message of an error it has no words for', () => {
    expect(describeFileError(errno('EWEIRD'), 'file')).toBe('EWEIRD: raw');
  });
});
