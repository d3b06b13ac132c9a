import { execFileSync } from 'node:child_process';
import { fc, test as property } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { shellWord } from '../../src/text/shell-word.js';

/** What a real POSIX shell makes of `words`: each argument, ended by a NUL no text holds. */
function asShellReadsThem(words: readonly string[]): string[] {
  const out = execFileSync('sh', ['-c', `for a in ${words.join(' ')}; do printf '%s\\0' "$a"; done`], { encoding: 'utf8' });
  return out.split('\0').slice(0, -1);
}

/** Characters a shell treats specially, and some it does not, ASCII or not. */
const character = fc.constantFrom(...' \'"$`\\\n\t*?[]~#&;|<>(){}!%=:,./-_@aZ9éü字'.split(''));

describe('shellWord', () => {
  it('leaves a plain path bare', () => {
    expect(shellWord('/tmp/class-3/wargame-s400-seed1.json')).toBe('/tmp/class-3/wargame-s400-seed1.json');
  });

  it('quotes spaces, quotes and the characters a shell expands', () => {
    expect(shellWord('my runs/a.json')).toBe("'my runs/a.json'");
    expect(shellWord("O'Neil")).toBe("'O'\\''Neil'");
    expect(shellWord('$HOME')).toBe("'$HOME'");
    expect(shellWord('')).toBe("''");
  });

  // One shell for the lot: each text is one word, read back unchanged.
  property.prop([fc.array(fc.string({ unit: character }), { minLength: 1, maxLength: 40 })], { numRuns: 10 })(
    'is read back by sh as the text it was given, one word each',
    (texts) => {
      expect(asShellReadsThem(texts.map(shellWord))).toEqual(texts);
    },
  );
});
