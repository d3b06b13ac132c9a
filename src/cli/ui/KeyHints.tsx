import { Text } from 'ink';
import stringWidth from 'string-width';
import { hintsFor, type KeyMode } from './keymap.js';

/**
 * The footer: the keys that work in the current mode, and only those, from the keymap.
 * On a narrow screen the least needed hints go first (all are on the help screen), never
 * `? help` or `q quit`.
 */
export function KeyHints({ mode, width }: { readonly mode: KeyMode; readonly width: number }) {
  return (
    <Text dimColor wrap="truncate">
      {fitHints(hintsFor(mode), width)}
    </Text>
  );
}

function fitHints(hints: readonly (readonly [keys: string, what: string, drop: number])[], width: number): string {
  let kept = [...hints];
  const line = (): string => kept.map(([keys, what]) => `${keys} ${what}`).join('  ');
  while (stringWidth(line()) > width) {
    const highest = Math.max(...kept.map(([, , drop]) => drop));
    if (highest === 0) break;
    kept = kept.filter(([, , drop]) => drop !== highest);
  }
  return line();
}
