import type { Key } from 'ink';
import { describe, expect, it } from 'vitest';
import { commandFor, helpLines, hintsFor, KEYMAP, type KeyMode } from '../../../src/cli/ui/keymap.js';

const MODES: readonly KeyMode[] = ['browse', 'terms', 'seat', 'passage', 'confirm', 'help'];
const key = (pressed: Partial<Key> = {}): Key => ({ ...({} as Key), ...pressed });

describe('the keymap', () => {
  it('hints a key only in a mode where it works', () => {
    for (const binding of KEYMAP) {
      for (const mode of Object.keys(binding.hints ?? {}) as KeyMode[]) expect(binding.modes, `${binding.keys} in ${mode}`).toContain(mode);
    }
  });

  it('gives Enter the meaning of the mode: play at a seat, the passage in terms, close a passage', () => {
    expect(commandFor('seat', '', key({ return: true }))).toBe('choose');
    expect(commandFor('terms', '', key({ return: true }))).toBe('open-passage');
    expect(commandFor('passage', '', key({ return: true }))).toBe('close-passage');
    expect(commandFor('help', '', key({ return: true }))).toBeUndefined();
  });

  it('lets Ctrl-C through in every mode, even before "any other key" of a question', () => {
    for (const mode of MODES) expect(commandFor(mode, 'c', key({ ctrl: true }))).toBe('interrupt');
    expect(commandFor('confirm', 'x', key())).toBe('keep-playing');
    expect(commandFor('confirm', 'y', key())).toBe('discard');
  });

  it('lists ? help and q quit in the footer wherever they work, and every bound key on the help screen', () => {
    for (const mode of ['browse', 'terms', 'seat'] as const) {
      expect(hintsFor(mode).map(([keys, what]) => `${keys} ${what}`)).toEqual(expect.arrayContaining(['? help', 'q quit']));
    }
    const onHelp = helpLines().map(([keys]) => keys);
    for (const keys of ['←', 'Enter', 'm', 'n', 's', 'q', 'Ctrl-C']) expect(onHelp).toContain(keys);
  });
});
